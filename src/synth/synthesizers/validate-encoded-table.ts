// Checks an encoded table before a synthesizer fits it, with errors that name the synthesizer, the column and the bad value.
import { GenstackError } from '../../core/errors.ts';
import type { EncodedTable } from '../table/types.ts';

export interface EncodedTableRequirements {
  /** Who is fitting, as the start of a sentence: 'The CART synthesizer'. */
  synthesizer: string;
  /** Fewest rows the synthesizer can fit (1 by default). */
  minRows?: number;
  /** Fewest columns the synthesizer can fit (0 by default). */
  minColumns?: number;
}

/**
 * Throws GenstackError: unprocessable for too few rows or columns; invalid_request for ragged columns, non-finite
 * values, or codes outside a discrete column's range.
 * @example
 * validateEncodedTable(table, { synthesizer: 'The CART synthesizer', minRows: 2, minColumns: 1 });
 */
export function validateEncodedTable(table: EncodedTable, requirements: EncodedTableRequirements): void {
  const minRows = requirements.minRows ?? 1;
  const minColumns = requirements.minColumns ?? 0;
  if (!(table.rowCount >= minRows) || table.columns.length < minColumns)
    throw new GenstackError({
      code: 'unprocessable',
      message: `${requirements.synthesizer} needs at least ${tableSize(minColumns, minRows)} to fit (got ${tableSize(table.columns.length, table.rowCount)}).`,
    });
  for (const column of table.columns) {
    if (column.values.length !== table.rowCount)
      throw new GenstackError({
        code: 'invalid_request',
        message: `Column '${column.name}' has ${column.values.length} values but the table has ${table.rowCount} rows.`,
      });
    const cardinality = column.cardinality ?? 0;
    if (column.type === 'discrete' && !(Number.isInteger(cardinality) && cardinality >= 1))
      throw new GenstackError({
        code: 'invalid_request',
        message: `Discrete column '${column.name}' needs a positive whole cardinality (got ${String(column.cardinality)}).`,
      });
    for (let row = 0; row < column.values.length; row++) {
      const value = column.values[row] ?? Number.NaN;
      const valid = column.type === 'discrete' ? Number.isInteger(value) && value >= 0 && value < cardinality : Number.isFinite(value);
      if (!valid)
        throw new GenstackError({
          code: 'invalid_request',
          message:
            column.type === 'discrete'
              ? `Column '${column.name}' row ${row + 1}: code ${value} is not a whole number in 0…${cardinality - 1}.`
              : `Column '${column.name}' row ${row + 1}: value ${value} is not a finite number.`,
          details: { column: column.name, row },
        });
    }
  }
}

/** '1 column and 2 rows', or just '1 row' when no columns are required. */
function tableSize(columns: number, rows: number): string {
  const rowText = `${rows} ${rows === 1 ? 'row' : 'rows'}`;
  return columns > 0 ? `${columns} ${columns === 1 ? 'column' : 'columns'} and ${rowText}` : rowText;
}
