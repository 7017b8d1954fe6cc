// Normal and truncated-normal marginals: maximum-likelihood fits, CDF and quantile.
import { normalCdf, normalQuantile } from '../../../stats/index.ts';
import type { MarginalSample, NormalMarginal, TruncatedNormalMarginal } from './marginal-types.ts';
import { minimizeTwoParameters } from './nelder-mead.ts';

/**
 * Normal with the sample mean and standard deviation; null for a constant column.
 * @example
 * fitNormal(sample); // { family: 'normal', mean: 41.2, std: 9.8 }
 */
export function fitNormal(sample: MarginalSample): NormalMarginal | null {
  return sample.std > 0 ? { family: 'normal', mean: sample.mean, std: sample.std } : null;
}

/**
 * @example
 * normalMarginalCdf({ family: 'normal', mean: 10, std: 2 }, 10); // 0.5
 */
export function normalMarginalCdf(marginal: NormalMarginal, x: number): number {
  return normalCdf((x - marginal.mean) / marginal.std);
}

/**
 * @example
 * normalMarginalQuantile({ family: 'normal', mean: 10, std: 2 }, 0.975); // 13.92
 */
export function normalMarginalQuantile(marginal: NormalMarginal, u: number): number {
  return marginal.mean + marginal.std * normalQuantile(u);
}

/**
 * Truncated normal on [min, max] by maximum likelihood (Nelder–Mead over mean and log std, from sufficient statistics).
 * @example
 * fitTruncatedNormal(sample); // { family: 'truncated-normal', mean, std, lower: min, upper: max }
 */
export function fitTruncatedNormal(sample: MarginalSample): TruncatedNormalMarginal | null {
  if (!(sample.std > 0) || !(sample.max > sample.min)) return null;
  // Work in standardized units so the optimizer's step sizes mean the same for every column.
  const lower = (sample.min - sample.mean) / sample.std;
  const upper = (sample.max - sample.mean) / sample.std;
  let sum = 0;
  let sumSquares = 0;
  for (const value of sample.probe) {
    const y = (value - sample.mean) / sample.std;
    sum += y;
    sumSquares += y * y;
  }
  const count = sample.probe.length;
  const meanY = sum / count;
  const meanSquaresY = sumSquares / count;
  const negativeLogLikelihood = ([mean, logStd]: [number, number]): number => {
    const std = Math.exp(logStd);
    const mass = normalCdf((upper - mean) / std) - normalCdf((lower - mean) / std);
    if (!(mass > 1e-300) || !Number.isFinite(std)) return Number.POSITIVE_INFINITY;
    return logStd + (meanSquaresY - 2 * mean * meanY + mean * mean) / (2 * std * std) + Math.log(mass);
  };
  const [mean, logStd] = minimizeTwoParameters(negativeLogLikelihood, { start: [0, 0] });
  const std = Math.exp(logStd);
  const mass = normalCdf((upper - mean) / std) - normalCdf((lower - mean) / std);
  if (!(mass > 1e-9) || !Number.isFinite(mean)) return null;
  return {
    family: 'truncated-normal',
    mean: sample.mean + mean * sample.std,
    std: std * sample.std,
    lower: sample.min,
    upper: sample.max,
  };
}

/**
 * P(X ≤ x) for a normal renormalised to [lower, upper].
 * @example
 * truncatedNormalCdf({ family: 'truncated-normal', mean: 0, std: 1, lower: -1, upper: 1 }, 0); // 0.5
 */
export function truncatedNormalCdf(marginal: TruncatedNormalMarginal, x: number): number {
  if (x <= marginal.lower) return 0;
  if (x >= marginal.upper) return 1;
  const below = normalCdf((marginal.lower - marginal.mean) / marginal.std);
  const mass = normalCdf((marginal.upper - marginal.mean) / marginal.std) - below;
  return Math.min(1, Math.max(0, (normalCdf((x - marginal.mean) / marginal.std) - below) / mass));
}

/**
 * Closed-form truncated-normal quantile through Φ and Φ⁻¹.
 * @example
 * truncatedNormalQuantile({ family: 'truncated-normal', mean: 0, std: 1, lower: 0, upper: 5 }, 0.5); // 0.674
 */
export function truncatedNormalQuantile(marginal: TruncatedNormalMarginal, u: number): number {
  const below = normalCdf((marginal.lower - marginal.mean) / marginal.std);
  const above = normalCdf((marginal.upper - marginal.mean) / marginal.std);
  const value = marginal.mean + marginal.std * normalQuantile(below + u * (above - below));
  return Math.min(marginal.upper, Math.max(marginal.lower, value));
}
