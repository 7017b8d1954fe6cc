// Right-skewed marginals shifted to just below the column minimum: lognormal and gamma fits and CDFs.
import { logGamma, normalCdf, normalQuantile, regularizedGammaP } from '../../../stats/index.ts';
import type { GammaMarginal, LognormalMarginal, MarginalSample } from './marginal-types.ts';

/** Shifts tried below the minimum, as shares of the range: the fit is very sensitive to where the support starts. */
const shiftShares = [1e-4, 1e-3, 1e-2, 0.05, 0.2, 1];

/**
 * Candidate shifts (support starts) for a right-skewed family.
 * @example
 * shiftCandidates(sample); // [min − 1e-4·range, …, min − range]
 */
export function shiftCandidates(sample: MarginalSample): number[] {
  const range = sample.max - sample.min;
  return range > 0 ? shiftShares.map((share) => sample.min - share * range) : [];
}

function logMoments(values: Float64Array, shift: number): { mean: number; logMean: number; logVariance: number } {
  let sum = 0;
  let logSum = 0;
  let logSquares = 0;
  for (const value of values) {
    const shifted = value - shift;
    const logValue = Math.log(shifted);
    sum += shifted;
    logSum += logValue;
    logSquares += logValue * logValue;
  }
  const count = values.length;
  const logMean = logSum / count;
  return { mean: sum / count, logMean, logVariance: Math.max(0, logSquares / count - logMean * logMean) };
}

/**
 * Lognormal of (x − shift) by maximum likelihood on the probe.
 * @example
 * fitLognormal(sample, sample.min - 1); // { family: 'lognormal', shift, logMean, logStd }
 */
export function fitLognormal(sample: MarginalSample, shift: number): LognormalMarginal | null {
  const { logMean, logVariance } = logMoments(sample.probe, shift);
  const logStd = Math.sqrt(logVariance);
  return logStd > 0 && Number.isFinite(logMean) ? { family: 'lognormal', shift, logMean, logStd } : null;
}

/**
 * P(X ≤ x) for a shifted lognormal.
 * @example
 * lognormalCdf({ family: 'lognormal', shift: 0, logMean: 0, logStd: 1 }, 1); // 0.5
 */
export function lognormalCdf(marginal: LognormalMarginal, x: number): number {
  if (x <= marginal.shift) return 0;
  return normalCdf((Math.log(x - marginal.shift) - marginal.logMean) / marginal.logStd);
}

/**
 * Closed-form lognormal quantile.
 * @example
 * lognormalQuantile({ family: 'lognormal', shift: 0, logMean: 0, logStd: 1 }, 0.5); // 1
 */
export function lognormalQuantile(marginal: LognormalMarginal, u: number): number {
  return marginal.shift + Math.exp(marginal.logMean + marginal.logStd * normalQuantile(u));
}

/**
 * Gamma of (x − shift): shape from Minka's closed-form approximation to the maximum-likelihood equation.
 * @example
 * fitGamma(sample, sample.min - 1); // { family: 'gamma', shift, shape, scale }
 */
export function fitGamma(sample: MarginalSample, shift: number): GammaMarginal | null {
  const { mean, logMean } = logMoments(sample.probe, shift);
  const s = Math.log(mean) - logMean;
  if (!(s > 0) || !Number.isFinite(s)) return null;
  const shape = (3 - s + Math.sqrt((s - 3) * (s - 3) + 24 * s)) / (12 * s);
  const scale = mean / shape;
  return shape > 0 && scale > 0 && Number.isFinite(shape) ? { family: 'gamma', shift, shape, scale } : null;
}

/**
 * P(X ≤ x) for a shifted gamma.
 * @example
 * gammaCdf({ family: 'gamma', shift: 0, shape: 1, scale: 1 }, 1); // 0.632…
 */
export function gammaCdf(marginal: GammaMarginal, x: number): number {
  return regularizedGammaP(marginal.shape, (x - marginal.shift) / marginal.scale);
}

/**
 * Density of a shifted gamma (for Newton steps when inverting the CDF).
 * @example
 * gammaDensity({ family: 'gamma', shift: 0, shape: 1, scale: 1 }, 1); // e⁻¹
 */
export function gammaDensity(marginal: GammaMarginal, x: number): number {
  const y = (x - marginal.shift) / marginal.scale;
  if (!(y > 0)) return 0;
  return Math.exp((marginal.shape - 1) * Math.log(y) - y - logGamma(marginal.shape)) / marginal.scale;
}
