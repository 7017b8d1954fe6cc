// The Gaussian copula tabular synthesizer: fit and sample wired to the TabularSynthesizer contract.
import type { TabularSynthesizer } from '../types.ts';
import { fitGaussianCopula } from './fit-gaussian-copula.ts';
import type { GaussianCopulaOptions, GaussianCopulaParams } from './params.ts';
import { sampleGaussianCopula } from './sample-gaussian-copula.ts';

/**
 * A Gaussian copula synthesizer with non-default options (margins, category order, knots).
 * @example
 * createGaussianCopula({ categoryOrder: 'frequency' }).fit(encoded, { seed: 1 });
 */
export function createGaussianCopula(options: GaussianCopulaOptions = {}): TabularSynthesizer<GaussianCopulaParams> {
  return {
    name: 'gaussian-copula',
    supportsConditions: true,
    fit: (table, context) => fitGaussianCopula(table, context, options),
    sample: (params, context) => sampleGaussianCopula(params, context),
  };
}

/**
 * @example
 * const params = gaussianCopula.fit(encoded, { seed: 7 });
 * const rows = gaussianCopula.sample(params, { rows: 1000, random: seededRandom(7) });
 */
export const gaussianCopula: TabularSynthesizer<GaussianCopulaParams> = createGaussianCopula();
