// The marginal distributions a continuous column may get, as plain JSON, and the sample every family is fitted from.

export interface NormalMarginal {
  family: 'normal';
  mean: number;
  std: number;
}

/** A normal renormalised to [lower, upper]. */
export interface TruncatedNormalMarginal {
  family: 'truncated-normal';
  mean: number;
  std: number;
  lower: number;
  upper: number;
}

/** ln(x − shift) ~ Normal(logMean, logStd); the shift sits just below the column minimum. */
export interface LognormalMarginal {
  family: 'lognormal';
  shift: number;
  logMean: number;
  logStd: number;
}

/** (x − shift) ~ Gamma(shape, scale). */
export interface GammaMarginal {
  family: 'gamma';
  shift: number;
  shape: number;
  scale: number;
}

/** (x − lower) / (upper − lower) ~ Beta(alpha, beta). */
export interface BetaMarginal {
  family: 'beta';
  lower: number;
  upper: number;
  alpha: number;
  beta: number;
}

export interface UniformMarginal {
  family: 'uniform';
  lower: number;
  upper: number;
}

/**
 * The quantile function as knots (probability, value) joined linearly; equal values over a probability span are an atom
 * (a zero-inflated cost keeps its exact zero share).
 */
export interface EmpiricalMarginal {
  family: 'empirical';
  probabilities: number[];
  values: number[];
}

export type Marginal =
  NormalMarginal | TruncatedNormalMarginal | LognormalMarginal | GammaMarginal | BetaMarginal | UniformMarginal | EmpiricalMarginal;

export type MarginalFamily = Marginal['family'];

/** What the family fitters read: a sorted subsample plus the full column's range. */
export interface MarginalSample {
  sorted: Float64Array;
  /** A few thousand evenly spaced order statistics of `sorted`, for cheap fits and KS distances. */
  probe: Float64Array;
  min: number;
  max: number;
  mean: number;
  std: number;
}
