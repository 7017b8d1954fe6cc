// KS distance between a column's values and a marginal, as the sampler will produce them (integers rounded).
import { ksAgainstCdf, type CdfPair } from '../../../stats/index.ts';
import { marginalCdf, marginalCdfLeft } from './marginal-distribution.ts';
import type { Marginal } from './marginal-types.ts';

/**
 * The CDF pair of a marginal (no left limit for the continuous families); for integer columns, of the marginal rounded
 * to whole numbers.
 * @example
 * sampledCdf(marginal, true).cdf(3); // P(round(X) ≤ 3)
 */
export function sampledCdf(marginal: Marginal, integer: boolean): CdfPair {
  if (integer) {
    return {
      cdf: (x) => marginalCdfLeft(marginal, x + 0.5),
      cdfLeft: (x) => marginalCdfLeft(marginal, x - 0.5),
    };
  }
  if (marginal.family !== 'empirical') return { cdf: (x) => marginalCdf(marginal, x) };
  return { cdf: (x) => marginalCdf(marginal, x), cdfLeft: (x) => marginalCdfLeft(marginal, x) };
}

/**
 * KS statistic of a sorted sample against a marginal.
 * @example
 * marginalKs(sorted, { family: 'normal', mean: 0, std: 1 }, false); // 0.012
 */
export function marginalKs(sorted: Float64Array, marginal: Marginal, integer: boolean): number {
  return ksAgainstCdf(sorted, sampledCdf(marginal, integer));
}
