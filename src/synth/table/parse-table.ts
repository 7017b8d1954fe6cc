// Raw strings ↔ typed cells by column spec: numbers, epoch ms, booleans and strings, with null for missing.
import { GenstackError } from '../../core/errors.ts';
import { isMissingToken, parseNumberToken } from './cell-tokens.ts';
import { formatDatetime, parseDatetime } from './datetime-format.ts';
import type { Cell, ColumnSpec, RawTable, TypedTable } from './types.ts';

/** A cell reader per spec; returns undefined when the value does not fit (the caller reports it). */
function cellReader(spec: ColumnSpec): (value: string) => Cell | undefined {
  switch (spec.kind) {
    case 'numeric':
      return (value) => parseNumberToken(value) ?? undefined;
    case 'datetime':
      return (value) => parseDatetime(value, spec.format) ?? undefined;
    case 'boolean':
      return (value) => (value === spec.trueToken ? true : value === spec.falseToken ? false : undefined);
    case 'categorical': {
      const known = new Set(spec.categories);
      return (value) => (known.has(value) ? value : undefined);
    }
    case 'id':
    case 'text':
      return (value) => value;
  }
}

function expectation(spec: ColumnSpec): string {
  switch (spec.kind) {
    case 'numeric':
      return 'a number';
    case 'datetime':
      return `a date in the format ${spec.format}`;
    case 'boolean':
      return `'${spec.trueToken}' or '${spec.falseToken}'`;
    default:
      return "one of the column's categories";
  }
}

function columnIndexes(raw: RawTable, specs: readonly ColumnSpec[]): number[] {
  return specs.map((spec) => {
    const index = raw.columns.indexOf(spec.name);
    if (index < 0) throw new GenstackError({ code: 'invalid_request', message: `The table has no column '${spec.name}'.` });
    return index;
  });
}

/**
 * Reads raw strings into typed, column-major cells following the specs (in spec order); missing spellings become null.
 * @throws GenstackError invalid_request naming column, line (header = line 1) and value when a cell does not fit its spec.
 * @example
 * parseTable({ columns: ['나이'], rows: [['31'], ['']] }, [{ name: '나이', kind: 'numeric', missingRate: 0.5, integer: true, decimals: 0, min: 31, max: 31 }]);
 * // { rowCount: 2, columns: [{ spec, values: [31, null] }] }
 */
export function parseTable(raw: RawTable, specs: readonly ColumnSpec[]): TypedTable {
  const indexes = columnIndexes(raw, specs);
  const columns = specs.map((spec, specIndex) => {
    const read = cellReader(spec);
    const column = indexes[specIndex] ?? 0;
    const cache = new Map<string, Cell>();
    const values: Cell[] = new Array<Cell>(raw.rows.length);
    raw.rows.forEach((row, rowIndex) => {
      const value = row[column] ?? '';
      let cell = cache.get(value);
      if (cell === undefined) {
        cell = isMissingToken(value) ? null : read(value);
        if (cell === undefined) {
          throw new GenstackError({
            code: 'invalid_request',
            message: `Column '${spec.name}', line ${rowIndex + 2}: '${value}' is not ${expectation(spec)}.`,
            details: { column: spec.name, line: rowIndex + 2, value },
          });
        }
        cache.set(value, cell);
      }
      values[rowIndex] = cell;
    });
    return { spec, values };
  });
  return { rowCount: raw.rows.length, columns };
}

function numberText(value: number, spec: Extract<ColumnSpec, { kind: 'numeric' }>): string {
  if (spec.integer || spec.decimals === 0) return String(Math.round(value) || 0);
  return value.toFixed(spec.decimals);
}

function cellText(cell: Cell, spec: ColumnSpec): string {
  if (cell === null) return '';
  switch (spec.kind) {
    case 'numeric':
      return typeof cell === 'number' ? numberText(cell, spec) : String(cell);
    case 'datetime':
      return typeof cell === 'number' ? formatDatetime(cell, spec.format) : String(cell);
    case 'boolean':
      return cell === true ? spec.trueToken : cell === false ? spec.falseToken : String(cell);
    default:
      return String(cell);
  }
}

/**
 * Writes typed cells back as strings: numbers with the spec's decimals and no thousands separators, datetimes in
 * their format (UTC), booleans as the spec's tokens, null as ''.
 * @example
 * formatTable(parseTable(raw, specs)); // raw again, except '1,234' → '1234'
 */
export function formatTable(typed: TypedTable): RawTable {
  const columns = typed.columns.map((column) => column.spec.name);
  const rows: string[][] = [];
  for (let rowIndex = 0; rowIndex < typed.rowCount; rowIndex += 1) {
    rows.push(typed.columns.map((column) => cellText(column.values[rowIndex] ?? null, column.spec)));
  }
  return { columns, rows };
}
