// Marginals on a bounded interval: beta scaled to just around [min, max] and uniform on [min, max].
import { logGamma, regularizedBeta } from '../../../stats/index.ts';
import type { BetaMarginal, MarginalSample, UniformMarginal } from './marginal-types.ts';

/** How far the beta support reaches past the data range (share of the range), so the extremes have density. */
const betaPadding = 1e-3;

/**
 * Beta on [min − pad, max + pad] by the method of moments.
 * @example
 * fitBeta(sample); // { family: 'beta', lower, upper, alpha: 2.1, beta: 5.3 }
 */
export function fitBeta(sample: MarginalSample): BetaMarginal | null {
  const range = sample.max - sample.min;
  if (!(range > 0)) return null;
  const lower = sample.min - betaPadding * range;
  const upper = sample.max + betaPadding * range;
  const width = upper - lower;
  const mean = (sample.mean - lower) / width;
  const variance = (sample.std / width) ** 2;
  const common = (mean * (1 - mean)) / variance - 1;
  if (!(common > 0) || !Number.isFinite(common)) return null;
  return { family: 'beta', lower, upper, alpha: mean * common, beta: (1 - mean) * common };
}

/**
 * P(X ≤ x) for a scaled beta.
 * @example
 * betaCdf({ family: 'beta', lower: 0, upper: 2, alpha: 2, beta: 2 }, 1); // 0.5
 */
export function betaCdf(marginal: BetaMarginal, x: number): number {
  return regularizedBeta((x - marginal.lower) / (marginal.upper - marginal.lower), marginal.alpha, marginal.beta);
}

/**
 * Density of a scaled beta (for Newton steps when inverting the CDF).
 * @example
 * betaDensity({ family: 'beta', lower: 0, upper: 1, alpha: 2, beta: 2 }, 0.5); // 1.5
 */
export function betaDensity(marginal: BetaMarginal, x: number): number {
  const width = marginal.upper - marginal.lower;
  const y = (x - marginal.lower) / width;
  if (!(y > 0 && y < 1)) return 0;
  const logNormalizer = logGamma(marginal.alpha + marginal.beta) - logGamma(marginal.alpha) - logGamma(marginal.beta);
  return Math.exp(logNormalizer + (marginal.alpha - 1) * Math.log(y) + (marginal.beta - 1) * Math.log(1 - y)) / width;
}

/**
 * Uniform on [min, max].
 * @example
 * fitUniform(sample); // { family: 'uniform', lower: 0, upper: 10 }
 */
export function fitUniform(sample: MarginalSample): UniformMarginal | null {
  return sample.max > sample.min ? { family: 'uniform', lower: sample.min, upper: sample.max } : null;
}

/**
 * @example
 * uniformCdf({ family: 'uniform', lower: 0, upper: 10 }, 2.5); // 0.25
 */
export function uniformCdf(marginal: UniformMarginal, x: number): number {
  return Math.min(1, Math.max(0, (x - marginal.lower) / (marginal.upper - marginal.lower)));
}

/**
 * @example
 * uniformQuantile({ family: 'uniform', lower: 0, upper: 10 }, 0.25); // 2.5
 */
export function uniformQuantile(marginal: UniformMarginal, u: number): number {
  return marginal.lower + u * (marginal.upper - marginal.lower);
}
