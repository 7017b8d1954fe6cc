// Percentiles with linear interpolation between order statistics (numpy's default), and distance summaries.
import type { DistanceSummary } from './types.ts';

/**
 * The q-quantile (0 … 1) of values already sorted ascending; NaN when empty.
 * @example
 * quantileSorted(Float64Array.of(1, 2, 3, 4), 0.5); // 2.5
 */
export function quantileSorted(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = q * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.min(lower + 1, sorted.length - 1);
  const lowerValue = sorted[lower] ?? 0;
  return lowerValue + (position - lower) * ((sorted[upper] ?? 0) - lowerValue);
}

/**
 * Median, 5th percentile and mean of distances; null when there is none.
 * @example
 * distanceSummary(Float64Array.of(0, 0.2, 0.4)); // { median: 0.2, percentile5: 0.02, mean: 0.2 }
 */
export function distanceSummary(distances: Float64Array): DistanceSummary | null {
  if (distances.length === 0) return null;
  const sorted = Float64Array.from(distances).sort();
  let sum = 0;
  for (const distance of distances) sum += distance;
  return { median: quantileSorted(sorted, 0.5), percentile5: quantileSorted(sorted, 0.05), mean: sum / distances.length };
}
