// Checks sequence input and sorts its columns into entity context, time, continuous channels and discrete channels.
import { GenstackError } from '../../../core/errors.ts';
import type { SequenceData, SequenceLayout } from '../types.ts';

export type ColumnRole = 'context' | 'time' | 'continuous' | 'discrete';

export interface TimeseriesColumn {
  name: string;
  type: 'continuous' | 'discrete';
  role: ColumnRole;
  cardinality?: number;
  integer?: boolean;
}

/**
 * Validates `data` against `layout` and returns every column with its role, in table order.
 * @example
 * resolveColumnRoles(data, { contextColumns: ['라인'], timeColumn: 'time' }); // [{ name: '라인', role: 'context', … }, …]
 */
export function resolveColumnRoles(data: SequenceData, layout: SequenceLayout): TimeseriesColumn[] {
  checkEntityRanges(data);
  const names = new Set(data.table.columns.map((column) => column.name));
  for (const name of layout.contextColumns) {
    if (!names.has(name)) invalid(`Context column '${name}' is not in the table.`, 'contextColumns');
  }
  if (layout.timeColumn !== null) {
    const timeColumn = data.table.columns.find((column) => column.name === layout.timeColumn);
    if (!timeColumn) invalid(`Time column '${layout.timeColumn}' is not in the table.`, 'timeColumn');
    if (timeColumn.type !== 'continuous')
      invalid(`Time column '${layout.timeColumn}' must be continuous (epoch ms or a step number).`, 'timeColumn');
    if (layout.contextColumns.includes(layout.timeColumn))
      invalid(`Column '${layout.timeColumn}' cannot be both the time and a context column.`, 'timeColumn');
  }
  const contexts = new Set(layout.contextColumns);
  return data.table.columns.map((column) => {
    if (column.values.length !== data.table.rowCount)
      unprocessable(`Column '${column.name}' has ${column.values.length} values for ${data.table.rowCount} rows.`);
    for (const value of column.values) {
      if (!Number.isFinite(value)) unprocessable(`Column '${column.name}' holds a value that is not a finite number.`);
    }
    const role: ColumnRole = contexts.has(column.name) ? 'context' : column.name === layout.timeColumn ? 'time' : column.type;
    const info: TimeseriesColumn = { name: column.name, type: column.type, role };
    if (column.type === 'discrete') {
      const cardinality = column.cardinality ?? 0;
      if (!(cardinality >= 1)) unprocessable(`Discrete column '${column.name}' has no cardinality.`);
      for (const value of column.values) {
        if (value < 0 || value >= cardinality || !Number.isInteger(value))
          unprocessable(`Discrete column '${column.name}' holds code ${value}, outside 0 … ${cardinality - 1}.`);
      }
      info.cardinality = cardinality;
    }
    if (column.integer) info.integer = true;
    return info;
  });
}

function checkEntityRanges(data: SequenceData): void {
  const { starts, lengths, table } = data;
  if (starts.length !== lengths.length) invalid(`starts has ${starts.length} entries but lengths has ${lengths.length}.`, 'starts');
  if (starts.length === 0) unprocessable('The sequence data holds no entity; at least one sequence is needed to fit.');
  for (let entity = 0; entity < starts.length; entity++) {
    const start = starts[entity] ?? -1;
    const length = lengths[entity] ?? 0;
    if (!Number.isInteger(start) || !Number.isInteger(length) || start < 0 || length < 1 || start + length > table.rowCount) {
      unprocessable(`Entity ${entity} has rows ${start} … ${start + length - 1}, outside the table's ${table.rowCount} rows.`);
    }
  }
}

function invalid(message: string, param: string): never {
  throw new GenstackError({ code: 'invalid_request', message, param });
}

function unprocessable(message: string): never {
  throw new GenstackError({ code: 'unprocessable', message });
}
