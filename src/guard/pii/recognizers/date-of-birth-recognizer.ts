// Finds dates of birth: a date counts only right after a birth word (생년월일, 생일, 출생, DOB, born…), never a plain date.
import type { PiiFinding, PiiRecognizer } from '../types.ts';
import { hasFeatures, textFeature, textFeatures, textTrigger, type TextFeatures } from '../text-features.ts';
import { createFinding } from './create-finding.ts';
import { dateOfBirthFormats, expandYear, isPlausibleBirthDate, monthDayAt } from './date-formats.ts';
import { isValidCalendarDate } from './calendar-date.ts';
import { isAsciiDigit } from './digit-boundaries.ts';
import { labelsAt, labelTriggers } from './label-triggers.ts';
import { travelDocumentLines } from './travel-document-lines.ts';
import { bookingChildBirthDates } from './booking-child-birth-dates.ts';
import { readKoreanSpokenDates, readSpokenDate } from '../spoken-dates.ts';
import { isPlausibleKoreanName } from '../names/korean-names.ts';
import { hasCommonGivenName } from '../names/korean-given-name-syllables.ts';

const name = 'date-of-birth';
// The birth of a data key too, after "date of" written as one ("dateOfBirth", "date_of_birth").
// 발생일 (the day a thing happened) and 재생일 hold 생일; 생년 alone ("생년 790314") only right before its digits. A
// certificate spaces its labels' syllables ("생 년 월 일:"). An elder's 생신 (birthday) only right before its date.
const birthWords =
  /생년월일|생[ \t]+년[ \t]+월[ \t]+일|생년(?=[ \t]*[:：]?[ \t]*\d)|(?<![발재])생일|생신(?=[ \t]*(?:은|는|이|:|：)?[ \t]*\d)|출생|태어난|(?<![A-Za-z])(?:dob\b|d\.o\.b\.?|birth\s*date|birthday|birth|born\b|b-?day\b)|(?<=date_?of_?)birth/iy;
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
 * Whether the syllable 생 or the character 生 occurs, which marks a date as a birth date after it ("1990년생", "(85.3.12생)",
 * "(97.03.22生)") with no trigger word.
 *
 * @example
 * holdsBirthSuffix('1990년생'); // true
 */
export function holdsBirthSuffix(text: string): boolean {
  return text.includes('생') || text.includes('生');
}

