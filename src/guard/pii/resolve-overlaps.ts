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
 * `resolveOverlaps` for an array the caller owns and no longer reads: it is ranked in place, sparing the scanner a copy
 * per text.
 *
 * @example
 * resolveOverlapsOfOwnedArray(candidates); // candidates is reordered
 */
export function resolveOverlapsOfOwnedArray(findings: PiiFinding[]): PiiFinding[] {
  if (findings.length <= 1) return findings;
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

function firstStartingAtOrAfter(sorted: readonly PiiFinding[], start: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle]?.start ?? 0) < start) low = middle + 1;
    else high = middle;
  }
  return low;
}
