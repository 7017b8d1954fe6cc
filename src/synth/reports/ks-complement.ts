// SDMetrics KSComplement: 1 − the two-sample Kolmogorov–Smirnov statistic of a numeric or datetime column.
import { ksStatistic } from '../stats/index.ts';

/**
 * KSComplement of two samples sorted ascending without missing values (scipy `ks_2samp` statistic); null when either
 * side has no values.
 * @example
 * ksComplement(Float64Array.of(1, 2, 3), Float64Array.of(1, 2, 4)); // 2/3
 */
export function ksComplement(sortedReal: Float64Array, sortedSynthetic: Float64Array): number | null {
  if (sortedReal.length === 0 || sortedSynthetic.length === 0) return null;
  return 1 - ksStatistic(sortedReal, sortedSynthetic, { sorted: true });
}
