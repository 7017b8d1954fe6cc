// Finds dates of birth: a date counts only right after a birth word (생년월일, 생일, 출생, DOB, born…), never a plain date.
import type { PiiFinding, PiiRecognizer } from '../types.ts';
import { hasFeatures, textFeature, textFeatures } from '../text-features.ts';
import { createFinding } from './create-finding.ts';
import { dateOfBirthFormats, isPlausibleBirthDate, monthDayAt } from './date-formats.ts';
import { labelsAt, labelTriggers } from './label-triggers.ts';

const name = 'date-of-birth';
// The birth of a data key too, after "date of" written as one ("dateOfBirth", "date_of_birth").
const birthWords = /생년월일|생일|출생|태어난|(?<![A-Za-z])(?:dob\b|d\.o\.b\.?|birth\s*date|birthday|birth|born\b)|(?<=date_?of_?)birth/iy;
/** How far after the birth word the date may start, and how long it may be. */
const searchAhead = 30;
const longestDate = 24;

/**
 * Looks for the birth words first (rare in text, found by the shared trigger pass), then only the few characters after each for a date, so plain dates
 * elsewhere (order dates, delivery dates) are never read.
 *
 * @example
 * dateOfBirthRecognizer.find('생년월일: 1985년 3월 12일', {})[0]?.text; // '1985년 3월 12일'
 * dateOfBirthRecognizer.find('주문일 2026-11-28', {}).length; // 0
 */
/**
 * Whether the syllable 생 occurs, which marks a date as a birth date after it ("1990년생", "(85.3.12생)") with no trigger word.
 *
 * @example
 * holdsBirthSuffix('1990년생'); // true
 */
export function holdsBirthSuffix(text: string): boolean {
  return text.includes('생');
}

export const dateOfBirthRecognizer: PiiRecognizer = {
  name,
  types: ['DATE_OF_BIRTH'],
  // Every date holds a digit; the birth word is a trigger word or the syllable 생 after the date.
  mightMatch: (text) => hasFeatures(textFeatures(text), textFeature.digit) && (labelTriggers(text).length > 0 || holdsBirthSuffix(text)),
  find(text) {
    const findings: PiiFinding[] = [];
    let coveredUntil = 0;
    for (const word of labelsAt(text, birthWords)) {
      const segmentStart = word.index + word.text.length;
      if (segmentStart < coveredUntil) continue;
      const date = firstDateIn(text.slice(segmentStart, segmentStart + searchAhead + longestDate));
      if (date === undefined || date.offset > searchAhead) {
        // A birthday without its year, right after the word ("생일은 3월 12일", "my birthday is March 12"): still
        // protected health information (HIPAA counts every element of a birth date but the year), less certain alone.
        const monthDay = monthDayAt(text, segmentStart);
        if (monthDay === undefined) continue;
        coveredUntil = monthDay.end;
        const dateText = text.slice(monthDay.start, monthDay.end);
        findings.push(createFinding({ type: 'DATE_OF_BIRTH', text: dateText, start: monthDay.start, score: 0.7, recognizer: name }));
        continue;
      }
      const start = segmentStart + date.offset;
      coveredUntil = start + date.text.length;
      findings.push(createFinding({ type: 'DATE_OF_BIRTH', text: date.text, start, score: 0.85, recognizer: name }));
    }
    for (const finding of datesBeforeBirthSuffix(text)) if (finding.start >= coveredUntil) findings.push(finding);
    return findings;
  },
};

// Every format holds a digit, and the spelled-month ones a Latin letter (case-insensitive matching without the `u` flag
// folds no other character into one): one quick test each spares most segments the seven patterns.
const anyDigit = /\d/;
const anyLatinLetter = /[A-Za-z]/;

// The same formats anchored at the end of a segment, for dates written before their birth word ("(1982. 5. 28.생)").
const endingFormats = dateOfBirthFormats.map((format) => ({
  pattern: new RegExp(String.raw`(?:${format.pattern.source})\s*$`, format.pattern.flags),
  read: format.read,
  spellsMonth: format.spellsMonth,
}));

/** Dates right before 생 (not the first syllable of a word such as 생산) or 출생: "1943년 6월 26일 출생", "1982. 5. 28.생". */
function datesBeforeBirthSuffix(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  for (let index = text.indexOf('생'); index !== -1; index = text.indexOf('생', index + 1)) {
    const wordStart = text[index - 1] === '출' ? index - 1 : index;
    // 생 that opens a word (생산, 생일) is no suffix; 생 with a copula or a particle after it is ("19일생이고요", "90년생입니다").
    if (wordStart === index && isHangulSyllable(text.charCodeAt(index + 1)) && !syllablesAfterBirthSuffix.has(text.charCodeAt(index + 1)))
      continue;
    const segmentStart = Math.max(0, wordStart - longestDate - 2);
    const segment = text.slice(segmentStart, wordStart);
    // A 생 ending a word with no date before it ("학생.", "발생 "): nothing to read.
    if (!anyDigit.test(segment)) continue;
    const hasLatinLetter = anyLatinLetter.test(segment);
    for (const format of endingFormats) {
      if (format.spellsMonth === true && !hasLatinLetter) continue;
      const match = format.pattern.exec(segment);
      if (match === null || !isPlausibleBirthDate(format.read(match))) continue;
      const dateText = match[0].trimEnd();
      findings.push(
        createFinding({ type: 'DATE_OF_BIRTH', text: dateText, start: segmentStart + match.index, score: 0.85, recognizer: name }),
      );
      break;
    }
  }
  return findings;
}

/** 이 (이고, 이에요), 입 (입니다), 인 (인데), 으 (으로), 은, 도, 이라: what follows a birth date's 생 as a copula or a particle. */
const syllablesAfterBirthSuffix: ReadonlySet<number> = new Set([...'이입인으은도'].map((syllable) => syllable.charCodeAt(0)));

function isHangulSyllable(code: number): boolean {
  return code >= 0xac00 && code <= 0xd7a3;
}

function firstDateIn(segment: string): { text: string; offset: number } | undefined {
  if (!anyDigit.test(segment)) return undefined;
  const hasLatinLetter = anyLatinLetter.test(segment);
  let first: { text: string; offset: number } | undefined;
  for (const format of dateOfBirthFormats) {
    if (format.spellsMonth === true && !hasLatinLetter) continue;
    const match = format.pattern.exec(segment);
    if (match === null || (first !== undefined && match.index >= first.offset)) continue;
    if (!isPlausibleBirthDate(format.read(match))) continue;
    first = { text: match[0], offset: match.index };
  }
  return first;
}
