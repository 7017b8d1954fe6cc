// The synthesizers a model file may name, looked up by name so a saved model finds its sampler again.
import { GenstackError } from '../../core/index.ts';
import { bayesNet } from '../synthesizers/bayes-net/index.ts';
import { cartSynthesizer } from '../synthesizers/cart/index.ts';
import { gaussianCopula } from '../synthesizers/gaussian-copula/index.ts';
import type { SynthesizerName, TabularSynthesizer, TabularSynthesizerName } from '../synthesizers/types.ts';

const tabular: Record<TabularSynthesizerName, TabularSynthesizer> = {
  'gaussian-copula': gaussianCopula as TabularSynthesizer,
  'bayes-net': bayesNet as TabularSynthesizer,
  cart: cartSynthesizer as TabularSynthesizer,
};

export const synthesizerNames: readonly SynthesizerName[] = ['gaussian-copula', 'bayes-net', 'cart', 'timeseries'];

/** What each synthesizer is for, for help texts and the API. */
export const synthesizerSummaries: Record<SynthesizerName, string> = {
  'gaussian-copula': 'fast; per-column marginals chosen by goodness of fit, joined by a Gaussian copula; conditional sampling',
  'bayes-net': 'Bayesian network over discretised columns; optional differential privacy (--epsilon)',
  cart: 'highest fidelity; columns one after another, each from a CART tree over the ones before (non-linear and mixed dependencies)',
  timeseries: 'per-entity sequences: lengths, context, seasonality and lag structure',
};

export function isSynthesizerName(name: string): name is SynthesizerName {
  return (synthesizerNames as readonly string[]).includes(name);
}

/**
 * @example
 * tabularSynthesizer('cart').fit(encoded, { seed: 1 });
 */
export function tabularSynthesizer(name: string): TabularSynthesizer {
  const synthesizer = tabular[name as TabularSynthesizerName];
  if (!synthesizer)
    throw new GenstackError({
      code: 'invalid_request',
      message: `Unknown synthesizer '${name}'. Choose one of: ${synthesizerNames.join(', ')}.`,
      param: 'synthesizer',
    });
  return synthesizer;
}
