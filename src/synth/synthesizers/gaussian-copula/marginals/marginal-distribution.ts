// CDF, left limit and quantile of any marginal family, dispatched on `family`.
import { betaCdf, betaDensity, uniformCdf, uniformQuantile } from './bounded-families.ts';
import { empiricalCdf, empiricalCdfLeft, empiricalQuantile } from './empirical-family.ts';
import { invertCdf } from './invert-cdf.ts';
import type { Marginal } from './marginal-types.ts';
import { normalMarginalCdf, normalMarginalQuantile, truncatedNormalCdf, truncatedNormalQuantile } from './normal-family.ts';
import { gammaCdf, gammaDensity, lognormalCdf, lognormalQuantile } from './skewed-families.ts';

/**
 * P(X ≤ x) under a marginal.
 * @example
 * marginalCdf({ family: 'uniform', lower: 0, upper: 10 }, 2.5); // 0.25
 */
export function marginalCdf(marginal: Marginal, x: number): number {
  switch (marginal.family) {
    case 'normal':
      return normalMarginalCdf(marginal, x);
    case 'truncated-normal':
      return truncatedNormalCdf(marginal, x);
    case 'lognormal':
      return lognormalCdf(marginal, x);
    case 'gamma':
      return gammaCdf(marginal, x);
    case 'beta':
      return betaCdf(marginal, x);
    case 'uniform':
      return uniformCdf(marginal, x);
    case 'empirical':
      return empiricalCdf(marginal, x);
  }
}

/**
 * P(X < x): differs from the CDF only at an empirical marginal's atoms.
 * @example
 * marginalCdfLeft({ family: 'empirical', probabilities: [0, 0.6, 1], values: [0, 0, 10] }, 0); // 0
 */
export function marginalCdfLeft(marginal: Marginal, x: number): number {
  return marginal.family === 'empirical' ? empiricalCdfLeft(marginal, x) : marginalCdf(marginal, x);
}

/** Density of the families inverted numerically (0 for the others, which have closed-form quantiles). */
function marginalDensity(marginal: Marginal, x: number): number {
  if (marginal.family === 'gamma') return gammaDensity(marginal, x);
  if (marginal.family === 'beta') return betaDensity(marginal, x);
  return 0;
}

/**
 * Q(u) clamped to `range` (the column's observed [min, max]); gamma and beta are inverted numerically from `range.start`.
 * @example
 * marginalQuantile({ family: 'normal', mean: 0, std: 1 }, 0.975, { min: -5, max: 5 }); // 1.96
 */
export function marginalQuantile(marginal: Marginal, u: number, range: { min: number; max: number; start?: number }): number {
  let value: number;
  switch (marginal.family) {
    case 'normal':
      value = normalMarginalQuantile(marginal, u);
      break;
    case 'truncated-normal':
      value = truncatedNormalQuantile(marginal, u);
      break;
    case 'lognormal':
      value = lognormalQuantile(marginal, u);
      break;
    case 'uniform':
      value = uniformQuantile(marginal, u);
      break;
    case 'empirical':
      value = empiricalQuantile(marginal, u);
      break;
    case 'gamma':
    case 'beta':
      value = invertCdf((x) => marginalCdf(marginal, x), {
        p: u,
        lower: range.min,
        upper: range.max,
        density: (x) => marginalDensity(marginal, x),
        ...(range.start === undefined ? {} : { start: range.start }),
      });
      break;
  }
  return Math.min(range.max, Math.max(range.min, value));
}
