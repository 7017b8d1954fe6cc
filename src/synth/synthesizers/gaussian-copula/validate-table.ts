// Checks an encoded table before fitting, with errors that name the column and the bad value.
import { GenstackError } from '../../../core/errors.ts';
import type { EncodedTable } from '../../table/types.ts';

/**
 * Throws a GenstackError (invalid_request) for ragged columns, non-finite values or codes outside a discrete column's range.
 * @example
 * validateEncodedTable({ rowCount: 2, columns: [{ name: 'age', type: 'continuous', values: new Float64Array([1, 2]) }] });
 */
export function validateEncodedTable(table: EncodedTable): void {
  if (!(table.rowCount >= 1))
    throw new GenstackError({ code: 'unprocessable', message: 'The Gaussian copula needs at least one row to fit.' });
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