export const dateOfBirthRecognizer: PiiRecognizer = {
  name,
  types: ['DATE_OF_BIRTH'],
  // Every date holds a digit; the birth word is a trigger word or the syllable 생 after the date.
  mightMatch: (text) => {
    const features = textFeatures(text);
    if (!hasFeatures(features, textFeature.digit)) return mayHoldSpokenBirthDate(text);
    if (labelTriggers(text).length > 0 || holdsBirthSuffix(text)) return true;
    if (foreignBirthWordsAt(text).length > 0) return true;
    if (text.includes('/') && rowDocumentWord.test(text) && datesBeforeLicences(text).length > 0) return true;
    if (
      hasFeatures(features, textFeature.upperBeforeDigit) &&
      (datesAfterPassports(text).length > 0 || birthsOnDocumentLines(text).length > 0)
    )
      return true;
    if (mayHoldNameRows(text) && datesInNameRows(text).length > 0) return true;
    if (mayHoldNameDatePhoneRows(text, features) && datesInNameDatePhoneRows(text).length > 0) return true;
    return mayHoldDateAfterKoreanName(text) && datesAfterKoreanNames(text).length > 0;
  },
  find(text) {
    const findings: PiiFinding[] = [];
    let coveredUntil = 0;
    for (const word of labelsAt(text, birthWords)) {
      const segmentStart = word.index + word.text.length;
      if (segmentStart < coveredUntil || isTableHeaderCell(text, { start: word.index, end: segmentStart })) continue;
      // A word inside a code joined by hyphens names the code's kind ("접수번호 2024-출생-00912"), no one's birth.
      if (text.charAt(word.index - 1) === '-' && text.charAt(segmentStart) === '-') continue;
      const date = firstDateIn(text.slice(segmentStart, segmentStart + searchAhead + longestDate));
      const answered =
        date === undefined || date.offset > searchAhead
          ? (spokenDateAfter(text, segmentStart) ?? dateInAnswer(text, segmentStart))
          : undefined;
      if (answered !== undefined) {
        coveredUntil = answered.end;
        findings.push(
          createFinding({
            type: 'DATE_OF_BIRTH',
            text: text.slice(answered.start, answered.end),
            start: answered.start,
            score: 0.85,
            recognizer: name,
          }),
        );
        continue;
      }
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
      // A date with a time after it is when a message was sent, as a chat export heads each line ("2024년 10월 9일 오후
      // 2:03, 남편 : …" after "출생신고 완료"), not the birth the word spoke of.
      // A birth's own date and time is written so ("출생일시: 2024.09.19 04:32").
      if (!birthDateAndTime.test(text.slice(word.index, start)) && timeAfter.test(text.slice(coveredUntil, coveredUntil + 16))) continue;
      // A date that opens a period ("2024. 4. 1. ~ 2024. 5. 31.", a request's span of records) is no one's birth.
      if (periodAfter.test(text.slice(coveredUntil, coveredUntil + 8))) continue;
      findings.push(createFinding({ type: 'DATE_OF_BIRTH', text: date.text, start, score: 0.85, recognizer: name }));
    }
    for (const at of foreignBirthWordsAt(text)) {
      const date = firstDateIn(text.slice(at, at + searchAhead + longestDate));
      if (date === undefined || date.offset > searchAhead) continue;
      findings.push(createFinding({ type: 'DATE_OF_BIRTH', text: date.text, start: at + date.offset, score: 0.85, recognizer: name }));
    }
    for (const finding of datesBeforeBirthSuffix(text)) if (finding.start >= coveredUntil) findings.push(finding);
    if (hasFeatures(textFeatures(text), textFeature.upperBeforeDigit))
      for (const finding of [...datesAfterPassports(text), ...birthsOnDocumentLines(text)])
        if (!findings.some((found) => found.start === finding.start)) findings.push(finding);
    if (text.includes('/'))
      for (const finding of datesBeforeLicences(text)) if (!findings.some((found) => found.start === finding.start)) findings.push(finding);
    if (mayHoldDateAfterKoreanName(text))
      for (const finding of datesAfterKoreanNames(text))
        if (!findings.some((found) => found.start === finding.start)) findings.push(finding);
    if (mayHoldNameRows(text))
      for (const finding of datesInNameRows(text)) if (!findings.some((found) => found.start === finding.start)) findings.push(finding);
    if (mayHoldNameDatePhoneRows(text, textFeatures(text)))
      for (const finding of datesInNameDatePhoneRows(text))
        if (!findings.some((found) => found.start === finding.start)) findings.push(finding);
    const people = findings.length === 0 ? findings : findings.filter((finding) => !isOnPetsLine(text, finding.start));
    return people.length === 0 ? people : withListedBirthDates(text, people);
  },
};

/**
 * A pet's details on the date's line, as an insurer's or a vet's form writes them ("Breed: Cavoodle   Sex: M   Date of
 * birth: 14/02/2021   Microchip: …", "반려동물: '보리' / 말티푸 / 2021.02.14생 / 동물등록번호 …"): an animal's birthday.
 * Cattle's too, as the beef traceability record prints a steer's ("출생일: 2021.11.02 | 성별: 거세 | 품종: 한우", "출생 신고 /
 * 2022.06.17 이동 / 2024.03.20 도축 출하"). An animal's sex and neutering are written so of no person ("수컷·중성화", "neutered").
 */
const petsDetails =
  /\b(?:Breed|Microchip|Species|[Nn]eutered|[Ss]payed)\b|반려동물|반려견|반려묘|견종|묘종|동물등록번호|품종|한우|도축|수컷|암컷|중성화/;

/** Whether the line holding `at` gives a pet's details. */
export function isOnPetsLine(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at);
  return petsDetails.test(text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd));
}

