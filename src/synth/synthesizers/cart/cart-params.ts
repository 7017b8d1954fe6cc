// The fitted CART model as plain JSON: one flattened tree per column, visited in a learned order.

/** A fitted column as the sampler needs it back (same name, type and cardinality as at fit). */
export interface CartColumnSchema {
  name: string;
  type: 'continuous' | 'discrete';
  /** discrete only. */
  cardinality?: number;
  /** continuous only: round sampled values to whole numbers. */
  integer?: boolean;
  /** continuous only: sampled values are clamped to the training range. */
  min?: number;
  max?: number;
  /** continuous only: smallest smoothing noise (standard deviation) a leaf adds, so no leaf copies values verbatim. */
  noiseFloor?: number;
}

/**
 * One tree, flattened in pre-order. Node i is a leaf when `feature[i]` is −1.
 * Continuous split: `value ≤ split[i]` goes left. Discrete split: `split[i]` is the offset in `categorySets` of a bitset
 * (32 categories per word) of the codes that go left. Leaf: `split[i]` is the offset of its payload in `leafData`.
 */
export interface CartTreeParams {
  feature: number[];
  split: number[];
  left: number[];
  right: number[];
  categorySets: number[];
  /**
   * Discrete target leaf: `[entries, code, count, code, count, …]`.
   * Continuous target leaf: `[atoms, knots, knotWeight, lineColumn, slope, intercept, atomValue, atomCount, …, knot, …]`:
   * exact atoms (such as zeros) with their counts, then quantile knots of the other values, which carry `knotWeight`
   * rows; when `lineColumn` ≥ 0 the knots are residuals around `intercept + slope · value of lineColumn`.
   */
  leafData: number[];
}

export interface CartParams {
  version: 1;
  /** Fitted columns in input order. */
  columns: CartColumnSchema[];
  /** Column indices in visiting order; `trees[k]` generates column `order[k]` from the columns visited before it. */
  order: number[];
  trees: CartTreeParams[];
  /** Share of the local knot spacing used as the standard deviation of the smoothing noise (0 = none). */
  smoothing: number;
}
