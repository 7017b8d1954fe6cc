// SDV's uniform encoder for discrete columns: each category owns an interval of [0, 1] as wide as its frequency.
import { clippedNormalScore } from './normal-scores.ts';

/**
 * Share of rows per code.
 * @example
 * categoryProbabilities(new Float64Array([0, 1, 1, 2]), 3); // [0.25, 0.5, 0.25]
 */
export function categoryProbabilities(codes: Float64Array, cardinality: number): number[] {
  const counts = new Float64Array(cardinality);
  for (const code of codes) counts[code] = (counts[code] ?? 0) + 1;
  return Array.from(counts, (count) => count / Math.max(1, codes.length));
}

/**
 * Where each code's interval starts, by code, for intervals laid out in `order`.
 * @example
 * intervalStarts([0.25, 0.5, 0.25], [1, 0, 2]); // Float64Array [0.5, 0, 0.75]
 */
export function intervalStarts(probabilities: readonly number[], order: readonly number[]): Float64Array {
  const starts = new Float64Array(probabilities.length);
  let cumulative = 0;
  for (const code of order) {
    starts[code] = cumulative;
    cumulative += probabilities[code] ?? 0;
  }
  return starts;
}

/**
 * Normal scores of a discrete column: u uniform inside the code's interval, then z = Φ⁻¹(u).
 * @example
 * discreteNormalScores(codes, { probabilities, order, random });
 */
export function discreteNormalScores(
  codes: Float64Array,
  layout: { probabilities: readonly number[]; order: readonly number[]; random: () => number },
): Float64Array {
  const starts = intervalStarts(layout.probabilities, layout.order);
  const scores = new Float64Array(codes.length);
  for (let row = 0; row < codes.length; row++) {
    const code = codes[row] ?? 0;
    scores[row] = clippedNormalScore((starts[code] ?? 0) + layout.random() * (layout.probabilities[code] ?? 0));
  }
  return scores;
}

/**
 * The code whose interval holds a position, given the cumulative interval ends in layout order on the same scale
 * (u in [0, 1], or normal scores when the ends are Φ⁻¹ of them, which spares a Φ per sampled value).
 * @example
 * codeAt(0.6, { ends: Float64Array.from([0.5, 0.75, 1]), order: [1, 0, 2] }); // 0
 */
export function codeAt(position: number, layout: { ends: Float64Array; order: readonly number[] }): number {
  const { ends, order } = layout;
  let low = 0;
  let high = ends.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((ends[middle] ?? 1) > position) high = middle;
    else low = middle + 1;
  }
  // Zero-width intervals at the very end are never chosen: step back to the last one that has mass.
  while (low > 0 && (ends[low] ?? 0) === (ends[low - 1] ?? 0)) low--;
  return order[low] ?? 0;
}

/**
 * The u-intervals of the categories that occur (flat pairs low, high), for the latent-correlation correction.
 * @example
 * categoryIntervals([0.25, 0.75], [1, 0]); // Float64Array [0.75, 1, 0, 0.75]
 */
export function categoryIntervals(probabilities: readonly number[], order: readonly number[]): Float64Array {
  const starts = intervalStarts(probabilities, order);
  const intervals: number[] = [];
  probabilities.forEach((p, code) => {
    if (p > 0) intervals.push(starts[code] ?? 0, (starts[code] ?? 0) + p);
  });
  return Float64Array.from(intervals);
}
