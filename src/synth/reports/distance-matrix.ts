// Encodes modelled columns as numbers where min(|a − b|, 1) is the normalised per-column distance of the DCR metric.
import type { TypedTable } from '../table/types.ts';
import { categoryKey, columnValues, isModelledKind, isNumericKind, numericValues } from './column-values.ts';

/** Far from every encoded value, so missing vs value is distance 1 and missing vs missing is 0. */
export const missingValue = 1e300;
/** A constant training column: any other value is a full mismatch. */
const constantColumnScale = 1e15;

export interface ColumnEncoding {
  name: string;
  /** Encoded values are integer category codes (or missing), so the distance is a 0/1 mismatch. */
  categorical: boolean;
  encode: (values: TypedTable['columns'][number]['values'], rows: Int32Array | null) => Float64Array;
}

function numericEncoding(name: string, train: TypedTable): ColumnEncoding {
  const trainValues = numericValues(columnValues(train, name, 'train'));
  let min = Infinity;
  let max = -Infinity;
  for (const value of trainValues) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  if (min > max) min = max = 0;
  // |a − b| / (max − min): scaling once here keeps the nearest-neighbour loop to a subtraction.
  const scale = max > min ? 1 / (max - min) : constantColumnScale;
  return {
    name,
    categorical: false,
    encode: (values, rows) => {
      const numbers = numericValues(values);
      const count = rows ? rows.length : numbers.length;
      const encoded = new Float64Array(count);
      for (let index = 0; index < count; index += 1) {
        const value = numbers[rows ? (rows[index] ?? 0) : index] ?? Number.NaN;
        encoded[index] = value !== value ? missingValue : (value - min) * scale;
      }
      return encoded;
    },
  };
}

function categoricalEncoding(name: string): ColumnEncoding {
  // Integer codes differ by at least 1 when the categories differ, so min(|a − b|, 1) is the 0/1 mismatch.
  const codes = new Map<string, number>();
  return {
    name,
    categorical: true,
    encode: (values, rows) => {
      const count = rows ? rows.length : values.length;
      const encoded = new Float64Array(count);
      for (let index = 0; index < count; index += 1) {
        const key = categoryKey(values[rows ? (rows[index] ?? 0) : index]);
        if (key === null) {
          encoded[index] = missingValue;
          continue;
        }
        let code = codes.get(key);
        if (code === undefined) {
          code = codes.size;
          codes.set(key, code);
        }
        encoded[index] = code;
      }
      return encoded;
    },
  };
}

/** Encoders of the train table's modelled columns, ranges taken from the train table. */
export function distanceEncodings(train: TypedTable): ColumnEncoding[] {
  return train.columns
    .filter((column) => isModelledKind(column.spec.kind))
    .map((column) => (isNumericKind(column.spec.kind) ? numericEncoding(column.spec.name, train) : categoricalEncoding(column.spec.name)));
}

/**
 * Column-major encoded columns of a table (optionally only some rows), one Float64Array per encoding.
 * @example
 * encodeColumns(synthetic, 'synthetic', { encodings, rows: null });
 */
export function encodeColumns(
  table: TypedTable,
  tableName: string,
  options: { encodings: ColumnEncoding[]; rows: Int32Array | null },
): Float64Array[] {
  return options.encodings.map((encoding) => encoding.encode(columnValues(table, encoding.name, tableName), options.rows));
}

/** Share of random row pairs with the same code: Σ p², from the reference column. */
function collisionRate(values: Float64Array): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let rate = 0;
  for (const count of counts.values()) rate += (count / values.length) ** 2;
  return rate;
}

/** Categorical columns whose codes rarely collide go to an inverted index; the rest are scanned row by row. */
const indexedCollisionLimit = 0.1;

export interface DistanceLayout {
  /** Scanned columns, the ones where random rows differ most first, so a candidate row stops after the fewest. */
  scanned: number[];
  /** Categorical columns looked up through an inverted index (rows sharing the query's code). */
  indexed: number[];
}

/**
 * Splits columns into indexed (rare-collision categorical) and scanned ones, scanned ordered by typical distance.
 * @example
 * distanceLayout({ encodings, queries: queryColumns, references: trainColumns }); // { scanned: [3, 0], indexed: [1, 2] }
 */
export function distanceLayout(options: {
  encodings: ColumnEncoding[];
  queries: Float64Array[];
  references: Float64Array[];
}): DistanceLayout {
  const { encodings, queries, references } = options;
  const indexed: number[] = [];
  const scanned: number[] = [];
  encodings.forEach((encoding, column) => {
    const reference = references[column] ?? new Float64Array(0);
    const rare = encoding.categorical && reference.length > 0 && collisionRate(reference) <= indexedCollisionLimit;
    if (rare && indexed.length < 255) indexed.push(column);
    else scanned.push(column);
  });
  const spread = encodings.map((_, column) => {
    const query = queries[column] ?? new Float64Array(0);
    const reference = references[column] ?? new Float64Array(0);
    const samples = Math.min(256, query.length, reference.length);
    let sum = 0;
    for (let index = 0; index < samples; index += 1) {
      sum += Math.min(Math.abs((query[index] ?? 0) - (reference[(index * 7919) % reference.length] ?? 0)), 1);
    }
    return samples === 0 ? 0 : sum / samples;
  });
  scanned.sort((a, b) => (spread[b] ?? 0) - (spread[a] ?? 0) || a - b);
  return { scanned, indexed };
}

/**
 * Row-major matrix (rows × order.length) of the given columns in order.
 * @example
 * rowMajor([Float64Array.of(1, 2), Float64Array.of(3, 4)], [1, 0]); // [3, 1, 4, 2]
 */
export function rowMajor(columns: Float64Array[], order: number[]): Float64Array {
  const rowCount = columns[0]?.length ?? 0;
  const width = order.length;
  const matrix = new Float64Array(rowCount * width);
  order.forEach((column, position) => {
    const values = columns[column] ?? new Float64Array(rowCount);
    for (let row = 0; row < rowCount; row += 1) matrix[row * width + position] = values[row] ?? 0;
  });
  return matrix;
}
