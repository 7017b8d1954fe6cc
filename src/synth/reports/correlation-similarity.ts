// SDMetrics CorrelationSimilarity: 1 − |ρ real − ρ synthetic| / 2 with Pearson ρ over rows where both values exist.
import { pearsonOrNull } from '../stats/index.ts';

/**
 * Pearson correlation over rows where neither value is NaN; null with fewer than 2 such rows or a constant column.
 * @example
 * pearson(Float64Array.of(1, 2, 3), Float64Array.of(2, 4, 7)); // ≈ 0.993
 */
export function pearson(first: Float64Array, second: Float64Array): number | null {
  let count = 0;
  for (let index = 0; index < first.length; index += 1) if (bothPresent(first[index], second[index])) count += 1;
  if (count === first.length && first.length === second.length) return pearsonOrNull(first, second);
  const presentFirst = new Float64Array(count);
  const presentSecond = new Float64Array(count);
  let next = 0;
  for (let index = 0; index < first.length; index += 1) {
    if (!bothPresent(first[index], second[index])) continue;
    presentFirst[next] = first[index] ?? 0;
    presentSecond[next] = second[index] ?? 0;
    next += 1;
  }
  return pearsonOrNull(presentFirst, presentSecond);
}

function bothPresent(a: number | undefined, b: number | undefined): boolean {
  return a !== undefined && b !== undefined && !Number.isNaN(a) && !Number.isNaN(b);
}

/**
 * CorrelationSimilarity from two correlations; null when either is null.
 * @example
 * correlationSimilarity(0.8, 0.2); // 0.7
 */
export function correlationSimilarity(realCorrelation: number | null, syntheticCorrelation: number | null): number | null {
  if (realCorrelation === null || syntheticCorrelation === null) return null;
  return 1 - Math.abs(realCorrelation - syntheticCorrelation) / 2;
}
