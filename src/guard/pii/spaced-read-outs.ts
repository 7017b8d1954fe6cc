// A document's number found run together is the same number where the text reads it out with blanks between its
// characters: a caller copying a passport from a photo ("1 2 5 5 8 0 4 1 9. Sorry — 125580419"), a migrant typing it from
// the page ("N 15482093" before the volunteer's "N15482093 입력했어요", "AB 3 0 9 4 1 7 2... 네 AB3094172"). The read-out
// alone has too few digits together for any recogniser; the run-together copy says what it is. So does a number said in
// words before its written copy, grouped as no recogniser reads it ("eight nine zero three one five, five one two four, six
// eight three (checked twice: 890315-5124683)", "구일공삼일이 다시 오칠사팔삼공이요" … "910312-5748302 맞죠?").
import { isAsciiAlphanumeric } from './recognizers/digit-boundaries.ts';
import { overlapsAny } from './resolve-overlaps.ts';
import type { SpelledNumber } from './spelled-english-numbers.ts';
import type { PiiFinding } from './types.ts';

/** The documents' numbers that are read out this way; a shorter value's spaced twin may be a count or a time by chance. */
const readOutTypes: ReadonlySet<string> = new Set(['PASSPORT', 'DRIVER_LICENSE', 'MEDICAL_RECORD', 'HEALTH_INSURANCE']);
const shortestValue = 7;
const longestValue = 16;
/** At most this many values are looked for in one text: an export of many rows reads its values run together anyway. */
const mostValues = 12;

/**
 * Adds to `candidates` each place where `text` writes a found document number with single blanks between some of its
 * characters ("N 15482093", "1 2 5 5 8 0 4 1 9"), unless something else was found there; same type and score.
 *
 * @example
 * const candidates = [{ type: 'PASSPORT', start: 22, end: 31, text: 'N15482093', score: 0.8, recognizer: 'passport' }];
 * addSpacedReadOuts('[photo] N 15482093 … ok N15482093', candidates);
 * candidates[1]?.text; // 'N 15482093'
 */
export function addSpacedReadOuts(text: string, candidates: PiiFinding[]): void {
  const values = new Map<string, PiiFinding>();
  for (const candidate of candidates) {
    if (values.size === mostValues) break;
    const value = candidate.text;
    if (!readOutTypes.has(candidate.type) || value.length < shortestValue || value.length > longestValue) continue;
    if (!/^[A-Z0-9]+$/.test(value) || values.has(value)) continue;
    values.set(value, candidate);
  }
  if (values.size === 0 || !text.includes(' ')) return;
  const found: PiiFinding[] = [];
  for (const [value, finding] of values) {
    for (let start = text.indexOf(value.charAt(0)); start !== -1;) {
      const end = spacedCopyEnd(text, start, value);
      if (
        end === -1 ||
        isAsciiAlphanumeric(text.charCodeAt(start - 1)) ||
        isAsciiAlphanumeric(text.charCodeAt(end)) ||
        overlapsAny(candidates, { start, end }) ||
        overlapsAny(found, { start, end })
      ) {
        start = text.indexOf(value.charAt(0), end === -1 ? start + 1 : end);
        continue;
      }
      found.push({ ...finding, start, end, text: text.slice(start, end) });
      start = text.indexOf(value.charAt(0), end);
    }
  }
  for (const finding of found) candidates.push(finding);
}

/**
 * Where the copy of `value` that opens at `start` ends, with a single blank perhaps between any two of its characters and
 * at least one somewhere (else it is a plain repeat), or -1. The value's characters are letters and digits, so a blank is
 * never one of them and the reading is the only one: no pattern needs to be compiled for each value.
 */
function spacedCopyEnd(text: string, start: number, value: string): number {
  let at = start;
  let spaced = false;
  for (let index = 0; index < value.length; index += 1) {
    if (index > 0 && text.charCodeAt(at) === 0x20) {
      at += 1;
      spaced = true;
    }
    if (text.charCodeAt(at) !== value.charCodeAt(index)) return -1;
    at += 1;
  }
  return spaced ? at : -1;
}

/** Values said in words are matched from this many digits: a shorter one is a count or an amount as often. */
const fewestSaidDigits = 6;
const syllableI = '이';

/**
 * Adds to `candidates` each number of `numbers` (said in English or Korean digit words) whose digits are those of an
 * identifier found written in `text`, unless something was found over it; same type and score. A last 이 right after the
 * words is read as the digit 2 where that makes the found value ("…삼공이요": …302, not …30 and the copula).
 *
 * @example
 * const candidates = [{ type: 'FRN', start: 40, end: 54, text: '890315-5124683', score: 0.9, recognizer: 'resident-number' }];
 * addSpelledReadOuts(text, findSpelledNumbers(text), candidates);
 */
export function addSpelledReadOuts(text: string, numbers: readonly SpelledNumber[], candidates: PiiFinding[]): void {
  const values = new Map<string, PiiFinding>();
  for (const candidate of candidates) {
    if (candidate.type === 'PERSON' || candidate.type === 'ADDRESS' || candidate.type === 'DATE_OF_BIRTH') continue;
    const digits = candidate.text.replace(/\D/g, '');
    if (digits.length >= fewestSaidDigits && !values.has(digits)) values.set(digits, candidate);
  }
  if (values.size === 0) return;
  const found: PiiFinding[] = [];
  for (const number of numbers) {
    const digits = number.digits.replace(/\D/g, '');
    let end = number.end;
    let finding = values.get(digits);
    if (finding === undefined && text.charAt(end) === syllableI) {
      finding = values.get(`${digits}2`);
      end += 1;
    }
    if (finding === undefined) continue;
    const span = { start: number.start, end };
    if (overlapsAny(candidates, span) || overlapsAny(found, span)) continue;
    found.push({ ...finding, ...span, text: text.slice(span.start, span.end) });
  }
  for (const finding of found) candidates.push(finding);
}
