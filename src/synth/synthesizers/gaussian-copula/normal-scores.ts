// Normal scores of continuous columns: ranks turned into z = Φ⁻¹(u), ties spread uniformly over their CDF jump.
import { normalQuantile } from '../../stats/index.ts';

/** Normal scores are clipped here so that a u of exactly 0 or 1 stays finite. */
export const maxNormalScore = 8;

/**
 * Φ⁻¹(u) clipped to ±8.
 * @example
 * clippedNormalScore(0.5); // 0
 */
export function clippedNormalScore(u: number): number {
  const z = normalQuantile(u);
  if (z > maxNormalScore) return maxNormalScore;
  if (z < -maxNormalScore) return -maxNormalScore;
  return z;
}

function lowerBound(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? 0) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function upperBound(sorted: Float64Array, value: number, from: number): number {
  let low = from;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? 0) <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The u-intervals [F(x−), F(x)] of tied values (flat pairs low, high), where scores were randomized. */
function tieIntervals(sorted: Float64Array): Float64Array {
  const count = sorted.length;
  const intervals: number[] = [];
  for (let start = 0; start < count;) {
    let end = start + 1;
    while (end < count && sorted[end] === sorted[start]) end++;
    if (end - start > 1) intervals.push(start / count, end / count);
    start = end;
  }
  return Float64Array.from(intervals);
}

/**
 * Normal scores from the empirical CDF (randomized probability integral transform for ties and atoms), with the
 * u-intervals of the ties (see latent-correlation.ts for why they matter).
 * @example
 * continuousNormalScores(new Float64Array([3, 1, 2]), random).scores; // [0.97, −0.97, 0]
 */
export function continuousNormalScores(values: Float64Array, random: () => number): { scores: Float64Array; ties: Float64Array } {
  const count = values.length;
  const sorted = Float64Array.from(values).sort();
  const scores = new Float64Array(count);
  for (let row = 0; row < count; row++) {
    const value = values[row] ?? 0;
    const below = lowerBound(sorted, value);
    const through = upperBound(sorted, value, below);
    const u = through - below > 1 ? (below + random() * (through - below)) / count : (below + 0.5) / count;
    scores[row] = clippedNormalScore(u);
  }
  return { scores, ties: tieIntervals(sorted) };
}
