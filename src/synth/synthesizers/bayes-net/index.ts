// Public surface of the bayes-net (PrivBayes) synthesizer.
export { bayesNet } from './bayes-net.ts';
export { validateEpsilon } from './validate-epsilon.ts';
export type {
  BayesNetParams,
  BayesNetPrivacy,
  BinnedColumn,
  ConditionalTable,
  DiscreteBinnedColumn,
  NetworkNode,
  QuantileBinnedColumn,
  UniformBinnedColumn,
} from './types.ts';
