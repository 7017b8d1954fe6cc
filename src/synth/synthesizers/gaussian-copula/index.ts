// The Gaussian copula synthesizer's public surface.
export { createGaussianCopula, gaussianCopula } from './gaussian-copula.ts';
export type {
  CategoryOrder,
  ContinuousColumnParams,
  CopulaColumnParams,
  DiscreteColumnParams,
  GaussianCopulaOptions,
  GaussianCopulaParams,
} from './params.ts';
export type { Marginal, MarginalFamily } from './marginals/marginal-types.ts';
