// Checks an encoded table before fitting, so a bad column fails with a message that names it.
import { GenstackError } from '../../../core/errors.ts';
import type { EncodedTable } from '../../table/types.ts';

/**
 * @example
 * validateEncodedTable(encoded); // throws GenstackError 'unprocessable' for an empty table or an out-of-range code
 */
export function validateEncodedTable(table: EncodedTable): void {
  if (table.columns.length === 0 || table.rowCount < 2)
    throw new GenstackError({
      code: 'unprocessable',
      message: `The CART synthesizer needs at least one column and two rows (got ${table.columns.length} columns, ${table.rowCount} rows).`,
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
        message: `Discrete column '${column.name}' needs a positive whole cardinality.`,
      });
    for (const value of column.values) {
      const valid = column.type === 'discrete' ? Number.isInteger(value) && value >= 0 && value < cardinality : Number.isFinite(value);
      if (!valid)
        throw new GenstackError({
          code: 'invalid_request',
          message: `Column '${column.name}' holds ${value}, which is not a ${column.type === 'discrete' ? `code in 0 … ${cardinality - 1}` : 'finite number'}.`,
        });
    }
  }
}
