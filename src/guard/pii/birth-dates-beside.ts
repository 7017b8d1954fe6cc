// Birth dates told by their neighbours rather than a label right before them: a date of a past year written after a
// person's name on its line ("PARK JIHO / 1988.02.14 / M39204716", "환자 오정숙 (등록번호 20917735, 1951.03.22 F)"), or
// later on a line that spoke of a birth date ("my DOB in the offer letter is printed as 14-08-1996, it should be
// 14-06-1996", "생년월일이 학교 시스템엔 2001.09.30, 여권엔 30 SEP 2001"). In a text that asked for or spoke of birth dates, a
// child's date right after the child's name or a relation in brackets too ("- 10번 나시후 2014.07.25", " - (grandson) 2021.05.16").
import { currentYear, isValidCalendarDate } from './recognizers/calendar-date.ts';
import { expandYear } from './recognizers/date-formats.ts';
import { overlapIndex } from './resolve-overlaps.ts';
import { isOnPetsLine } from './recognizers/date-of-birth-recognizer.ts';
import type { PiiFinding } from './types.ts';

const recognizerName = 'date-of-birth';

const month = String.raw`Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC`;
const monthNames = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/**
 * A whole date with a four-digit year: 1988.02.14, 14/03/1993 or 4/22/2016, 21 August 1990, April 17, 1949, 1952년 1월 30일;
 * or a Korean one with two ("88년 2월 3일"), as people say their own and their family's.
 * Each alternative's groups are year, month, day in its own order; `readYear` sorts them out.
 */
const wholeDate = new RegExp(
  [
    String.raw`((?:19|20)\d\d)[-./](\d{1,2})[-./](\d{1,2})`,
    String.raw`(\d{1,2})([-./])(\d{1,2})\5((?:19|20)\d\d)`,
    String.raw`(\d{1,2})\.? (${month})\.?,? ((?:19|20)\d\d)`,
    String.raw`(${month})\.? (\d{1,2}),? ((?:19|20)\d\d)`,
    String.raw`((?:19|20)\d\d)년 ?(\d{1,2})월 ?(\d{1,2})일`,
    String.raw`(\d\d)년 ?(\d{1,2})월 ?(\d{1,2})일`,
  ]
    .map((alternative) => `(?:${alternative})`)
    .join('|')
    .replace(/^/, String.raw`(?<![\w./-])(?:`)
    .concat(String.raw`)(?![\w/-]|\.\d)`),
  'g',
);
const anyYear = /(?:19|20)\d\d|\d\d년/;
/** A word for a birth date. */
const birthWord = /(?<![A-Za-z])(?:DOB|D\.O\.B|[Bb]irth|born)|생년월일|생일|출생/g;
/** A word for birth dates anywhere in a text: a form's "Born:" too. */
const anyBirthWord = /(?<![A-Za-z])(?:DOB|D\.O\.B|[Bb]irth|[Bb]orn)|생년월일|생일|출생/;
/** A word between the cue and the date that makes it another date: an issue, an expiry, a visit, a start, a booking. */
const otherDateWord =
  /issued?|expir|valid|since|joined|opened|start|hire|admi|visit|arriv|depart|service|appoint|signed|dated|effective|from|until|\bto\b|due|paid|order|booked|created|updated|registered|입사|발급|가입|개설|만료|유효|등록일|입원|퇴원|방문|예약|접수|계약|시작|종료|신청일|작성일|일자|날짜|기간/i;
/** How far before the date a person's name may end, and a birth word stand, on the date's line. */
const nameReach = 60;
const birthWordReach = 100;
/** A person's birth date beside their name is at least this many years old; one after a birth word, at least a few. */
const minimumAgeBesideName = 14;
const minimumAgeAfterBirthWord = 4;

/**
 * Adds to `candidates` the dates of `text` that no candidate covers and that stand after a person's name or a birth word
 * on their line, with no word of another kind of date between, 0.6.
 *
 * @example
 * const candidates = [{ type: 'PERSON', start: 3, end: 12, text: 'PARK JIHO', score: 0.8, recognizer: 'person-name' }];
 * addBirthDatesBeside('1) PARK JIHO / 1988.02.14 / M39204716', candidates);
 * candidates[1]?.text; // '1988.02.14'
 */