/** A time of day right after a date: "오후 2:03", ", 19:02", " 11:54 PM". */
/** A birth's date-and-time label after the birth word ("출생일시"). */
const birthDateAndTime = /출생[ \t]*일시[ \t]*[:：]?[ \t]*$/;
const timeAfter = /^[ \t,.]*(?:(?:오전|오후|AM|PM|am|pm)[ \t]*)?\d{1,2}:\d{2}/;
/** A tilde and another date's digits after a date: the date opens a period. */
const periodAfter = /^[ \t]*[~∼～][ \t]*\d/;

/**
 * Whether the birth word heads a column ("사번,성명,입사일,생년월일,급여은행"): the rest of its line holds a cell's
 * delimiter and no digit, and the date under it is the table's search's; the first date after the word is another column's.
 */
function isTableHeaderCell(text: string, word: { start: number; end: number }): boolean {
  const lineEnd = text.indexOf('\n', word.end);
  if (lineEnd === -1) return false;
  const rest = text.slice(word.end, lineEnd);
  // A CSV's comma with no blank after it, a tab or a bar, after the word or, where it ends the line, before it: "성함,
  // 생년월일, 면허번호 주세요" is a request.
  const mark = rest === '' ? text.charAt(word.start - 1) : /^(?:,(?! )|\t|[ \t]*\|)/.exec(rest)?.[0].trim();
  if (mark === undefined || !/^[,\t|]?$/.test(mark) || /\d/.test(rest)) return false;
  const delimiter = mark === '' ? '\t' : mark;
  const nextLineEnd = text.indexOf('\n', lineEnd + 1);
  return text.slice(lineEnd + 1, nextLineEnd === -1 ? text.length : nextLineEnd).includes(delimiter);
}

/**
 * "our dates of birth are 11/07/1990 and 28/02/1992", "his date of birth was August 3, 1941, and mine is March 19, 1944",
 * "me 14 Aug 1998, him 14 Aug 2003": the dates listed right after a birth date are birth dates too.
 */
const listJoin =
  /^,?[ \t]*(?:(?:and|&|및|과|와)(?:[ \t]+(?:mine|his|hers|theirs|my \w+'s|her \w+'s|his \w+'s|[A-Z][a-z]+'s)[ \t]+(?:is|was))?|(?:and[ \t]+)?(?:him|her|mine|my \w+|hers)(?:[ \t]+(?:is|was))?)[ \t]*/;

function withListedBirthDates(text: string, findings: PiiFinding[]): PiiFinding[] {
  for (let index = 0; index < findings.length; index += 1) {
    const finding = findings[index]!;
    const join = listJoin.exec(text.slice(finding.end, finding.end + 24));
    if (join === null) continue;
    const at = finding.end + join[0].length;
    const date = firstDateIn(text.slice(at, at + longestDate));
    if (date === undefined || date.offset !== 0 || findings.some((found) => found.start === at)) continue;
    findings.push(createFinding({ type: 'DATE_OF_BIRTH', text: date.text, start: at, score: finding.score, recognizer: name }));
  }
  return findings;
}

/**
 * Birth words of the languages a guest's, a patient's or a relative's papers are written in (Geburtsdatum, fecha de
 * nacimiento, date de naissance, data di nascita, data de nascimento, geboortedatum; nato il, née le, nacido el): their
 * pairs stand in too many English words to be trigger words, so native searches find them where a numeric run stands.
 * Where each ends, for the date after it.
 */
const foreignBirthWords =
  /[Gg]eburtsdatum|geboren am|\b[Gg]eb\.|[Gg]eboortedatum|nacimiento|naissance|nascita|nascimento|nat[oa] il|née? le|nacid[oa] el/g;

/**
 * Whether a foreign birth word may stand in a text with a digit: the fast path's test, as dates written with slashes or
 * dots hold no numeric run to cue them.
 *
 * @example
 * holdsForeignBirthWord('Fecha de nacimiento: 12/03/1985'); // true
 */
export function holdsForeignBirthWord(text: string): boolean {
  return foreignBirthWordsAt(text).length > 0;
}

const foreignBirthWordEnds = { text: undefined as string | undefined, ends: [] as number[] };

