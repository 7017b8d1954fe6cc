// Numbers typed or scanned with a blank between their digits ("6 2 0 4 1 7 - 2 9 1 5 8 9 2", "Hosp# : 0 0 4 8 2 1 7 3",
// "D.O.B: 1 9 / 0 7 / 1 9 5 8"), and a document's capitals among them ("M 3 8 1 7 4 0 5 2", "J G 1 0 3 8 4 7 C"), as an
// OCR'd form or a filter-dodging message writes them: read without the blanks, so every recogniser and its label judge
// the number as it would the plain one.
import { textFeatures } from './text-features.ts';
import type { SpelledNumber } from './spelled-english-numbers.ts';
import { isAsciiDigit } from './recognizers/digit-boundaries.ts';

/** A spaced number holds this many digits at least (a birth date's six) and this many digits standing alone. */
const fewestDigits = 6;
const fewestLoneDigits = 4;

/**
 * The stretches of `text` whose digits stand apart by blanks, each with its digits written together (other marks kept:
 * "620417-2915892", "19/07/1958") and the character each digit or mark comes from. A stretch is read around a numeric run
 * whose digits all stand alone, across the slashes, dots and hyphens of a date; a group of more than two digits ends it.
 *
 * @example
 * findSpacedNumbers('주민등록번호 : 6 2 0 4 1 7 - 2 9 1 5 8 9 2')[0]?.digits; // '620417-2915892'
 * findSpacedNumbers('tel 010 1234 5678'); // []
 */
export function findSpacedNumbers(text: string): SpelledNumber[] {
  const numbers: SpelledNumber[] = [];
  let readTo = 0;
  for (const run of textFeatures(text).runs) {
    if (run.longestGroup !== 1 || run.digits < fewestLoneDigits || run.start < readTo) continue;
    let start = run.start;
    while (start > 0 && isSpacedNumberCharacter(text.charCodeAt(start - 1))) start -= 1;
    // A document's letters spaced as its digits are ("M 3 8 1 7 4 0 5 2", "G K 4 8 2 9 1 7"): up to five, each alone.
    for (let letters = 0; letters < 5; letters += 1) {
      const letter = loneCapitalBefore(text, start);
      if (letter === -1) break;
      start = letter;
    }
    // … and after or among them ("J G 1 0 3 8 4 7 C", "R E I D 9 8 0 3 1 2 5 C 9 9 J Z").
    let end = run.end;
    for (let letters = 0; ; letters += 1) {
      while (end < text.length && isSpacedNumberCharacter(text.charCodeAt(end))) end += 1;
      if (letters === 5 || !isLoneCapitalAt(text, end)) break;
      end += 1;
    }
    readTo = end;
    const number = spacedNumberIn(text, start, end);
    if (number !== undefined) numbers.push(number);
  }
  return numbers;
}

/** The number between `from` and `to` when its digits stand apart: groups of one or two digits, enough of them alone. */
function spacedNumberIn(text: string, from: number, to: number): SpelledNumber | undefined {
  let start = from;
  while (start < to && !isAsciiDigit(text.charCodeAt(start)) && !isCapital(text.charCodeAt(start))) start += 1;
  let end = to;
  while (end > start && !isAsciiDigit(text.charCodeAt(end - 1)) && !isCapital(text.charCodeAt(end - 1))) end -= 1;
  let digits = '';
  const sources: Array<{ start: number; end: number }> = [];
  let group = 0;
  let loneDigits = 0;
  let digitCount = 0;
  for (let at = start; at <= end; at += 1) {
    const code = at < end ? text.charCodeAt(at) : 0x20;
    if (isAsciiDigit(code)) {
      group += 1;
      digitCount += 1;
    } else {
      if (group > 2) return undefined;
      if (group === 1) loneDigits += 1;
      group = 0;
    }
    if (at === end || code === 0x20) continue;
    digits += text.charAt(at);
    sources.push({ start: at, end: at + 1 });
  }
  if (digitCount < fewestDigits || loneDigits < fewestLoneDigits) return undefined;
  return { start, end, digits, sources };
}

/** A digit, a blank, or a mark a number's groups stand apart by (a slash, a dot, a hyphen). */
function isSpacedNumberCharacter(code: number): boolean {
  return isAsciiDigit(code) || code === 0x20 || code === 0x2f || code === 0x2e || code === 0x2d;
}

/** Where a capital letter alone stands before `at`, across blanks ("M" of "M 3 8 1 …"); -1 when none does. */
function loneCapitalBefore(text: string, at: number): number {
  let letter = at - 1;
  while (letter >= 0 && text.charCodeAt(letter) === 0x20) letter -= 1;
  if (text.charCodeAt(letter + 1) !== 0x20 || !isCapital(text.charCodeAt(letter)) || /[A-Za-z0-9]/.test(text.charAt(letter - 1))) return -1;
  return letter;
}

/** A capital letter alone at `at`, after a blank and before a blank or the end of a word ("C" of "… 4 7 C"). */
function isLoneCapitalAt(text: string, at: number): boolean {
  return text.charCodeAt(at - 1) === 0x20 && isCapital(text.charCodeAt(at)) && !/[A-Za-z0-9]/.test(text.charAt(at + 1));
}

function isCapital(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}
