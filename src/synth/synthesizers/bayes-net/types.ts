// The JSON parameters a fitted bayes-net synthesizer keeps: per-column bins, the network and its conditional tables.

/** A continuous column cut into equal-frequency bins; values inside a bin are drawn through its quantile knots. */
export interface QuantileBinnedColumn {
  name: string;
  type: 'continuous';
  integer: boolean;
  binning: 'quantile';
  /** Per bin, knotsPerBin + 1 increasing values (the bin's within-bin quantiles, first = smallest, last = largest). */
  knots: number[][];
}

/**
 * A continuous column cut into equal-width bins over [min, max]; values inside a bin are uniform. Used under
 * differential privacy: min and max are taken as public bounds (see `BayesNetPrivacy.publicBounds`).
 */
export interface UniformBinnedColumn {
  name: string;
  type: 'continuous';
  integer: boolean;
  binning: 'uniform';
  /** bins + 1 non-decreasing edges; equal first two edges mark a zero-width bin holding exactly the lower bound. */
  edges: number[];
}

/** A discrete column: bins are kept codes, plus one pooled 'other' bin when the column has too many categories. */
export interface DiscreteBinnedColumn {
  name: string;
  type: 'discrete';
  cardinality: number;
  /** The code of each kept bin. */
  keptCodes: number[];
  /** The pooled bin's codes and their sampling weights (observed counts; all 1 under differential privacy), or null. */
  other: { codes: number[]; weights: number[] } | null;
}

export type BinnedColumn = QuantileBinnedColumn | UniformBinnedColumn | DiscreteBinnedColumn;

/** The conditional distribution of one attribute given its parents, sparse by parent configuration. */
export interface ConditionalTable {
  /** Parent configuration index: mixed radix over `parents` in order, the first parent varying fastest. */
  configurations: number[];
  /** Per listed configuration, the child bins with weight and their (unnormalised) weights. */
  bins: number[][];
  weights: number[][];
  /** Child bin weights used for configurations not listed (the child's marginal). */
  fallback: number[];
  /** Pseudo-count spread by `fallback` over every listed configuration (0 under differential privacy). */
  smoothing: number;
}

export interface NetworkNode {
  /** Encoded column index of the attribute. */
  column: number;
  /** Encoded column indices of its parents (all earlier in the sampling order). */
  parents: number[];
  conditional: ConditionalTable;
}

export interface BayesNetPrivacy {
  epsilon: number;
  /** ε1 = β·ε, spent on choosing the network (exponential mechanism); 0 when no parents are useful (degree 0). */
  structureEpsilon: number;
  /** ε2 = ε − ε1, spent on the Laplace-noised conditional tables. */
  conditionalEpsilon: number;
  beta: number;
  theta: number;
  /** Noisy joint tables released (each gets ε2 / releasedTables). */
  releasedTables: number;
  /**
   * Assumption behind the guarantee: the schema (column min/max used as equal-width bin bounds, category lists and
   * their order, the row count) is public knowledge; only the rows are protected.
   */
  publicBounds: string;
}

export interface BayesNetParams {
  version: 1;
  rowCount: number;
  /** One entry per encoded column, in the fitted order. */
  columns: BinnedColumn[];
  /** Most parents any attribute may have. */
  degree: number;
  privacy: BayesNetPrivacy | null;
  /** The network in sampling order, by column name: child → parents. */
  network: { child: string; parents: string[] }[];
  /** The same network with its conditional tables, in sampling order. */
  nodes: NetworkNode[];
}
