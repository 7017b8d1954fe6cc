// Dates as a call transcript writes what a caller said: "Second of October, nineteen seventy-nine", "June ninth, 1984",
// "Oh-four, seventeen, forty-nine", "Eleven twenty-eight" (a card's expiry). Read only where a turn answers a question
// that asked for a date, so the words need no other context.
import { isValidCalendarDate } from './recognizers/calendar-date.ts';

/** A date as spoken: a month and a year always, a day for a date of birth. */
export interface SpokenDate {
  year: number;
  month: number;
  day?: number;
}

const monthNames = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const units = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const teens = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ordinalUnits = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const ordinalTeens = [
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];
const ordinalTens: Readonly<Record<string, number>> = { twentieth: 20, thirtieth: 30 };

/** One number read from the words: its value, how many words it took, and whether it was an ordinal ("ninth"). */
interface SpokenNumber {
  value: number;
  words: number;
  ordinal: boolean;
  /** Written as two digits ("oh-four", "forty-nine", "07"): a month, or a year of its century. */
  twoDigits: boolean;
}

/**
 * The date `value` speaks, whole: a month's name with a day and a year in any order ("the second of October, nineteen
 * seventy-nine", "June ninth, 1984"), three numbers as a US form reads them (month, day, year), or two for a card's expiry
 * (month, year); undefined when a word is left over or the date is no real one.
 *
 * @example
 * readSpokenDate('Second of October, nineteen seventy-nine'); // { year: 1979, month: 10, day: 2 }
 * readSpokenDate('Eleven twenty-eight'); // { year: 2028, month: 11 }
 * readSpokenDate("twenty-third of November, '86"); // { year: 1986, month: 11, day: 23 }
 * readSpokenDate('sometime next week'); // undefined
 */