function mayHoldWrittenDate(text: string): boolean {
  return text.includes('/') || text.includes('.') || text.includes(' de ');
}

function foreignBirthWordsAt(text: string): readonly number[] {
  if (foreignBirthWordEnds.text === text) return foreignBirthWordEnds.ends;
  const ends: number[] = [];
  // The words are Latin; the dates papers write after them hold a slash, a dot or a month's name in the same letters.
  if (hasFeatures(textFeatures(text), textFeature.digit | textFeature.lowerLatin) && mayHoldWrittenDate(text)) {
    foreignBirthWords.lastIndex = 0;
    for (let match = foreignBirthWords.exec(text); match !== null; match = foreignBirthWords.exec(text))
      ends.push(match.index + match[0].length);
  }
  foreignBirthWordEnds.text = text;
  foreignBirthWordEnds.ends = ends;
  return ends;
}

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

/**
 * Dates right before 생 (not the first syllable of a word such as 생산), 출생 or the character 生 that Korean records and
 * Japanese forms write: "1943년 6월 26일 출생", "1982. 5. 28.생", "(97.03.22生)".
 */
function datesBeforeBirthSuffix(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  birthSuffix.lastIndex = 0;
  for (let suffix = birthSuffix.exec(text); suffix !== null; suffix = birthSuffix.exec(text)) {
    const index = suffix.index;
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

const birthSuffix = /생|生/g;

/** 이 (이고, 이에요), 입 (입니다), 인 (인데), 으 (으로), 은, 도, 이라: what follows a birth date's 생 as a copula or a particle. */
const syllablesAfterBirthSuffix: ReadonlySet<number> = new Set([...'이입인으은도'].map((syllable) => syllable.charCodeAt(0)));

function isHangulSyllable(code: number): boolean {
  return code >= 0xac00 && code <= 0xd7a3;
}

/**
 * The words of a date said right after the birth word ("born the tenth of January 2000.", "Date of birth is the second of
 * May, nineteen-forty-six.", "date of birth? Fourteenth of March nineteen fifty-one", "my date of birth, that's the
 * twelfth of April nineteen fifty-eight, and …", "date of birth, em, ninth of November nineteen eighty-seven", "her date
 * of birth is the second of February nineteen forty-one if you need it"): the longest run of its next words that reads as
 * a whole date. A Korean birth word's date may be said in Sino-Korean numerals ("생년월일은 육십팔년 삼월 십사일").
 */
const spokenAfterWord =
  /[ \t]*[?:：,]?[ \t]*(?:(?:em|um|erm|uh|ah|er),?[ \t]+)*(?:(?:that's|that is|it's|it is)[ \t]+)?(?:(?:is|was|on|in)[ \t]+)?(?:the[ \t]+)?([A-Za-z][A-Za-z0-9 ,'’-]{6,64})/y;
/** The most words a spoken date takes ("the second of February nineteen forty-one"). */
const longestSpokenDateWords = 9;
/** A word of a clause, between blanks and commas. */
const clauseWord = /[^ ,]+/g;

function spokenDateAfter(text: string, segmentStart: number): { start: number; end: number } | undefined {
  const korean = readKoreanSpokenDates(text.slice(segmentStart, segmentStart + searchAhead + longestDate))[0];
  if (korean !== undefined && korean.start <= searchAhead) return { start: segmentStart + korean.start, end: segmentStart + korean.end };
  spokenAfterWord.lastIndex = segmentStart;
  const match = spokenAfterWord.exec(text);
  if (match === null) return undefined;
  const clause = match[1]!;
  const start = match.index + match[0].length - clause.length;
  // Where each word ends, but the words a date reads over ("and the landline …" after it is no part of it).
  const wordEnds: number[] = [];
  let words = 0;
  clauseWord.lastIndex = 0;
  for (let word = clauseWord.exec(clause); word !== null; word = clauseWord.exec(clause)) {
    if (!/^(?:the|of|and)$/i.test(word[0])) wordEnds.push(word.index + word[0].length);
    if ((words += 1) === longestSpokenDateWords) break;
  }
  for (let count = wordEnds.length; count >= 2; count -= 1) {
    const date = clause.slice(0, wordEnds[count - 1]);
    if (readSpokenDate(date)?.day !== undefined) return { start, end: start + date.length };
  }
  return undefined;
}

/**
 * Whether a text without a digit may hold a birth date said in words after its birth word: a spoken year's word or a
 * Sino-Korean year, and a birth word.
 */
export function mayHoldSpokenBirthDate(text: string): boolean {
  // The label bits of the feature pass first, then a birth word and a year's word: most texts without a digit hold none.
  return (
    (textFeatures(text).triggers & (textTrigger.englishLabel | textTrigger.koreanLabel)) !== 0 &&
    spokenBirthWord.test(text) &&
    spokenYearWord.test(text)
  );
}

const spokenBirthWord = /birth|born|\bdob\b|생년|생일|출생/i;

const spokenYearWord =
  /nineteen|thousand|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|[십백천][일이삼사오육칠팔구]?년|[공영일이삼사오육칠팔구]{2}년/i;

/**
 * A date in brackets right after a Korean full name, an honorific perhaps between, the sex perhaps before it, as a claim,
 * a family's list or a screening's result gives a person's birth date ("제 아내 송하윤(1981.06.22)이고", "수검자: 모현숙 님
 * (1962.08.30)", "수검자: 반소희 (여, 1968.04.02)"): a year, a month and a day, two years ago or before.
 */
const dateAfterKoreanName =
  /([가-힣]{3,4})[ \t]?(?:(?:님|씨|어르신)[ \t]?)?\((?:[남여MF][ \t]*[,/][ \t]*)?((?:19|20)\d{2}[.\-/][ \t]?\d{1,2}[.\-/][ \t]?\d{1,2}|\d{2}\.\d{2}\.\d{2})\.?(?:[ \t]*\/[^()\n]{1,12})?\)/g;

/**
 * A driver's row of a rental or an insurance form: a name, the date, then the licence or the passport, apart by slashes
 * ("제1운전자: 제갈윤호 / 1988.11.03 / 면허 11-17-482903-62", "Driver 2: Kim Ana / 1990-04-17 / licence …"). A licence's
 * date of issue is no earlier than its holder's sixteenth year, so a date of the last fifteen years is left alone.
 */
const dateBeforeLicence =
  /(?<=[가-힣A-Za-z][ \t]*\/[ \t]*)((?:19|20)\d{2}[.\-/](?:0?[1-9]|1[0-2])[.\-/](?:0?[1-9]|[12]\d|3[01]))(?=[ \t]*\/[ \t]*(?:(운전면허|면허|[Ll]icen[cs]e|DL\b)|여권|[Pp]assport))/g;

/** A word of the documents a row's date comes before, tested before its pattern. */
const rowDocumentWord = /여권|면허|[Ll]icen[cs]e|[Pp]assport|\bDL\b/;

function datesBeforeLicences(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  const thisYear = new Date().getFullYear();
  dateBeforeLicence.lastIndex = 0;
  for (let match = dateBeforeLicence.exec(text); match !== null; match = dateBeforeLicence.exec(text)) {
    // A child has a passport, not a licence.
    const latestYear = match[2] === undefined ? thisYear - 1 : thisYear - 15;
    if (Number(match[1]!.slice(0, 4)) <= latestYear)
      findings.push(createFinding({ type: 'DATE_OF_BIRTH', text: match[1]!, start: match.index, score: 0.75, recognizer: name }));
  }
  return findings;
}

function mayHoldDateAfterKoreanName(text: string): boolean {
  return hasFeatures(textFeatures(text), textFeature.hangul | textFeature.digit) && text.includes('(');
}

function datesAfterKoreanNames(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  // The first match from where the pattern was last run: it is still the first from any later start up to it, so the text
  // is searched once over, not from each bracket to the next match (a text of many brackets and no date).
  let match: RegExpExecArray | null | undefined;
  // Bracket by bracket: a year's first digit after it and a syllable before it, then the pattern where it ends.
  for (let open = text.indexOf('('); open !== -1; open = text.indexOf('(', open + 1)) {
    const next = text.charCodeAt(open + 1);
    if (
      !(isAsciiDigit(next) || /^[남여MF][ \t]*[,/]/.test(text.slice(open + 1, open + 4))) ||
      !/[가-힣][ \t]?$/.test(text.slice(Math.max(0, open - 2), open))
    )
      continue;
    const from = Math.max(0, open - 10);
    if (match === undefined || (match !== null && match.index < from)) {
      dateAfterKoreanName.lastIndex = from;
      match = dateAfterKoreanName.exec(text);
    }
    if (match === null) break;
    if (match.index + match[0].indexOf('(') !== open) continue;
    const person = match[1]!;
    // A date of the last two years beside a name is when the person did something ("등록자 엄다은 (2025.05.13)").
    const date = match[2]!;
    // "남궁서연님(79.11.30)": a year of two digits, of the last century past this year's two digits.
    const year = expandYear(date.length === 8 ? date.slice(0, 2) : date.slice(0, 4));
    if (!isPlausibleKoreanName(person) || !hasCommonGivenName(person) || year > new Date().getFullYear() - 2) continue;
    if (date.length === 8 && !isValidCalendarDate({ year, month: Number(date.slice(3, 5)), day: Number(date.slice(6, 8)) })) continue;
    const dateStart = match.index + match[0].indexOf(date, match[0].indexOf('('));
    findings.push(createFinding({ type: 'DATE_OF_BIRTH', text: date, start: dateStart, score: 0.75, recognizer: name }));
  }
  return findings;
}

/**
 * A person's row in a list of people, its cells apart by slashes: a Korean full name first (after a field's label perhaps),
 * a team, a role or the name in capitals perhaps, then a full date, then more or the line's end ("1) 권혁수 / 1962.07.19 /
 * 건강보험증번호 …", "2) 마태준 / 영업2팀 / 1986.11.21 / 010-7390-1528", "신청인: 라윤석 / 1990.08.14"). A date of the last
 * fourteen years is when the person joined or visited, not a grown person's birth.
 */
const dateInNameRow =
  /^[ \t]*(?:\d{1,3}[).]|[-•*])?[ \t]*(?:[가-힣]{1,6}[ \t]*[:：][ \t]*)?([가-힣]{2,4})(?:[ \t]*\/[ \t]*[^/\n\d]{1,16})?[ \t]*\/[ \t]*((?:19|20)\d{2}[.\-/](?:0?[1-9]|1[0-2])[.\-/](?:0?[1-9]|[12]\d|3[01]))\.?(?=[ \t]*(?:\/|\r?\n|$))/gm;

function mayHoldNameDatePhoneRows(text: string, features: TextFeatures): boolean {
  return hasFeatures(features, textFeature.hangul | textFeature.lineBreak) && features.mostRunDigits >= 10;
}

function mayHoldNameRows(text: string): boolean {
  // The slash first: a search that opens on a blank stops at every word.
  return text.includes('/') && text.includes(' / ') && hasFeatures(textFeatures(text), textFeature.hangul | textFeature.lineBreak);
}

function datesInNameRows(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  const latestYear = new Date().getFullYear() - 14;
  dateInNameRow.lastIndex = 0;
  for (let match = dateInNameRow.exec(text); match !== null; match = dateInNameRow.exec(text)) {
    if (!isPlausibleKoreanName(match[1]!) || Number(match[2]!.slice(0, 4)) > latestYear) continue;
    const start = match.index + match[0].length - match[2]!.length - (match[0].endsWith('.') ? 1 : 0);
    findings.push(createFinding({ type: 'DATE_OF_BIRTH', text: match[2]!, start, score: 0.75, recognizer: name }));
  }
  return findings;
}

/**
 * A person's line in a list of birthdays and numbers: a Korean full name, the date, then a mobile ("권하람 2004.03.19
 * 010-4029-7713", "설민재 030911 01085520347").
 */
const nameDatePhoneRow =
  /^[ \t]*(?:\d{1,3}[).]|[-•*])?[ \t]*([가-힣]{2,4})[ \t,/]+((?:19|20)\d{2}[.\-/]\d{1,2}[.\-/]\d{1,2}|\d{6})[ \t,/]+(?=01[016789][ -]?\d{3,4}[ -]?\d{4}(?!\d))/gm;

function datesInNameDatePhoneRows(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  nameDatePhoneRow.lastIndex = 0;
  for (let match = nameDatePhoneRow.exec(text); match !== null; match = nameDatePhoneRow.exec(text)) {
    const date = match[2]!;
    const reading =
      date.length === 6
        ? { year: expandYear(date.slice(0, 2)), month: Number(date.slice(2, 4)), day: Number(date.slice(4, 6)) }
        : { year: Number(date.slice(0, 4)), month: Number(date.split(/[.\-/]/)[1]), day: Number(date.split(/[.\-/]/)[2]) };
    if (!isPlausibleKoreanName(match[1]!) || !isPlausibleBirthDate([reading])) continue;
    const start = match.index + match[0].lastIndexOf(date);
    findings.push(createFinding({ type: 'DATE_OF_BIRTH', text: date, start, score: 0.75, recognizer: name }));
  }
  return findings;
}

/**
 * A traveller's row: a passport's number, then a date ("TANAKA HARUTO  TK4829173  12MAY1988", "곽민서 / KWAK MINSEO / 여권
 * M38127704 / 1987.04.12"). A passport's expiry is in the future, and a row under a header of issue dates is left alone.
 */
const passportThenDate = /(?<![A-Za-z0-9])(?:[A-Z]{1,2}\d{7,8}|[MSRODGT]\d{3}[A-Z]\d{4})(?:[ \t]{1,6}|[ \t]*[/|,][ \t]*)(?=\d)/g;
const issueHeader = /issue|issued|발급/i;
/** A table's column of an entry's or an expiry's date ("입국일,체류만료일", "Entry date | Expiry"). */
const entryOrExpiryColumn = /issue|발급|입국|entry|arrival|만료|expiry/i;
/** A birth date's column beside them, which the passport's date may be ("Name, Passport, DOB, Expiry"). */
const birthColumn = /birth|DOB|생년|출생/i;
/** How many rows above a passport's a table's header may stand. */
const headerReach = 30;

/**
 * Whether the header of the table whose row starts at `lineStart`, the first line without a digit above it, names an issue,
 * an entry or an expiry date and no birth ("번호,성명,국적,외국인등록번호,여권번호,입국일,체류만료일").
 */
function underEntryOrExpiryHeader(text: string, lineStart: number): boolean {
  let end = lineStart - 1;
  for (let row = 0; row < headerReach && end > 0; row += 1) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (!/\d/.test(line)) return entryOrExpiryColumn.test(line) && !birthColumn.test(line);
    end = start - 1;
  }
  return false;
}

function datesAfterPassports(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  passportThenDate.lastIndex = 0;
  for (let match = passportThenDate.exec(text); match !== null; match = passportThenDate.exec(text)) {
    const start = passportThenDate.lastIndex;
    const date = firstDateIn(text.slice(start, start + longestDate));
    if (date === undefined || date.offset !== 0) continue;
    const year = /(?:19|20)\d{2}/.exec(date.text)?.[0];
    if (year !== undefined && Number(year) >= new Date().getFullYear()) continue;
    const lineStart = text.lastIndexOf('\n', match.index) + 1;
    const headerStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    if (issueHeader.test(text.slice(headerStart, match.index)) || underEntryOrExpiryHeader(text, lineStart)) continue;
    findings.push(createFinding({ type: 'DATE_OF_BIRTH', text: date.text, start, score: 0.75, recognizer: name }));
  }
  return findings;
}

/** A request on the birth word's line: a question, or words that ask ("I need your DOB as per PAN", "생년월일 말씀 부탁드립니다"). */
const requestForBirthDate = /[?？]|\b(?:please|pls|need|confirm|tell|give)\b|주세요|줘|부탁|말씀|알려/i;
const longestRequest = 100;
/** A chat's time and the answer's speaker before its words ("[4/11/24, 10:09] Anil Kumar: "), whose time is no birth. */
const answerPrefix = /(?:\[[^\]\n]{1,24}\][ \t]*)?(?:[^\n:：]{1,30}[:：][ \t]*)?/y;
const longestAnswer = 120;

