// How the cells of a fixed combination become one category string and back.
import type { Cell, ColumnSpec } from '../table/types.ts';
import { COMBINATION_SEPARATOR, MISSING_TOKEN } from './types.ts';

function cellToken(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return MISSING_TOKEN;
  return String(cell);
}

/**
 * The row's combination as a category, or null when every cell is missing (the combined cell is then missing too).
 * @example
 * combinationKey([['서울'], ['강남구']], 0); // '서울␟강남구'
 */
export function combinationKey(columns: Cell[][], row: number): string | null {
  let key = '';
  let present = false;
  for (let index = 0; index < columns.length; index += 1) {
    const cell = columns[index]?.[row];
    if (cell !== null && cell !== undefined) present = true;
    key += index === 0 ? cellToken(cell) : COMBINATION_SEPARATOR + cellToken(cell);
  }
  return present ? key : null;
}

/**
 * Reads one token of a combination back as a cell of the member column.
 * @example
 * tokenToCell('2024', yearSpec); // 2024
 */
export function tokenToCell(token: string | undefined, spec: ColumnSpec): Cell {
  if (token === undefined || token === MISSING_TOKEN) return null;
  if (spec.kind === 'boolean') return token === 'true';
  if (spec.kind === 'numeric' || spec.kind === 'datetime') {
    const value = Number(token);
    return Number.isFinite(value) ? value : null;
  }
  return token;
}