export function readSpokenDate(value: string): SpokenDate | undefined {
  const words = value
    .toLowerCase()
    .replace(/(\d)(?:st|nd|rd|th)\b/g, '$1')
    // A year's two digits after an apostrophe ("November, '86").
    .replace(/['’](\d{2})\b/g, '$1')
    .split(/[\s,./-]+/)
    .filter((word) => word !== '' && word !== 'the' && word !== 'of' && word !== 'and');
  if (words.length < 2 || words.length > 9) return undefined;
  const monthAt = words.findIndex((word) => monthIndex(word) !== 0);
  const numbers: SpokenNumber[] = [];
  for (let at = 0; at < words.length;) {
    if (at === monthAt) {
      at += 1;
      continue;
    }
    const number = numberAt(words, at, monthAt === -1 ? numbers.length === 2 || (numbers.length === 1 && at > 1) : numbers.length === 1);
    if (number === undefined) return undefined;
    numbers.push(number);
    at += number.words;
  }
  if (monthAt !== -1) {
    if (numbers.length !== 2) return undefined;
    const [first, second] = numbers as [SpokenNumber, SpokenNumber];
    // "June ninth, 1984" and "the ninth of June, 1984": the day is the smaller, the year the one of four digits or the last.
    return dateOf({ year: yearOf(second), month: monthIndex(words[monthAt]!), day: first.value });
  }
  // "Fourteenth of the third, eighty-two": two ordinals are a day and its month, as a British caller says them.
  if (numbers.length === 3 && numbers[0]!.ordinal && numbers[1]!.ordinal)
    return dateOf({ day: numbers[0]!.value, month: numbers[1]!.value, year: yearOf(numbers[2]!) });
  if (numbers.length === 3) return dateOf({ month: numbers[0]!.value, day: numbers[1]!.value, year: yearOf(numbers[2]!) });
  if (numbers.length === 2 && !numbers[0]!.ordinal && numbers[1]!.twoDigits)
    return dateOf({ month: numbers[0]!.value, year: 2000 + numbers[1]!.value });
  return undefined;
}

function dateOf(date: { year: number; month: number; day?: number }): SpokenDate | undefined {
  if (date.month < 1 || date.month > 12 || date.year < 1900 || date.year > 2099) return undefined;
  if (date.day !== undefined && !isValidCalendarDate({ year: date.year, month: date.month, day: date.day })) return undefined;
  return date.day === undefined ? { year: date.year, month: date.month } : { year: date.year, month: date.month, day: date.day };
}

/** A year of four digits as it is, one of two in the last century past this year's two digits. */
function yearOf(number: SpokenNumber): number {
  if (number.value >= 1000) return number.value;
  const thisYear = new Date().getFullYear() % 100;
  return number.value > thisYear ? 1900 + number.value : 2000 + number.value;
}

function monthIndex(word: string): number {
  return monthNames.indexOf(word) + 1;
}

/**
 * The number the words at `at` speak: digits, "oh" and a unit, a teen, tens and a unit, an ordinal, or where a year may
 * stand (`yearPlace`) a century and two digits ("nineteen seventy-nine", "nineteen oh five", "two thousand four").
 */
function numberAt(words: readonly string[], at: number, yearPlace: boolean): SpokenNumber | undefined {
  const word = words[at]!;
  if (/^\d{1,4}$/.test(word)) return { value: Number(word), words: 1, ordinal: false, twoDigits: word.length === 2 };
  if (yearPlace) {
    const century = word === 'nineteen' ? 1900 : word === 'twenty' ? 2000 : 0;
    const rest = century === 0 ? undefined : smallNumberAt(words, at + 1);
    if (rest !== undefined && rest.twoDigits)
      return { value: century + rest.value, words: rest.words + 1, ordinal: false, twoDigits: false };
    if (word === 'two' && words[at + 1] === 'thousand') {
      const after = smallNumberAt(words, at + 2);
      return { value: 2000 + (after?.value ?? 0), words: 2 + (after?.words ?? 0), ordinal: false, twoDigits: false };
    }
  }
  return smallNumberAt(words, at);
}

/** A number below a hundred, or its ordinal; "oh" and a unit is a unit of two digits ("oh-four"). */
function smallNumberAt(words: readonly string[], at: number): SpokenNumber | undefined {
  const word = words[at];
  if (word === undefined) return undefined;
  if ((word === 'oh' || word === 'zero') && units.indexOf(words[at + 1] ?? '') > 0)
    return { value: units.indexOf(words[at + 1]!), words: 2, ordinal: false, twoDigits: true };
  if (units.includes(word)) return { value: units.indexOf(word), words: 1, ordinal: false, twoDigits: false };
  if (ordinalUnits.includes(word)) return { value: ordinalUnits.indexOf(word), words: 1, ordinal: true, twoDigits: false };
  if (teens.includes(word)) return { value: 10 + teens.indexOf(word), words: 1, ordinal: false, twoDigits: true };
  if (ordinalTeens.includes(word)) return { value: 10 + ordinalTeens.indexOf(word), words: 1, ordinal: true, twoDigits: true };
  if (ordinalTens[word] !== undefined) return { value: ordinalTens[word]!, words: 1, ordinal: true, twoDigits: true };
  const ten = tens.indexOf(word);
  if (ten < 2) return undefined;
  const next = words[at + 1] ?? '';
  if (units.indexOf(next) > 0) return { value: ten * 10 + units.indexOf(next), words: 2, ordinal: false, twoDigits: true };
  if (ordinalUnits.indexOf(next) > 0) return { value: ten * 10 + ordinalUnits.indexOf(next), words: 2, ordinal: true, twoDigits: true };
  return { value: ten * 10, words: 1, ordinal: false, twoDigits: true };
}

/**
 * A date said in Sino-Korean numerals, as a call's transcript writes it: "육십팔년 삼월 십사일", "천구백칠십팔년 시월 이십일일",
 * and a year read digit by digit as people say one ("구이년 팔월 십오일", "공일년").
 */
const koreanSpokenDate =
  /(?<![가-힣])([공영일이삼사오육륙칠팔구십백천]{1,7})[ \t]*년[ \t]*([일이삼사오육유륙칠팔구십시]{1,3})[ \t]*월[ \t]*([일이삼사오육륙칠팔구십]{1,4})[ \t]*일/g;

/**
 * The dates said in Sino-Korean numerals in `text`, with their spans; a year of two digits is of the last century past
 * this year's two digits.
 *
 * @example
 * readKoreanSpokenDates('오정숙이고요 육십팔년 삼월 십사일이요')[0]?.date; // { year: 1968, month: 3, day: 14 }
 */
export function readKoreanSpokenDates(text: string): { start: number; end: number; date: SpokenDate }[] {
  const found: { start: number; end: number; date: SpokenDate }[] = [];
  koreanSpokenDate.lastIndex = 0;
  for (let match = koreanSpokenDate.exec(text); match !== null; match = koreanSpokenDate.exec(text)) {
    const year = sinoKoreanNumber(match[1]!) ?? yearDigitByDigit(match[1]!);
    const month = match[2] === '유' ? 6 : match[2] === '시' ? 10 : sinoKoreanNumber(match[2]!);
    const day = sinoKoreanNumber(match[3]!);
    if (year === undefined || month === undefined || day === undefined) continue;
    const date = dateOf({ year: year >= 1000 ? year : yearOf({ value: year, words: 1, ordinal: false, twoDigits: true }), month, day });
    if (date !== undefined) found.push({ start: match.index, end: match.index + match[0].length, date });
  }
  return found;
}

const sinoKoreanDigits = '일이삼사오육칠팔구';
const digitWords = '공일이삼사오육칠팔구';

/** "구이" → 92, "공일" → 1: a year's two digits said one by one; undefined otherwise. */
function yearDigitByDigit(words: string): number | undefined {
  const read = words.replace(/영/g, '공').replace(/륙/g, '육');
  if (read.length !== 2) return undefined;
  const tens = digitWords.indexOf(read[0]!);
  const ones = digitWords.indexOf(read[1]!);
  return tens === -1 || ones === -1 ? undefined : tens * 10 + ones;
}
const sinoKoreanPowers: Readonly<Record<string, number>> = { 십: 10, 백: 100, 천: 1000 };

/** "육십팔" → 68, "천구백칠십팔" → 1978, "이십일" → 21; undefined for a malformed one. */
function sinoKoreanNumber(words: string): number | undefined {
  let total = 0;
  let digit = 0;
  for (const character of words.replace(/륙/g, '육')) {
    const power = sinoKoreanPowers[character];
    if (power !== undefined) {
      total += (digit === 0 ? 1 : digit) * power;
      digit = 0;
      continue;
    }
    const value = sinoKoreanDigits.indexOf(character) + 1;
    if (value === 0 || digit !== 0) return undefined;
    digit = value;
  }
  return total + digit;
}
