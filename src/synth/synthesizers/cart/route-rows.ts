// Sends every sampled row down a tree at once, reading the columns generated so far; returns each row's leaf offset.
import type { CartTreeParams } from './cart-params.ts';

/** A tree unpacked into typed arrays once per sample call, so routing 100k rows stays a tight loop. */
export interface PackedTree {
  feature: Int32Array;
  split: Float64Array;
  left: Int32Array;
  right: Int32Array;
  categorySets: Float64Array;
  leafData: Float64Array;
}

export function packTree(tree: CartTreeParams): PackedTree {
  return {
    feature: Int32Array.from(tree.feature),
    split: Float64Array.from(tree.split),
    left: Int32Array.from(tree.left),
    right: Int32Array.from(tree.right),
    categorySets: Float64Array.from(tree.categorySets),
    leafData: Float64Array.from(tree.leafData),
  };
}

export interface RouteInput {
  /** Generated values by column index (columns not generated yet are never read). */
  columns: readonly Float64Array[];
  /** Whether each column is discrete (its splits test a category bitset). */
  discrete: readonly boolean[];
  rows: number;
}

/**
 * Offset in `leafData` of the leaf each row lands in.
 * @example
 * const leaves = routeRows(packTree(params.trees[1]), { columns, discrete, rows: 1000 });
 */
export function routeRows(tree: PackedTree, input: RouteInput): Int32Array {
  const leaves = new Int32Array(input.rows);
  const { feature, split, left, right, categorySets } = tree;
  for (let row = 0; row < input.rows; row += 1) {
    let node = 0;
    let column = feature[0] ?? -1;
    while (column >= 0) {
      const value = input.columns[column]?.[row] ?? 0;
      const threshold = split[node] ?? 0;
      let goesLeft: boolean;
      if (input.discrete[column] === true) {
        const word = categorySets[threshold + (value >>> 5)] ?? 0;
        goesLeft = ((word >>> (value & 31)) & 1) === 1;
      } else goesLeft = value <= threshold;
      node = goesLeft ? (left[node] ?? 0) : (right[node] ?? 0);
      column = feature[node] ?? -1;
    }
    leaves[row] = split[node] ?? 0;
  }
  return leaves;
}