export function addBirthDatesBeside(text: string, candidates: PiiFinding[]): void {
  // Every date read here holds a year of this century or the last: most texts hold none, and skip the date search.
  if (!anyYear.test(text)) return;
  const hasPerson = candidates.some((candidate) => candidate.type === 'PERSON');
  const hasPassport = candidates.some((candidate) => candidate.type === 'PASSPORT');
  const speaksOfChildren = childWord.test(text);
  birthWord.lastIndex = 0;
  if (!hasPerson && !hasPassport && !speaksOfChildren && !birthWord.test(text)) return;
  const thisYear = currentYear();
  // Where the text first asks for or speaks of a birth date; a child's date after it needs no row's cells around it.
  const firstBirthWord = text.search(anyBirthWord);
  const found: PiiFinding[] = [];
  const overlapsCandidate = overlapIndex(candidates);
  wholeDate.lastIndex = 0;
  for (let match = wholeDate.exec(text); match !== null; match = wholeDate.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    const year = readYear(match);
    if (year === undefined || year > thisYear - minimumAgeAfterBirthWord) continue;
    if (overlapsCandidate({ start, end })) continue;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    // A child's date too when a row's cells hold the name and the date ("PARK SEOAH / 2019.10.30 / M70418853").
    const nameEnd = hasPerson ? quietNameEnd(text, candidates, { from: Math.max(lineStart, start - nameReach), start }) : -1;
    const birthDatesSpokenOf = firstBirthWord !== -1 && firstBirthWord < start;
    const besideName =
      nameEnd !== -1 &&
      (year <= thisYear - minimumAgeBesideName ||
        (year <= thisYear - minimumAgeAfterBirthWord &&
          (inRowAfter(text, nameEnd, start) || (birthDatesSpokenOf && rightAfterName.test(text.slice(nameEnd, start))))));
    const afterRelation =
      (birthDatesSpokenOf && year <= thisYear - minimumAgeAfterBirthWord && relationInBrackets.test(text.slice(lineStart, start))) ||
      (speaksOfChildren && year <= thisYear && isChildsDate(text, [...candidates, ...found], { lineStart, start }));
    // A traveller's or a crew member's row with their passport ("2) LE MINH DUC, 1996.01.29, 여권 C7018452"): a date of
    // an adult's year there is theirs; an issue date says so, and an expiry is in the future.
    const onPassportRow =
      hasPassport &&
      year <= thisYear - minimumAgeBesideName &&
      !otherDateWord.test(text.slice(lineStart, start)) &&
      candidates.some(
        (candidate) => candidate.type === 'PASSPORT' && candidate.start >= lineStart && candidate.start <= lineEndOf(text, end),
      );
    // A list's item under a line that asks for birth dates ("생년월일 확인 부탁드려요\n- 10번 나시후 2014.07.25"), and the next
    // pair of a name and a date after a birth date ("왕서윤 2016.04.19, 왕지호 2019.12.01").
    const listed =
      birthDatesSpokenOf &&
      year <= thisYear - minimumAgeAfterBirthWord &&
      (endsItemUnderBirthDatesLeadIn(text, { lineStart, end }) ||
        followsBirthDatePair(text, [...candidates, ...found], { lineStart, start }));
    if (
      !besideName &&
      !afterRelation &&
      !onPassportRow &&
      !listed &&
      !quietAfterBirthWord(text, { from: Math.max(lineStart, start - birthWordReach), start })
    )
      continue;
    if (isOnPetsLine(text, start)) continue;
    found.push({ type: 'DATE_OF_BIRTH', start, end, text: match[0], score: 0.6, recognizer: recognizerName });
  }
  for (const finding of found) candidates.push(finding);
}

/** A child's word, as a family's list or a question about them says it; 딸 not as the first syllable of 딸기. */
const childWord =
  /(?<![A-Za-z])(?:sons?|daughters?|child(?:ren)?|kids?)(?![A-Za-z])|자녀|아들(?![가-힣])|아들[이은과]|(?<![가-힣])딸(?![가-힣])|애들|아이들/i;
/**
 * A child's word, perhaps a count ("자녀 1", "kids 2"), and the child's name and marks before the date, on its line:
 * "- 자녀 Yusuf, 2020.06.25", "자녀 1 (김서아, 2021-10-05)", "딸 Mursal (2017.12.05)", "3. 자녀 Daniel Mukendi — 2015.01.30".
 */