/**
 * The birth date given in answer to a request for it, however far into the answer's line: after a name ("Anil Kumar:
 * 17-08-1979, anil.k@…"), between a name and a licence ("배미란 / 83.04.17 / 11-09-…"), as the next turn of a chat. Its
 * span in `text`, or undefined. A date said in words counts too, read as `spokenDateAfter` and `readKoreanSpokenDates` read it.
 */
function dateInAnswer(text: string, segmentStart: number): { start: number; end: number } | undefined {
  const lineEnd = text.indexOf('\n', segmentStart);
  if (lineEnd === -1 || lineEnd - segmentStart > longestRequest) return undefined;
  const lineStart = text.lastIndexOf('\n', segmentStart - 1) + 1;
  const request = text.slice(Math.max(lineStart, segmentStart - longestRequest), lineEnd);
  // A transcript's agent asks by naming it last ("rep: and the patient's date of birth"); a table's header does not ask.
  const askedInTurn =
    speakerOpensLine.test(text.slice(lineStart, segmentStart)) && endsWithBirthWord.test(text.slice(segmentStart, lineEnd));
  if (!requestForBirthDate.test(request) && !askedInTurn) return undefined;
  answerPrefix.lastIndex = lineEnd + 1;
  answerPrefix.test(text);
  const answerStart = answerPrefix.lastIndex;
  const answerEnd = Math.min(
    text.indexOf('\n', answerStart) === -1 ? text.length : text.indexOf('\n', answerStart),
    answerStart + longestAnswer,
  );
  const answer = text.slice(answerStart, answerEnd);
  const date = firstDateIn(answer);
  // Said in words, as speech-to-text writes it: "caller: march fourth nineteen eighty two", "고객 구이년 팔월 십오일이요".
  if (date === undefined) return spokenDateInAnswer(text, { answerStart, answer });
  // "I'll be there on 12/03/2025": a date of the answer's plans, not a birth.
  const year = /(?:19|20)\d{2}/.exec(date.text)?.[0];
  if (/\b(?:on|at|by|until|from|before|after|since)\s*$/i.test(answer.slice(0, date.offset))) return undefined;
  if (year !== undefined && Number(year) >= new Date().getFullYear() - 1) return undefined;
  return { start: answerStart + date.offset, end: answerStart + date.offset + date.text.length };
}

