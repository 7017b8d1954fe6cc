// Exact distance to the closest record: an inverted index on rare categorical codes gives each reference row a lower
// bound, and only rows that can still win are scanned over the remaining columns, stopping once they cannot.
import { missingValue, rowMajor, type DistanceLayout } from './distance-matrix.ts';

interface CodeBuckets {
  /** Rows of code slot s are rows[offsets[s] … offsets[s + 1] − 1]; the last slot holds missing values. */
  offsets: Int32Array;
  rows: Int32Array;
}

export interface ReferenceSet {
  rowCount: number;
  /** Row-major values of the scanned columns. */
  scanned: Float64Array;
  scannedWidth: number;
  /** One inverted index per indexed column. */
  buckets: CodeBuckets[];
  /** Total column count, the divisor of the mean distance. */
  width: number;
}

export interface QuerySet {
  rowCount: number;
  scanned: Float64Array;
  /** Row-major codes of the indexed columns. */
  indexed: Float64Array;
}

function slotCount(values: Float64Array): number {
  let maxCode = -1;
  for (const value of values) if (value !== missingValue && value > maxCode) maxCode = value;
  return maxCode + 2;
}

function slotOf(value: number, slots: number): number {
  if (value === missingValue) return slots - 1;
  return value >= 0 && value < slots - 1 ? value : -1;
}

function codeBuckets(values: Float64Array): CodeBuckets {
  const slots = slotCount(values);
  const offsets = new Int32Array(slots + 1);
  for (const value of values) {
    const slot = slotOf(value, slots) + 1;
    offsets[slot] = (offsets[slot] ?? 0) + 1;
  }
  for (let slot = 0; slot < slots; slot += 1) offsets[slot + 1] = (offsets[slot + 1] ?? 0) + (offsets[slot] ?? 0);
  const next = offsets.slice(0, slots);
  const rows = new Int32Array(values.length);
  values.forEach((value, row) => {
    const slot = slotOf(value, slots);
    rows[next[slot] ?? 0] = row;
    next[slot] = (next[slot] ?? 0) + 1;
  });
  return { offsets, rows };
}

/**
 * Prepares reference rows (encoded columns) for nearest searches with the given layout.
 * @example
 * const train = referenceSet(trainColumns, layout);
 */
export function referenceSet(columns: Float64Array[], layout: DistanceLayout): ReferenceSet {
  return {
    rowCount: columns[0]?.length ?? 0,
    scanned: rowMajor(columns, layout.scanned),
    scannedWidth: layout.scanned.length,
    buckets: layout.indexed.map((column) => codeBuckets(columns[column] ?? new Float64Array(0))),
    width: layout.scanned.length + layout.indexed.length,
  };
}

/**
 * Prepares query rows (encoded columns) with the same layout as the reference set.
 * @example
 * const queries = querySet(syntheticColumns, layout);
 */
export function querySet(columns: Float64Array[], layout: DistanceLayout): QuerySet {
  return {
    rowCount: columns[0]?.length ?? 0,
    scanned: rowMajor(columns, layout.scanned),
    indexed: rowMajor(columns, layout.indexed),
  };
}

/**
 * For each query row, the smallest mean over columns of min(|a − b|, 1) to any reference row (NaN without references).
 * @example
 * nearestDistances(querySet(syntheticColumns, layout), referenceSet(trainColumns, layout)); // DCRs in 0 … 1
 */
export function nearestDistances(queries: QuerySet, references: ReferenceSet): Float64Array {
  const result = new Float64Array(queries.rowCount);
  const { rowCount, scanned, scannedWidth, buckets, width } = references;
  if (rowCount === 0) return result.fill(Number.NaN);
  if (width === 0) return result;
  const indexedWidth = buckets.length;
  // Matches per reference row among the indexed columns; at most 255 indexed columns, so a byte each.
  const matches = new Uint8Array(rowCount);
  const query = new Float64Array(scannedWidth);
  const slots = new Int32Array(indexedWidth);
  for (let queryRow = 0; queryRow < queries.rowCount; queryRow += 1) {
    query.set(queries.scanned.subarray(queryRow * scannedWidth, (queryRow + 1) * scannedWidth));
    for (let column = 0; column < indexedWidth; column += 1) {
      const bucket = buckets[column] as CodeBuckets;
      const slot = slotOf(queries.indexed[queryRow * indexedWidth + column] ?? 0, bucket.offsets.length - 1);
      slots[column] = slot;
      if (slot < 0) continue;
      const end = bucket.offsets[slot + 1] as number;
      for (let position = bucket.offsets[slot] as number; position < end; position += 1) {
        const row = bucket.rows[position] as number;
        matches[row] = (matches[row] as number) + 1;
      }
    }
    let best = Infinity;
    for (let row = 0, base = 0; row < rowCount; row += 1, base += scannedWidth) {
      // Every unmatched indexed column adds exactly 1, so this is a lower bound for the row's distance.
      let sum = indexedWidth - (matches[row] as number);
      if (sum >= best) continue;
      // Four columns between checks: fewer mispredicted exits than a check per column, and still an early stop.
      let column = 0;
      for (; column + 4 <= scannedWidth; column += 4) {
        const at = base + column;
        sum +=
          Math.min(Math.abs((query[column] as number) - (scanned[at] as number)), 1) +
          Math.min(Math.abs((query[column + 1] as number) - (scanned[at + 1] as number)), 1) +
          Math.min(Math.abs((query[column + 2] as number) - (scanned[at + 2] as number)), 1) +
          Math.min(Math.abs((query[column + 3] as number) - (scanned[at + 3] as number)), 1);
        if (sum >= best) break;
      }
      if (sum >= best) continue;
      for (; column < scannedWidth; column += 1) {
        sum += Math.min(Math.abs((query[column] as number) - (scanned[base + column] as number)), 1);
      }
      if (sum < best) {
        best = sum;
        if (best === 0) break;
      }
    }
    for (let column = 0; column < indexedWidth; column += 1) {
      const slot = slots[column] as number;
      if (slot < 0) continue;
      const bucket = buckets[column] as CodeBuckets;
      const end = bucket.offsets[slot + 1] as number;
      for (let position = bucket.offsets[slot] as number; position < end; position += 1) matches[bucket.rows[position] as number] = 0;
    }
    result[queryRow] = best / width;
  }
  return result;
}