const childBeforeDate =
  /(?:(?<![A-Za-z])(?:sons?|daughters?|child(?:ren)?|kids?)(?![A-Za-z])|자녀|아들|(?<![가-힣])딸)(?:[ \t]*\d{1,2}명?)?[ \t:]*[(,—–-]?[ \t]*[^\d\n]{1,32}?[ \t]*[(,—–:-]?[ \t]*$/i;
/** A question about a person's children on the line before an answer that gives their names and dates ("Do you have children?"). */
const childrenQuestion = /(?:children|kids|자녀|애들|아이들)[^\n]*\?[ \t]*$/i;
/** Two people's dates in one cell ("Suthida + son Tawan (4) | TH | 1996-12-01 / 2020-03-22"): the second after a slash. */
const secondDateAfterSlash = /^[ \t]*\/[ \t]*$/;
const childReach = 48;

/**
 * Whether the date is a child's: after a child's word and name on its line, on the line that answers a question about
 * children, or after a slash that follows a birth date on a line that names a child.
 */
function isChildsDate(text: string, dates: readonly PiiFinding[], at: { lineStart: number; start: number }): boolean {
  const before = text.slice(Math.max(at.lineStart, at.start - childReach), at.start);
  if (childBeforeDate.test(before) && !otherDateWord.test(before)) return true;
  const line = text.slice(at.lineStart, at.start);
  if (
    childWord.test(line) &&
    dates.some((date) => date.type === 'DATE_OF_BIRTH' && date.end <= at.start && secondDateAfterSlash.test(text.slice(date.end, at.start)))
  )
    return true;
  // The answer's own digits are its count and the dates before this one ("yes 2. 허유진 2016.05.21 and 허민준 …").
  let answered = line.replace(/^[^\d]*\d{1,2}[.)]?[ \t]/, '');
  for (const date of dates)
    if (date.type === 'DATE_OF_BIRTH' && date.start >= at.lineStart && date.end <= at.start) answered = answered.replace(date.text, '');
  if (at.lineStart === 0 || /\d/.test(answered) || otherDateWord.test(line)) return false;
  const previousLine = text.slice(text.lastIndexOf('\n', at.lineStart - 2) + 1, at.lineStart - 1);
  return childrenQuestion.test(previousLine);
}

function lineEndOf(text: string, at: number): number {
  const newline = text.indexOf('\n', at);
  return newline === -1 ? text.length : newline;
}

/** Six digits of a date in brackets right after a name, as a household's list gives each member ("강태오(640830)"). */
const sixDigitsInBrackets = /[ \t]?\((\d{2})(\d{2})(\d{2})\)/y;

/**
 * Adds to `candidates` the birth dates written as six digits (YYMMDD) in brackets right after a person's name, 0.7.
 *
 * @example
 * const candidates = [{ type: 'PERSON', start: 4, end: 7, text: '강태오', score: 0.8, recognizer: 'person-name' }];
 * addBirthDatesInBracketsAfterNames('세대원: 강태오(640830)', candidates);
 * candidates[1]?.text; // '640830'
 */
export function addBirthDatesInBracketsAfterNames(text: string, candidates: PiiFinding[]): void {
  const found: PiiFinding[] = [];
  for (const candidate of candidates) {
    if (candidate.type !== 'PERSON' || text.charCodeAt(candidate.end) === 0x0a) continue;
    sixDigitsInBrackets.lastIndex = candidate.end;
    const match = sixDigitsInBrackets.exec(text);
    if (match === null || !isValidCalendarDate({ year: 2000, month: Number(match[2]), day: Number(match[3]) })) continue;
    const start = match.index + match[0].indexOf('(') + 1;
    found.push({
      type: 'DATE_OF_BIRTH',
      start,
      end: start + 6,
      text: text.slice(start, start + 6),
      score: 0.7,
      recognizer: recognizerName,
    });
  }
  const overlapsCandidate = overlapIndex(candidates);
  for (const finding of found) if (!overlapsCandidate(finding)) candidates.push(finding);
}

/** The year of a valid date that `wholeDate` matched, or undefined when the day or the month is none. */
function readYear(match: RegExpExecArray): number | undefined {
  const [, y1, m1, d1, a2, , b2, y2, d3, m3, y3, m4, d4, y4, y5, m5, d5, y6, m6, d6] = match;
  const candidates =
    y1 !== undefined
      ? [{ year: y1, month: m1, day: d1 }]
      : y2 !== undefined
        ? [
            { year: y2, month: b2, day: a2 },
            { year: y2, month: a2, day: b2 },
          ]
        : y3 !== undefined
          ? [{ year: y3, month: String(monthNumber(m3!)), day: d3 }]
          : y4 !== undefined
            ? [{ year: y4, month: String(monthNumber(m4!)), day: d4 }]
            : y5 !== undefined
              ? [{ year: y5, month: m5, day: d5 }]
              : [{ year: String(expandYear(y6 ?? '')), month: m6, day: d6 }];
  for (const date of candidates) {
    const read = { year: Number(date.year), month: Number(date.month), day: Number(date.day) };
    if (isValidCalendarDate(read)) return read.year;
  }
  return undefined;
}

function monthNumber(name: string): number {
  return monthNames.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** Where a person's name ends between `from` and `start`, with no word of another kind of date after it; -1 if none. */
function quietNameEnd(text: string, candidates: readonly PiiFinding[], span: { from: number; start: number }): number {
  let nameEnd = -1;
  for (const candidate of candidates)
    if (candidate.type === 'PERSON' && candidate.start >= span.from && candidate.end <= span.start)
      nameEnd = Math.max(nameEnd, candidate.end);
  return nameEnd !== -1 && !otherDateWord.test(text.slice(nameEnd, span.start)) ? nameEnd : -1;
}

/** Between a name and a date it is told with: blanks, perhaps the end of a gloss and a bracket ("(Siwoo Jung)   2014.01.30"). */
const rightAfterName = /^\)?[ \t]{1,4}\(?$|^[ \t]?\($/;
/** A family member's relation in brackets right before a date, the name before it or not (" - 문경희 (wife) 1961.07.22"). */
const relationInBrackets =
  /\((?:wife|husband|spouse|son|daughter|child|grandson|granddaughter|mother|father|mum|mom|dad|brother|sister|아내|남편|배우자|아들|딸|손자|손녀|자녀)\)[ \t]{1,4}$/i;

/** A list's marker at a line's start ("- ", "3. ", "1) "), and what may end an item after its date. */
const listItem = /^[ \t]*(?:\(?\d{1,3}[.)]|[-*•·])[ \t]+/;
const itemEnd = /^[ \t.)]*$/;
/** How many items above a date its list's lead-in line is looked for. */
const mostItemsAbove = 30;

/** Whether the date ends a list's item whose lead-in line (the first line above the list) speaks of birth dates. */
function endsItemUnderBirthDatesLeadIn(text: string, at: { lineStart: number; end: number }): boolean {
  const lineEnd = text.indexOf('\n', at.end);
  if (!itemEnd.test(text.slice(at.end, lineEnd === -1 ? text.length : lineEnd))) return false;
  if (!listItem.test(text.slice(at.lineStart, at.end))) return false;
  let lineStart = at.lineStart;
  for (let items = 0; items < mostItemsAbove && lineStart > 0; items += 1) {
    const previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const line = text.slice(previousStart, lineStart - 1);
    if (!listItem.test(line)) return anyBirthWord.test(line);
    lineStart = previousStart;
  }
  return false;
}

/** A comma, then a name's words and blanks right before a date: the next pair of a list of names and dates. */
const pairBefore = /,[ \t]*[^\s,\d][^,\d\n]{0,24}?[ \t]+$/;
const pairReach = 40;

/** Whether the date follows a birth date, a comma and a name: "왕서윤 2016.04.19, 왕지호 2019.12.01". */
function followsBirthDatePair(text: string, dates: readonly PiiFinding[], at: { lineStart: number; start: number }): boolean {
  const from = Math.max(at.lineStart, at.start - pairReach);
  const pair = pairBefore.exec(text.slice(from, at.start));
  if (pair === null) return false;
  const commaAt = from + pair.index;
  return dates.some((date) => date.type === 'DATE_OF_BIRTH' && date.end <= commaAt && text.slice(date.end, commaAt).trim() === '');
}

/** Between a name and a date, a row's cell marks and at most a short cell (a sex, a relation): "/ 남 /", " | ", ", ". */
const rowCellsBetween = /^[ \t]*[/|,\t][ \t]*(?:[^/|,\t\n]{1,4}[ \t]*[/|,\t][ \t]*)?$/;

function inRowAfter(text: string, nameEnd: number, start: number): boolean {
  return rowCellsBetween.test(text.slice(nameEnd, start)) && !underOtherDateHeader(text, start);
}

/** A table's header of cells without digits above the row that names another kind of date ("사번,성명,부서,입사일,…"). */
const headerReach = 600;

function underOtherDateHeader(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  for (const line of text.slice(Math.max(0, lineStart - headerReach), lineStart).split('\n'))
    if (!/\d/.test(line) && /[/|,\t].*[/|,\t]/.test(line) && otherDateWord.test(line)) return true;
  return false;
}

/** Whether a birth word stands between `from` and `start`, with no word of another kind of date after its last one. */
function quietAfterBirthWord(text: string, span: { from: number; start: number }): boolean {
  const before = text.slice(span.from, span.start);
  let lastEnd = -1;
  birthWord.lastIndex = 0;
  for (let match = birthWord.exec(before); match !== null; match = birthWord.exec(before)) lastEnd = match.index + match[0].length;
  return lastEnd !== -1 && !otherDateWord.test(before.slice(lastEnd));
}