/** A speaker's label and colon where the line opens ("rep:", "AGENT:", "상담원:"). */
const speakerOpensLine = /^[ \t]*[^\n:：|,\t]{1,30}[:：]/;
/** Nothing after the birth word on its line but a mark or "please". */
const endsWithBirthWord = /^[ \t]*[.,:;]?[ \t]*(?:please|pls)?[ \t]*[.?]?[ \t]*\r?$/i;

function spokenDateInAnswer(text: string, at: { answerStart: number; answer: string }): { start: number; end: number } | undefined {
  const korean = readKoreanSpokenDates(at.answer)[0];
  if (korean !== undefined && readsAsBirth(korean.date)) return { start: at.answerStart + korean.start, end: at.answerStart + korean.end };
  return spokenDateAfter(text, at.answerStart);
}

/** A spoken date with a day, two years ago or before. */
function readsAsBirth(date: { year: number; day?: number }): boolean {
  return date.day !== undefined && date.year < new Date().getFullYear() - 1;
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

/** The birth dates of airline document lines ("P/HKG/K08316452/HKG/05AUG92/F/…") and of a booking's children ("(CHD/14MAR17)"). */
function birthsOnDocumentLines(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  for (const line of travelDocumentLines(text))
    if (line.birth !== undefined)
      findings.push(createFinding({ type: 'DATE_OF_BIRTH', text: line.birth.text, start: line.birth.start, score: 0.9, recognizer: name }));
  for (const date of bookingChildBirthDates(text))
    findings.push(createFinding({ type: 'DATE_OF_BIRTH', text: date.text, start: date.start, score: 0.9, recognizer: name }));
  return findings;
}
