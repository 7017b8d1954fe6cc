// Turns a normal score z into a column value: closed forms where cheap, a precomputed z-grid table for the costly families.
import { normalCdf } from '../../../stats/index.ts';
import type { ContinuousColumnParams } from '../params.ts';
import { maxNormalScore } from '../normal-scores.ts';
import { empiricalQuantile } from './empirical-family.ts';
import { marginalQuantile } from './marginal-distribution.ts';

/** Grid points per unit of z for tabulated quantiles (2049 points over ±8). */
const gridDensity = 128;

function tabulatedQuantile(column: ContinuousColumnParams): (z: number) => number {
  const size = 2 * maxNormalScore * gridDensity + 1;
  const table = new Float64Array(size);
  let previous: number | undefined;
  for (let index = 0; index < size; index++) {
    const u = normalCdf(index / gridDensity - maxNormalScore);
    previous = marginalQuantile(column.marginal, u, {
      min: column.min,
      max: column.max,
      ...(previous === undefined ? {} : { start: previous }),
    });
    table[index] = previous;
  }
  return (z) => {
    const position = (Math.min(maxNormalScore, Math.max(-maxNormalScore, z)) + maxNormalScore) * gridDensity;
    const index = Math.min(size - 2, Math.floor(position));
    const low = table[index] ?? 0;
    return low + (position - index) * ((table[index + 1] ?? low) - low);
  };
}

function rawSampler(column: ContinuousColumnParams): (z: number) => number {
  const { marginal } = column;
  switch (marginal.family) {
    case 'normal':
      return (z) => marginal.mean + marginal.std * z;
    case 'lognormal':
      return (z) => marginal.shift + Math.exp(marginal.logMean + marginal.logStd * z);
    case 'uniform':
      return (z) => marginal.lower + normalCdf(z) * (marginal.upper - marginal.lower);
    case 'empirical':
      return (z) => empiricalQuantile(marginal, normalCdf(z));
    case 'truncated-normal':
    case 'gamma':
    case 'beta':
      return tabulatedQuantile(column);
  }
}

/**
 * A function from normal score to the column's value: the marginal's quantile at Φ(z), clamped to [min, max], rounded
 * for integer columns.
 * @example
 * createMarginalSampler(columnParams)(0); // the median
 */
export function createMarginalSampler(column: ContinuousColumnParams): (z: number) => number {
  const raw = rawSampler(column);
  const { min, max, integer } = column;
  return (z) => {
    const value = Math.min(max, Math.max(min, raw(z)));
    return integer ? Math.round(value) : value;
  };
}
