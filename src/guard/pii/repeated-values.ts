// A value found once is found wherever the text repeats it: an agent reading a passport number back ("Thank you, GK608214
// is now saved"), a form restating an account, a log naming the same address twice.
import { isAsciiAlphanumeric } from './recognizers/digit-boundaries.ts';
import type { PiiFinding } from './types.ts';

/** Shorter values repeat by chance ("2024", "10:30"), so a repeat counts from six characters with a digit among them. */
const shortestRepeated = 6;
/**
 * How many characters the searches may read in all (each value's search reads the whole text): a conversation's read-back
 * fits many times over, while an export of thousands of rows, whose every value its own line's search finds, is left
 * alone rather than read thousands of times.
 */
const searchBudget = 4_000_000;

/**
 * Adds to `candidates` a copy of each identifier found at every other place `text` holds it whole, unless something else
 * was found there. Each value is searched once, and a place is tested against the candidates' spans by a binary search:
 * an export that repeats one row thousands of times holds thousands of candidates.
 *
 * @example
 * const candidates = [{ type: 'PASSPORT', start: 0, end: 8, text: 'GK608214', score: 0.85, recognizer: 'passport' }];
 * addRepeatedValues('GK608214, … GK608214 is saved', candidates);
 * candidates.map((finding) => finding.start); // [0, 12]
 */
export function addRepeatedValues(text: string, candidates: PiiFinding[]): void {
  const found = candidates.length;
  if (found * text.length > searchBudget) return;
  let spans: Spans | undefined;
  const searched = new Set<string>();
  for (let index = 0; index < found; index += 1) {
    const finding = candidates[index]!;
    const value = finding.text;
    if (!repeatable(finding.type) || value.length < shortestRepeated || searched.has(value) || !/\d/.test(value)) continue;
    searched.add(value);
    for (let at = text.indexOf(value); at !== -1; at = text.indexOf(value, at + value.length)) {
      const end = at + value.length;
      if (at === finding.start || !standsWhole(text, at, end)) continue;
      spans ??= spansOf(candidates.slice(0, found));
      if (overlapsAny(spans, at, end)) continue;
      candidates.push({ ...finding, start: at, end });
      spans.added.push({ start: at, end });
    }
  }
}

/** The candidates' spans by start, each with the furthest end up to it; and the repeats added since, few. */
interface Spans {
  starts: number[];
  furthestEnds: number[];
  added: Array<{ start: number; end: number }>;
}

function spansOf(findings: readonly PiiFinding[]): Spans {
  const sorted = [...findings].sort((left, right) => left.start - right.start);
  const furthestEnds: number[] = [];
  let furthest = -1;
  for (const finding of sorted) furthestEnds.push((furthest = Math.max(furthest, finding.end)));
  return { starts: sorted.map((finding) => finding.start), furthestEnds, added: [] };
}

function overlapsAny(spans: Spans, start: number, end: number): boolean {
  // The last span that starts before `end`: any span overlapping [start, end) starts before it, and one of them reaches past
  // `start` exactly when the furthest end up to it does.
  let low = 0;
  let high = spans.starts.length - 1;
  let last = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (spans.starts[middle]! < end) {
      last = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  if (last !== -1 && spans.furthestEnds[last]! > start) return true;
  return spans.added.some((span) => span.start < end && start < span.end);
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
