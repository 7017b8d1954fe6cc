// Exact-copy checks: synthetic rows identical to a training row on every modelled column, and verbatim text values.
import type { Cell, TypedTable } from '../table/types.ts';
import { categoryKey, columnValues, isModelledKind } from './column-values.ts';
import type { TextCopyScore } from './types.ts';

function cellKey(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '\u0000';
  // The type tag keeps the number 1, the string '1' and true apart.
  return `${typeof cell}:${String(cell)}`;
}

function rowKeys(table: TypedTable, tableName: string, names: string[]): string[] {
  const columns = names.map((name) => columnValues(table, name, tableName));
  const keys: string[] = new Array<string>(table.rowCount);
  for (let row = 0; row < table.rowCount; row += 1) {
    keys[row] = columns.map((values) => cellKey(values[row])).join('\u0001');
  }
  return keys;
}

/**
 * How many synthetic rows equal some training row on all modelled (non-id, non-text) columns.
 * @example
 * exactCopyCount(train, train); // train.rowCount
 */
export function exactCopyCount(train: TypedTable, synthetic: TypedTable): number {
  const names = train.columns.filter((column) => isModelledKind(column.spec.kind)).map((column) => column.spec.name);
  const trainKeys = new Set(rowKeys(train, 'train', names));
  let copies = 0;
  for (const key of rowKeys(synthetic, 'synthetic', names)) if (trainKeys.has(key)) copies += 1;
  return copies;
}

/**
 * Per text column, the share of synthetic non-missing values found verbatim in training, and the pooled share.
 * @example
 * textCopyRates(train, synthetic); // { pooled: 0.02, columns: [{ column: '메모', copyRate: 0.02 }] }
 */
export function textCopyRates(train: TypedTable, synthetic: TypedTable): { pooled: number | null; columns: TextCopyScore[] } {
  let copies = 0;
  let present = 0;
  const columns = train.columns
    .filter((column) => column.spec.kind === 'text')
    .map((column) => {
      const known = new Set(column.values.map(categoryKey));
      let columnCopies = 0;
      let columnPresent = 0;
      for (const cell of columnValues(synthetic, column.spec.name, 'synthetic')) {
        const key = categoryKey(cell);
        if (key === null) continue;
        columnPresent += 1;
        if (known.has(key)) columnCopies += 1;
      }
      copies += columnCopies;
      present += columnPresent;
      return { column: column.spec.name, copyRate: columnPresent === 0 ? null : columnCopies / columnPresent };
    });
  return { pooled: present === 0 ? null : copies / present, columns };
}
