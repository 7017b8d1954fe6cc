// Compact empirical marginals: a few hundred evenly spaced quantiles, read back by linear interpolation.

/**
 * Quantiles of `values` at `maxPoints` evenly spaced probabilities (all values when there are fewer).
 * @example
 * fitQuantiles([3, 1, 2], 3); // [1, 2, 3]
 */
export function fitQuantiles(values: ArrayLike<number>, maxPoints: number): number[] {
  const sorted = Float64Array.from(values).sort();
  const count = sorted.length;
  if (count === 0) return [0];
  const points = Math.max(1, Math.min(count, maxPoints));
  if (points === 1) return [sorted[0] ?? 0];
  const quantiles: number[] = [];
  for (let index = 0; index < points; index++) {
    const position = (index * (count - 1)) / (points - 1);
    const low = Math.floor(position);
    const lowValue = sorted[low] ?? 0;
    const highValue = sorted[Math.min(count - 1, low + 1)] ?? lowValue;
    quantiles.push(lowValue + (position - low) * (highValue - lowValue));
  }
  return quantiles;
}

/**
 * The value at probability `u` ∈ [0, 1] of quantiles made by `fitQuantiles`.
 * @example
 * quantileAt([0, 10], 0.25); // 2.5
 */
export function quantileAt(quantiles: readonly number[], u: number): number {
  const points = quantiles.length;
  if (points <= 1) return quantiles[0] ?? 0;
  const position = Math.min(1, Math.max(0, u)) * (points - 1);
  const low = Math.min(points - 2, Math.floor(position));
  const lowValue = quantiles[low] ?? 0;
  const highValue = quantiles[low + 1] ?? lowValue;
  return lowValue + (position - low) * (highValue - lowValue);
}

/**
 * Median of a typed array slice (copies it).
 * @example
 * median(Float64Array.of(5, 1, 3)); // 3
 */
export function median(values: Float64Array): number {
  if (values.length === 0) return 0;
  const sorted = Float64Array.from(values).sort();
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
