// Kolmogorov–Smirnov distances: two samples against each other, or a sorted sample against a CDF.

/**
 * Two-sample KS statistic sup |F₁(x) − F₂(x)|, ties handled exactly. Pass `sorted: true` when both are sorted ascending.
 * @example
 * ksStatistic(new Float64Array([1, 2, 3]), new Float64Array([1, 2, 3])); // 0
 */
export function ksStatistic(first: Float64Array, second: Float64Array, options: { sorted?: boolean } = {}): number {
  if (first.length === 0 || second.length === 0) return first.length === second.length ? 0 : 1;
  const left = options.sorted ? first : Float64Array.from(first).sort();
  const right = options.sorted ? second : Float64Array.from(second).sort();
  let leftIndex = 0;
  let rightIndex = 0;
  let distance = 0;
  while (leftIndex < left.length && rightIndex < right.length) {
    const value = Math.min(left[leftIndex] ?? 0, right[rightIndex] ?? 0);
    while (leftIndex < left.length && (left[leftIndex] ?? 0) <= value) leftIndex++;
    while (rightIndex < right.length && (right[rightIndex] ?? 0) <= value) rightIndex++;
    distance = Math.max(distance, Math.abs(leftIndex / left.length - rightIndex / right.length));
  }
  return distance;
}

/** A distribution to test against: its CDF F(x) and left limit F(x−) (omit it for a continuous distribution). */
export interface CdfPair {
  cdf: (x: number) => number;
  cdfLeft?: (x: number) => number;
}

/**
 * One-sample KS statistic of a sample sorted ascending against a distribution; exact for distributions with atoms.
 * @example
 * ksAgainstCdf(sorted, { cdf: normalCdf });
 */
export function ksAgainstCdf(sorted: Float64Array, distribution: CdfPair): number {
  const count = sorted.length;
  let distance = 0;
  let index = 0;
  while (index < count) {
    const value = sorted[index] ?? 0;
    let end = index + 1;
    while (end < count && sorted[end] === value) end++;
    // The sample's CDF is flat between distinct values, so the supremum sits at a value or just before it.
    const atValue = distribution.cdf(value);
    const beforeValue = distribution.cdfLeft ? distribution.cdfLeft(value) : atValue;
    distance = Math.max(distance, Math.abs(end / count - atValue), Math.abs(index / count - beforeValue));
    index = end;
  }
  return distance;
}
