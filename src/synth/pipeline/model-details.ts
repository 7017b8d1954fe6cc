// What a fitted model learned, in a form a person can read: marginal families, the Bayesian network, the sequence layout.
import type { BayesNetParams } from '../synthesizers/bayes-net/index.ts';
import type { GaussianCopulaParams } from '../synthesizers/gaussian-copula/index.ts';
import type { SynthModel } from './synth-model.ts';

export type ModelDetails =
  | { marginals: { column: string; family: string; ks: number }[] }
  | { network: { child: string; parents: string[] }[]; privacy: BayesNetParams['privacy'] }
  | { sequence: { entityColumn: string; timeColumn: string | null; contextColumns: string[]; meanLength: number } }
  | Record<string, never>;

/**
 * @example
 * modelDetails(model); // { marginals: [{ column: 'income', family: 'lognormal', ks: 0.012 }, …] }
 */
export function modelDetails(model: SynthModel): ModelDetails {
  if (model.synthesizer === 'gaussian-copula') {
    const params = model.params as GaussianCopulaParams;
    return {
      marginals: params.columns.flatMap((column) =>
        column.type === 'continuous' ? [{ column: column.name, family: column.marginal.family, ks: Number(column.ks.toFixed(4)) }] : [],
      ),
    };
  }
  if (model.synthesizer === 'bayes-net') {
    const params = model.params as BayesNetParams;
    return { network: params.network, privacy: params.privacy };
  }
  if (model.synthesizer === 'timeseries' && model.sequence) {
    const { entityColumn, timeColumn, contextColumns, meanLength } = model.sequence;
    return { sequence: { entityColumn, timeColumn, contextColumns, meanLength: Number(meanLength.toFixed(1)) } };
  }
  return {};
}
