// Draws over a seeded random source (normal, log-normal, weighted picks), so every generated value is reproducible.
import { standardNormal } from '../stats/index.ts';

export type Random = () => number;

/**
 * A seed of its own for one dataset or stream, so datasets generated with the same user seed do not share draws.
 * @example
 * seededRandom(deriveSeed(42, 'healthcare-patients'));
 */
export function deriveSeed(seed: number, salt: string): number {
  let hash = (2166136261 ^ (seed >>> 0)) >>> 0;
  for (let index = 0; index < salt.length; index += 1) hash = Math.imul(hash ^ salt.charCodeAt(index), 16777619);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  return hash >>> 0;
}

/**
 * A log-normal draw with the given median and log-scale spread: amounts, costs and stays are skewed this way.
 * @example
 * logNormal(random, { median: 24_000, sigma: 0.7 }); // a restaurant bill in won
 */
export function logNormal(random: Random, shape: { median: number; sigma: number }): number {
  return shape.median * Math.exp(shape.sigma * standardNormal(random));
}

/**
 * Running totals of weights, for `pickIndex`.
 * @example
 * cumulativeWeights([1, 3]); // Float64Array [1, 4]
 */
export function cumulativeWeights(weights: readonly number[]): Float64Array {
  const cumulative = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((weight, index) => {
    total += Math.max(0, weight);
    cumulative[index] = total;
  });
  return cumulative;
}

/**
 * An index drawn with probability proportional to its weight (binary search over `cumulativeWeights`).
 * @example
 * pickIndex(random, cumulativeWeights([1, 3])); // 1 three times in four
 */
export function pickIndex(random: Random, cumulative: Float64Array): number {
  const total = cumulative[cumulative.length - 1] ?? 0;
  const target = random() * total;
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((cumulative[middle] ?? 0) > target) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * An integer in [minimum, maximum].
 * @example
 * integerBetween(random, { minimum: 24, maximum: 72 });
 */
export function integerBetween(random: Random, range: { minimum: number; maximum: number }): number {
  return range.minimum + Math.floor(random() * (range.maximum - range.minimum + 1));
}

/**
 * @example
 * logistic(0); // 0.5
 */
export function logistic(logit: number): number {
  return 1 / (1 + Math.exp(-logit));
}

/**
 * @example
 * clamp(230, { minimum: 80, maximum: 220 }); // 220
 */
export function clamp(value: number, range: { minimum: number; maximum: number }): number {
  return Math.min(range.maximum, Math.max(range.minimum, value));
}

/**
 * Digits of `value`, left-padded with zeros to `width` (ids like 'TX-00012345').
 * @example
 * padNumber(7, 3); // '007'
 */
export function padNumber(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
