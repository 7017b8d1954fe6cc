// Keeps one finding per stretch of text: higher score wins, then the longer span, then the earlier one.
import type { PiiFinding } from './types.ts';

/**
 * @example
 * resolveOverlaps([
 *   { type: 'RRN', start: 0, end: 14, text: '850312-1234565', score: 0.9, recognizer: 'resident-number' },
 *   { type: 'CRN', start: 0, end: 14, text: '850312-1234565', score: 0.6, recognizer: 'corporate-number' },
 * ]).map((finding) => finding.type); // ['RRN']
 */
export function resolveOverlaps(findings: readonly PiiFinding[]): PiiFinding[] {
  return resolveOverlapsOfOwnedArray([...findings]);
}

/**
 * Whether `span` overlaps any of `spans` (half-open ranges sharing at least one character).
 *
 * @example
 * overlapsAny([{ start: 0, end: 4 }], { start: 3, end: 6 }); // true
 */
export function overlapsAny(spans: ReadonlyArray<{ start: number; end: number }>, span: { start: number; end: number }): boolean {
  return spans.some((other) => other.start < span.end && span.start < other.end);
}

/**
 * `overlapsAny` for many questions about spans that only grow (pushed to between questions, never otherwise changed),
 * each question read against the spans of its own stretch of the text. A long export holds tens of thousands of
 * findings, and reading them all at each new value took a search the square of its length; a short text's few are read
 * one by one as before.
 *
 * @example
 * const found = [{ start: 0, end: 4 }];
 * const overlapsFound = overlapIndex(found);
 * overlapsFound({ start: 3, end: 6 }); // true
 * found.push({ start: 9, end: 12 });
 * overlapsFound({ start: 10, end: 11 }); // true
 */
export function overlapIndex(spans: ReadonlyArray<{ start: number; end: number }>): (span: { start: number; end: number }) => boolean {
  let byStretch: Map<number, Array<{ start: number; end: number }>> | undefined;
  let indexed = 0;
  return (span) => {
    if (spans.length <= shortList) return overlapsAny(spans, span);
    byStretch ??= new Map();
    for (; indexed < spans.length; indexed += 1) {
      const other = spans[indexed]!;
      for (let stretch = firstStretch(other), last = lastStretch(other); stretch <= last; stretch += 1) {
        const held = byStretch.get(stretch);
        if (held === undefined) byStretch.set(stretch, [other]);
        else held.push(other);
      }
    }
    for (let stretch = firstStretch(span), last = lastStretch(span); stretch <= last; stretch += 1) {
      const held = byStretch.get(stretch);
      if (held !== undefined && overlapsAny(held, span)) return true;
    }
    return false;
  };
}

// Two spans that overlap share a character, and an empty one that overlaps a span stands inside it: either way a stretch
// of 64 characters holds both, so a span is filed under every stretch from its first character to its last.
const stretchBits = 6;
const firstStretch = (span: { start: number }) => span.start >> stretchBits;
const lastStretch = (span: { start: number; end: number }) => Math.max(span.start, span.end - 1) >> stretchBits;

/**
 * `resolveOverlaps` for an array the caller owns and no longer reads: it is ranked in place, sparing the scanner a copy
 * per text.
 *
 * @example
 * resolveOverlapsOfOwnedArray(candidates); // candidates is reordered
 */
export function resolveOverlapsOfOwnedArray(findings: PiiFinding[]): PiiFinding[] {
  if (findings.length <= 1) return findings;
  // Most texts hold a few candidates that do not touch: in start order they are the answer, and the ranking below
  // (a comparator sort and splices, a microsecond a text) is needed only when two overlap.
  // A long document's many candidates (where some overlap anyway) skip the quadratic insertion sort.
  if (findings.length <= shortList) {
    sortByStartInPlace(findings);
    if (areDisjoint(findings)) return findings;
  }
  const ranked = findings.sort(
    (left, right) => right.score - left.score || right.end - right.start - (left.end - left.start) || left.start - right.start,
  );
  // Accepted findings kept sorted by start, so each candidate checks only its two neighbours.
  const accepted: PiiFinding[] = [];
  for (const candidate of ranked) {
    const index = firstStartingAtOrAfter(accepted, candidate.start);
    const previous = accepted[index - 1];
    const next = accepted[index];
    if (previous !== undefined && previous.end > candidate.start) continue;
    if (next !== undefined && next.start < candidate.end) continue;
    accepted.splice(index, 0, candidate);
  }
  return accepted;
}

/**
 * How many of `sorted` (findings or spans in start order) start before `start`: where one starting there would go.
 *
 * @example
 * firstStartingAtOrAfter([{ start: 0, end: 2 }, { start: 5, end: 9 }], 5); // 1
 */
export function firstStartingAtOrAfter(sorted: ReadonlyArray<{ start: number }>, start: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle]?.start ?? 0) < start) low = middle + 1;
    else high = middle;
  }
  return low;
}

const shortList = 16;

/** A stable insertion sort by start: the arrays hold a handful of candidates, and equal starts keep their order. */
function sortByStartInPlace(findings: PiiFinding[]): void {
  for (let index = 1; index < findings.length; index += 1) {
    const finding = findings[index]!;
    let before = index - 1;
    while (before >= 0 && findings[before]!.start > finding.start) {
      findings[before + 1] = findings[before]!;
      before -= 1;
    }
    findings[before + 1] = finding;
  }
}

/** Whether findings sorted by start are all non-empty and none overlaps the next (then none overlaps any other). */
function areDisjoint(sorted: readonly PiiFinding[]): boolean {
  let previousEnd = -1;
  for (const finding of sorted) {
    if (finding.end <= finding.start || finding.start < previousEnd) return false;
    previousEnd = finding.end;
  }
  return true;
}
