// SDMetrics CorrelationSimilarity: 1 − |ρ real − ρ synthetic| / 2 with Pearson ρ over rows where both values exist.

/**
 * Pearson correlation over rows where neither value is NaN; null with fewer than 2 such rows or a constant column.
 * @example
 * pearson(Float64Array.of(1, 2, 3), Float64Array.of(2, 4, 7)); // ≈ 0.993
 */
export function pearson(first: Float64Array, second: Float64Array): number | null {
  let count = 0;
  let firstSum = 0;
  let secondSum = 0;
  for (let index = 0; index < first.length; index += 1) {
    const a = first[index] ?? Number.NaN;
    const b = second[index] ?? Number.NaN;
    if (a !== a || b !== b) continue;
    count += 1;
    firstSum += a;
    secondSum += b;
  }
  if (count < 2) return null;
  // Two passes around the means: datetimes are ~1e12 ms, where one-pass sums of squares lose all precision.
  const firstMean = firstSum / count;
  const secondMean = secondSum / count;
  let cross = 0;
  let firstSquares = 0;
  let secondSquares = 0;
  for (let index = 0; index < first.length; index += 1) {
    const a = first[index] ?? Number.NaN;
    const b = second[index] ?? Number.NaN;
    if (a !== a || b !== b) continue;
    const da = a - firstMean;
    const db = b - secondMean;
    cross += da * db;
    firstSquares += da * da;
    secondSquares += db * db;
  }
  if (firstSquares <= 0 || secondSquares <= 0) return null;
  const correlation = cross / Math.sqrt(firstSquares * secondSquares);
  return Math.max(-1, Math.min(1, correlation));
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
