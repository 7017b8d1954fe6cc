// The fitted Gaussian copula as plain JSON: one entry per column (marginal or category intervals) and the correlation of normal scores.
import type { Marginal, MarginalFamily } from './marginals/marginal-types.ts';

export interface ContinuousColumnParams {
  name: string;
  type: 'continuous';
  /** Sampled values are rounded to whole numbers. */
  integer: boolean;
  /** Observed range; samples are clamped to it. */
  min: number;
  max: number;
  /** The chosen marginal distribution. */
  marginal: Marginal;
  /** KS distance between the data and the chosen marginal (0 = perfect). */
  ks: number;
  /** Every family tried, with its KS. */
  candidates: { family: MarginalFamily; ks: number }[];
}

export interface DiscreteColumnParams {
  name: string;
  type: 'discrete';
  cardinality: number;
  /** Share of training rows per code. */
  probabilities: number[];
  /** Codes in the order their intervals sit inside [0, 1] (each interval as wide as the code's share). */
  order: number[];
}

export type CopulaColumnParams = ContinuousColumnParams | DiscreteColumnParams;

export interface GaussianCopulaParams {
  version: 1;
  /** Rows the model was fitted on. */
  rowCount: number;
  columns: CopulaColumnParams[];
  /** Positive-definite correlation matrix of the columns' normal scores (rows and columns in `columns` order). */
  correlation: number[][];
}

/** How category intervals are ordered inside [0, 1], which decides the correlations the copula can express. */
export type CategoryOrder = 'correlated' | 'frequency' | 'code';

export interface GaussianCopulaOptions {
  /** A parametric marginal wins over the empirical one when its KS is at most this much worse (at least 0.9/√n). Default 0.01. */
  parametricMargin?: number;
  categoryOrder?: CategoryOrder;
  /** Knots of an empirical marginal. Default 256. */
  maxKnots?: number;
  /** Values per column that marginals are fitted on. Default 20 000. */
  marginalSampleSize?: number;
  /** Correct the correlation of tied / categorical scores to the latent normal correlation. Default true. */
  latentCorrection?: boolean;
  /** Restrict the marginal families tried (the empirical one stays as the fallback). */
  families?: readonly MarginalFamily[];
}
