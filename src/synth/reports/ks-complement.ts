// SDMetrics KSComplement: 1 − the two-sample Kolmogorov–Smirnov statistic of a numeric or datetime column.

/**
 * KS statistic of two samples that are already sorted ascending without missing values (scipy `ks_2samp` statistic).
 * @example
 * ksStatistic(Float64Array.of(1, 2, 3), Float64Array.of(1, 2, 4)); // 1/3
 */
export function ksStatistic(sortedReal: Float64Array, sortedSynthetic: Float64Array): number {
  const realCount = sortedReal.length;
  const syntheticCount = sortedSynthetic.length;
  let realIndex = 0;
  let syntheticIndex = 0;
  let statistic = 0;
  while (realIndex < realCount && syntheticIndex < syntheticCount) {
    const realValue = sortedReal[realIndex] ?? 0;
    const syntheticValue = sortedSynthetic[syntheticIndex] ?? 0;
    const value = realValue < syntheticValue ? realValue : syntheticValue;
    while (realIndex < realCount && (sortedReal[realIndex] ?? 0) <= value) realIndex += 1;
    while (syntheticIndex < syntheticCount && (sortedSynthetic[syntheticIndex] ?? 0) <= value) syntheticIndex += 1;
    const gap = Math.abs(realIndex / realCount - syntheticIndex / syntheticCount);
    if (gap > statistic) statistic = gap;
  }
  return statistic;
}

/**
 * KSComplement of two sorted samples; null when either side has no values.
 * @example
 * ksComplement(Float64Array.of(1, 2, 3), Float64Array.of(1, 2, 4)); // 2/3
 */
export function ksComplement(sortedReal: Float64Array, sortedSynthetic: Float64Array): number | null {
  if (sortedReal.length === 0 || sortedSynthetic.length === 0) return null;
  return 1 - ksStatistic(sortedReal, sortedSynthetic);
}
