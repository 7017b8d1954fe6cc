// A passport's number in a traveller's row, with no label of its own: "1) PARK JIHO / 1988.02.14 / M39204716", "CHOI/EUNJI
// MS   988-2419038871   M48K17726   02OCT85", "son - LUIS DELA CRUZ, P6610385C, 2017-04-02". The row's person and a date
// in it, in a text about travel or beside a birth date, say what the document number is.
import { overlapsAny } from './resolve-overlaps.ts';
import { hasFeatures, textFeature, textFeatures } from './text-features.ts';
import type { PiiFinding } from './types.ts';

const recognizerName = 'passport';
/**
 * The shapes passports print: one or two letters and seven or eight digits (M39204716, A05839172), a letter, seven digits
 * and a letter (the Philippines' P6610385C), a letter, digits, a letter and digits (Korea's M123A4567), and Germany's nine
 * characters of its own alphabet with three digits at least (CF3J8L2N7).
 */
const passportShape =
  /(?<![\w/-])(?:[A-Z]{1,2}\d{7,8}|[A-Z]\d{7}[A-Z]|[A-Z]\d{2,3}[A-Z]\d{4,5}|(?=(?:[A-Z]*\d){3})[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ\d]{8})(?![\w/-])/g;
/** Another identifier's label right before the value ("회원번호 K88301472", "Member no: …"); a passport's own is none. */
const otherLabelBefore = /(?:번호|[Nn]o\.|[Nn]umber|#|\bID\b|:)[ \t]*$/;
const labelReach = 16;
/** A text about travel, where a traveller's row holds their passport. */
const travelWords = /passport|passenger|traveller|traveler|itinerary|PNR|booking|flight|visa|여권|항공|탑승|여행|패키지|비자|예약/i;
/** A date of the row: a birth date, an expiry. */
const rowDate =
  /\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./ ]\d{1,2}[-./ ]\d{2,4}|\d{1,2}[ -]?[A-Z]{3}[ -]?\d{2,4}|\d{1,2} [A-Z][a-z]{2,8} \d{4}/;

/**
 * Adds to `candidates` the passport-shaped values that no candidate covers, on a line where a person's name stands before
 * them and a date stands too, in a text about travel or beside a birth date found on the line. 0.7.
 *
 * @example
 * const text = '1) PARK JIHO / 1988.02.14 / M39204716';
 * const candidates = [{ type: 'PERSON', start: 3, end: 12, text: 'PARK JIHO', score: 0.8, recognizer: 'person-name' }];
 * addPassportsInPersonRows(text, candidates);
 * candidates[1]?.text; // 'M39204716'
 */
export function addPassportsInPersonRows(text: string, candidates: PiiFinding[]): void {
  // Every shape holds a capital right before a digit: its first digit follows a letter of the shape.
  if (!hasFeatures(textFeatures(text), textFeature.upperBeforeDigit)) return;
  if (!candidates.some((candidate) => candidate.type === 'PERSON')) return;
  let aboutTravel: boolean | undefined;
  const found: PiiFinding[] = [];
  passportShape.lastIndex = 0;
  for (let match = passportShape.exec(text); match !== null; match = passportShape.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (overlapsAny(candidates, { start, end })) continue;
    const lineStart = text.lastIndexOf('\n', start) + 1;
    if (otherLabelBefore.test(text.slice(Math.max(lineStart, start - labelReach), start))) continue;
    const newline = text.indexOf('\n', end);
    const lineEnd = newline === -1 ? text.length : newline;
    const onLine = (candidate: PiiFinding) => candidate.start >= lineStart && candidate.end <= lineEnd;
    if (!candidates.some((candidate) => candidate.type === 'PERSON' && onLine(candidate) && candidate.end <= start)) continue;
    const birthOnLine = candidates.some((candidate) => candidate.type === 'DATE_OF_BIRTH' && onLine(candidate));
    if (!birthOnLine && !((aboutTravel ??= travelWords.test(text)) && rowDate.test(text.slice(lineStart, lineEnd)))) continue;
    found.push({ type: 'PASSPORT', start, end, text: match[0], score: 0.7, recognizer: recognizerName });
  }
  for (const finding of found) candidates.push(finding);
}
