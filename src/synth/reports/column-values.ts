// Turns TypedTable cells into typed arrays once per column: numbers with NaN for missing, and category codes.
import { GenstackError } from '../../core/errors.ts';
import type { Cell, ColumnSpec, TypedTable } from '../table/types.ts';

/** Kinds quality and privacy metrics model; id and text columns are skipped (as SDMetrics skips id/pii columns). */
export function isModelledKind(kind: ColumnSpec['kind']): boolean {
  return kind !== 'id' && kind !== 'text';
}

export function isNumericKind(kind: ColumnSpec['kind']): boolean {
  return kind === 'numeric' || kind === 'datetime';
}

/** The category key of a cell, or null when missing (booleans become 'true' / 'false'). */
export function categoryKey(cell: Cell | undefined): string | null {
  if (cell === null || cell === undefined) return null;
  return typeof cell === 'string' ? cell : String(cell);
}

/** Numbers of a numeric/datetime column; missing and non-numeric cells become NaN. */
export function numericValues(values: readonly Cell[]): Float64Array {
  const result = new Float64Array(values.length);
  for (let index = 0; index < values.length; index += 1) {
    const cell = values[index];
    result[index] = typeof cell === 'number' && Number.isFinite(cell) ? cell : Number.NaN;
  }
  return result;
}

/** Finite values only, sorted ascending. */
export function sortedPresent(values: Float64Array): Float64Array {
  let count = 0;
  for (let index = 0; index < values.length; index += 1) if (!Number.isNaN(values[index] ?? Number.NaN)) count += 1;
  const present = new Float64Array(count);
  let next = 0;
  for (let index = 0; index < values.length; index += 1) {
    const value = values[index] ?? Number.NaN;
    if (!Number.isNaN(value)) present[next++] = value;
  }
  return present.sort();
}

export interface CategoryCodes {
  /** Label per code; null is the missing category. */
  labels: (string | null)[];
  /** One code array per input table, in the order given. */
  codes: Int32Array[];
}

/**
 * Codes shared by several tables' versions of one column: each distinct key (missing included) gets a code in
 * first-seen order, the first table's keys first.
 * @example
 * categoryCodes([['서울', null], ['부산']]).labels; // ['서울', null, '부산']
 */
export function categoryCodes(tables: readonly (readonly Cell[])[]): CategoryCodes {
  const codeOf = new Map<string | null, number>();
  const labels: (string | null)[] = [];
  const codes = tables.map((values) => {
    const result = new Int32Array(values.length);
    for (let index = 0; index < values.length; index += 1) {
      const key = categoryKey(values[index]);
      let code = codeOf.get(key);
      if (code === undefined) {
        code = labels.length;
        codeOf.set(key, code);
        labels.push(key);
      }
      result[index] = code;
    }
    return result;
  });
  return { labels, codes };
}

/** Counts of each code 0 … cardinality − 1. */
export function codeCounts(codes: Int32Array, cardinality: number): Float64Array {
  const counts = new Float64Array(cardinality);
  for (let index = 0; index < codes.length; index += 1) {
    const code = codes[index] ?? 0;
    counts[code] = (counts[code] ?? 0) + 1;
  }
  return counts;
}

/** The values of a column by name, or an invalid_request error naming the column and the table. */
export function columnValues(table: TypedTable, name: string, tableName: string): Cell[] {
  const column = table.columns.find((candidate) => candidate.spec.name === name);
  if (!column) {
    throw new GenstackError({
      code: 'invalid_request',
      message: `The ${tableName} table has no column '${name}'.`,
      param: name,
    });
  }
  return column.values;
}

/** Mean of the non-null numbers; null when there is none. */
export function meanOrNull(values: readonly (number | null)[]): number | null {
  let sum = 0;
  let count = 0;
  for (const value of values) {
    if (value === null || !Number.isFinite(value)) continue;
    sum += value;
    count += 1;
  }
  return count === 0 ? null : sum / count;
}
