// A value found once is found wherever the text repeats it: an agent reading a passport number back ("Thank you, GK608214
// is now saved"), a form restating an account, a log naming the same address twice.
import { isAsciiAlphanumeric } from './recognizers/digit-boundaries.ts';
import type { PiiFinding } from './types.ts';

/** Shorter values repeat by chance ("2024", "10:30"), so a repeat counts from six characters with a digit among them. */
const shortestRepeated = 6;

/**
 * Adds to `candidates` a copy of each identifier found at every other place `text` holds it whole, unless something else
 * was found there.
 *
 * @example
 * const candidates = [{ type: 'PASSPORT', start: 0, end: 8, text: 'GK608214', score: 0.85, recognizer: 'passport' }];
 * addRepeatedValues('GK608214, … GK608214 is saved', candidates);
 * candidates.map((finding) => finding.start); // [0, 12]
 */
export function addRepeatedValues(text: string, candidates: PiiFinding[]): void {
  const found = candidates.length;
  for (let index = 0; index < found; index += 1) {
    const finding = candidates[index]!;
    const value = finding.text;
    if (!repeatable(finding.type) || value.length < shortestRepeated || !/\d/.test(value)) continue;
    for (let at = text.indexOf(value); at !== -1; at = text.indexOf(value, at + value.length)) {
      const end = at + value.length;
      if (at === finding.start || !standsWhole(text, at, end)) continue;
      if (candidates.some((other) => other.start < end && at < other.end)) continue;
      candidates.push({ ...finding, start: at, end });
    }
  }
}

/**
 * Names and addresses are left to their own searches (a first name may repeat as an everyday word), and dates too: a
 * child's birth date is also the day of its first vaccine.
 */
function repeatable(type: PiiFinding['type']): boolean {
  return type !== 'PERSON' && type !== 'ADDRESS' && type !== 'DATE_OF_BIRTH' && type !== 'CARD_EXPIRY';
}

/** Whether no letter or digit runs on from the value on either side ("GK608214" inside "XGK6082149" is another code). */
function standsWhole(text: string, start: number, end: number): boolean {
  return !isAsciiAlphanumeric(text.charCodeAt(start - 1)) && !isAsciiAlphanumeric(text.charCodeAt(end));
}
