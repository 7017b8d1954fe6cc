// Fits every candidate family to a column and keeps the best by KS, preferring a parametric one within a margin.
import { fitBeta, fitUniform } from './bounded-families.ts';
import { fitEmpirical } from './empirical-family.ts';
import { marginalKs } from './goodness-of-fit.ts';
import type { Marginal, MarginalFamily, MarginalSample } from './marginal-types.ts';
import { fitNormal, fitTruncatedNormal } from './normal-family.ts';
import { fitGamma, fitLognormal, shiftCandidates } from './skewed-families.ts';

const lillieforsScale = 0.9;

export interface MarginalChoice {
  marginal: Marginal;
  ks: number;
  /** Every family that could be fitted, with its KS against the data (lower is better; measured on the probe). */
  candidates: { family: MarginalFamily; ks: number }[];
}

export interface SelectMarginalOptions {
  integer: boolean;
  /**
   * A parametric family wins when its KS is at most the empirical one's plus this margin (smoother, leaks less); small
   * samples widen the margin to the KS a correct family shows by chance.
   */
  parametricMargin: number;
  maxKnots: number;
  /** Families allowed (all by default); 'empirical' is always kept as the fallback. */
  families?: readonly MarginalFamily[];
}

/**
 * The best of one shifted family over the candidate shifts. All KS distances are measured on the probe: its evenly
 * spaced order statistics match the sample's CDF to within 1 / probe size, at a fraction of the cost.
 */
function bestShifted(
  sample: MarginalSample,
  integer: boolean,
  fit: (sample: MarginalSample, shift: number) => Marginal | null,
): Marginal | null {
  let best: Marginal | null = null;
  let bestKs = Number.POSITIVE_INFINITY;
  // A quarter of the probe is plenty to rank shifts (KS resolution 1/1000).
  const coarse = sample.probe.filter((_, index) => index % 4 === 0);
  for (const shift of shiftCandidates(sample)) {
    const marginal = fit(sample, shift);
    if (!marginal) continue;
    const ks = marginalKs(coarse, marginal, integer);
    if (ks < bestKs) {
      best = marginal;
      bestKs = ks;
    }
  }
  return best;
}

/**
 * Chooses a column's marginal: normal, truncated normal, lognormal, gamma, beta, uniform or empirical.
 * @example
 * selectMarginal(sample, { integer: false, parametricMargin: 0.01, maxKnots: 256 }).marginal.family; // 'gamma'
 */
export function selectMarginal(sample: MarginalSample, options: SelectMarginalOptions): MarginalChoice {
  const allowed = new Set<MarginalFamily>(options.families ?? []);
  const allows = (family: MarginalFamily) => options.families === undefined || allowed.has(family);
  const parametric: (Marginal | null)[] = [
    allows('normal') ? fitNormal(sample) : null,
    allows('truncated-normal') ? fitTruncatedNormal(sample) : null,
    allows('lognormal') ? bestShifted(sample, options.integer, fitLognormal) : null,
    allows('gamma') ? bestShifted(sample, options.integer, fitGamma) : null,
    allows('beta') ? fitBeta(sample) : null,
    allows('uniform') ? fitUniform(sample) : null,
  ];
  const scored = parametric
    .filter((marginal): marginal is Marginal => marginal !== null)
    .map((marginal) => ({ marginal, ks: marginalKs(sample.probe, marginal, options.integer) }))
    .filter((candidate) => Number.isFinite(candidate.ks));
  const empiricalMarginal = fitEmpirical(sample.sorted, options.maxKnots);
  const empirical = { marginal: empiricalMarginal as Marginal, ks: marginalKs(sample.probe, empiricalMarginal, options.integer) };
  const candidates = [...scored, empirical].map(({ marginal, ks }) => ({ family: marginal.family, ks }));
  // Within the KS a correct family shows by chance (Lilliefors' 5 % point ≈ 0.9/√n) a parametric family is no worse.
  const margin = Math.max(options.parametricMargin, lillieforsScale / Math.sqrt(sample.sorted.length));
  const bestKs = Math.min(...scored.map((candidate) => candidate.ks));
  // Among near-equal parametric fits the simpler family (earlier in the list: normal first) wins.
  const bestParametric = scored.find((candidate) => candidate.ks <= bestKs + margin / 4);
  const chosen = bestParametric && bestParametric.ks <= empirical.ks + margin ? bestParametric : empirical;
  return { marginal: chosen.marginal, ks: chosen.ks, candidates };
}
