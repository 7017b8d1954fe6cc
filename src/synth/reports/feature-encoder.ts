// Model features from a TypedTable: standardised numbers with a missing flag, one-hot of each column's top categories.
import type { TypedTable } from '../table/types.ts';
import { categoryKey, isModelledKind, isNumericKind, numericValues } from './column-values.ts';

/** Categories per column that get their own one-hot feature; the rest share an 'other' feature. */
export const topCategoryCount = 30;
/** Standardised values are clipped so one wild value (a test row far outside a narrow synthetic range) cannot dominate. */
const zLimit = 10;

interface NumericFeature {
  name: string;
  mean: number;
  scale: number;
  /** Feature index of the value; the missing flag is the next index. */
  index: number;
}

interface CategoricalFeature {
  name: string;
  /** Feature index per kept category (null = missing); others go to `otherIndex`. */
  indexOf: Map<string | null, number>;
  otherIndex: number;
}

export interface FeatureEncoder {
  numeric: NumericFeature[];
  categorical: CategoricalFeature[];
  width: number;
}

/** Sparse rows with the same number of stored entries per row (2 per numeric column, 1 per categorical). */
export interface SparseFeatures {
  rowCount: number;
  perRow: number;
  indices: Int32Array;
  values: Float64Array;
  width: number;
}

function numericFeature(name: string, values: Float64Array, index: number): NumericFeature {
  let sum = 0;
  let count = 0;
  for (const value of values) {
    if (value !== value) continue;
    sum += value;
    count += 1;
  }
  const mean = count === 0 ? 0 : sum / count;
  let squares = 0;
  for (const value of values) if (value === value) squares += (value - mean) ** 2;
  const deviation = count === 0 ? 0 : Math.sqrt(squares / count);
  return { name, mean, scale: deviation > 0 ? 1 / deviation : 1, index };
}

function categoricalFeature(name: string, keys: (string | null)[], index: number): CategoricalFeature {
  const counts = new Map<string | null, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, topCategoryCount);
  const indexOf = new Map<string | null, number>(top.map(([key], position) => [key, index + position]));
  return { name, indexOf, otherIndex: index + top.length };
}

/**
 * Learns the feature layout from a training table, leaving out the target, id and text columns.
 * @example
 * const encoder = fitFeatureEncoder(train, '구매여부');
 * encodeFeatures(encoder, test).width === encoder.width; // true
 */
export function fitFeatureEncoder(table: TypedTable, target: string): FeatureEncoder {
  const numeric: NumericFeature[] = [];
  const categorical: CategoricalFeature[] = [];
  let width = 0;
  for (const column of table.columns) {
    const { name, kind } = column.spec;
    if (name === target || !isModelledKind(kind)) continue;
    if (isNumericKind(kind)) {
      numeric.push(numericFeature(name, numericValues(column.values), width));
      width += 2;
    } else {
      const feature = categoricalFeature(name, column.values.map(categoryKey), width);
      categorical.push(feature);
      width = feature.otherIndex + 1;
    }
  }
  return { numeric, categorical, width };
}

/**
 * Encodes a table with a fitted layout; columns the table lacks read as missing.
 * @example
 * encodeFeatures(fitFeatureEncoder(train, 'price'), test).perRow; // 2 per numeric + 1 per categorical column
 */
export function encodeFeatures(encoder: FeatureEncoder, table: TypedTable): SparseFeatures {
  const perRow = encoder.numeric.length * 2 + encoder.categorical.length;
  const rowCount = table.rowCount;
  const indices = new Int32Array(rowCount * perRow);
  const values = new Float64Array(rowCount * perRow);
  const byName = new Map(table.columns.map((column) => [column.spec.name, column.values]));
  let slot = 0;
  for (const feature of encoder.numeric) {
    const column = numericValues(byName.get(feature.name) ?? new Array(rowCount).fill(null));
    for (let row = 0; row < rowCount; row += 1) {
      const value = column[row] ?? Number.NaN;
      const at = row * perRow + slot;
      const missing = value !== value;
      const z = missing ? 0 : (value - feature.mean) * feature.scale;
      indices[at] = feature.index;
      values[at] = Math.max(-zLimit, Math.min(zLimit, z));
      indices[at + 1] = feature.index + 1;
      values[at + 1] = missing ? 1 : 0;
    }
    slot += 2;
  }
  for (const feature of encoder.categorical) {
    const column = byName.get(feature.name);
    for (let row = 0; row < rowCount; row += 1) {
      const at = row * perRow + slot;
      indices[at] = feature.indexOf.get(categoryKey(column?.[row])) ?? feature.otherIndex;
      values[at] = 1;
    }
    slot += 1;
  }
  return { rowCount, perRow, indices, values, width: encoder.width };
}

/** The rows of sparse features at the given positions. */
export function selectRows(features: SparseFeatures, rows: Int32Array): SparseFeatures {
  const { perRow } = features;
  const indices = new Int32Array(rows.length * perRow);
  const values = new Float64Array(rows.length * perRow);
  rows.forEach((row, position) => {
    indices.set(features.indices.subarray(row * perRow, (row + 1) * perRow), position * perRow);
    values.set(features.values.subarray(row * perRow, (row + 1) * perRow), position * perRow);
  });
  return { ...features, rowCount: rows.length, indices, values };
}
