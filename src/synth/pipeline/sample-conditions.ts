// Conditional sampling ("fix some columns"): user values → encoded values, natively for synthesizers that condition, else by rejection.
import { GenstackError } from '../../core/index.ts';
import { parseTable } from '../table/index.ts';
import type { EncodedTable } from '../table/types.ts';
import type { SynthModel } from './synth-model.ts';

export interface EncodedCondition {
  index: number;
  value: number;
  /** Continuous columns are matched within this distance by rejection samplers, then set exactly. */
  tolerance: number;
}

function conditionError(message: string, column: string): GenstackError {
  return new GenstackError({ code: 'invalid_request', message, param: `conditions.${column}` });
}

/**
 * Resolves `{ column: value }` to encoded column indexes and values; a value must be valid for its column.
 * @example
 * resolveConditions(model, { 지역: '서울' }, encodedColumnNames); // [{ index: 2, value: 0, tolerance: 0 }]
 */
export function resolveConditions(
  model: SynthModel,
  options: { conditions: Record<string, string>; encodedNames: string[] },
): EncodedCondition[] {
  const resolved: EncodedCondition[] = [];
  for (const [name, rawValue] of Object.entries(options.conditions)) {
    const spec = model.modelColumns.find((column) => column.name === name);
    if (!spec) {
      const known = model.columns.some((column) => column.name === name);
      throw conditionError(
        known ? `Column '${name}' is reshaped by a constraint and cannot be fixed.` : `No column '${name}' to fix.`,
        name,
      );
    }
    if (spec.kind === 'id' || spec.kind === 'text')
      throw conditionError(`Column '${name}' is ${spec.kind}; only modelled columns can be fixed.`, name);
    const index = options.encodedNames.indexOf(name);
    const parsed = parseTable({ columns: [name], rows: [[rawValue]] }, [spec]).columns[0]?.values[0];
    if (parsed === null || parsed === undefined) throw conditionError(`Give a value to fix '${name}' to.`, name);
    if (spec.kind === 'categorical') {
      const code = spec.categories.indexOf(String(parsed));
      if (code < 0) throw conditionError(`'${rawValue}' never occurs in column '${name}'.`, name);
      resolved.push({ index, value: code, tolerance: 0 });
    } else if (spec.kind === 'boolean') resolved.push({ index, value: parsed === true ? 1 : 0, tolerance: 0 });
    else {
      const value = Number(parsed);
      if (value < spec.min || value > spec.max)
        throw conditionError(`${rawValue} is outside the range seen in '${name}'; the model cannot place it.`, name);
      resolved.push({ index, value, tolerance: (spec.max - spec.min) * 0.025 });
      const missingIndex = options.encodedNames.indexOf(`${name}#missing`);
      if (missingIndex >= 0) resolved.push({ index: missingIndex, value: 0, tolerance: 0 });
    }
  }
  return resolved;
}

/** Rows of an encoded sample that meet every condition, with continuous matches snapped to the exact value. */
export function keepMatching(table: EncodedTable, conditions: EncodedCondition[]): number[] {
  const rows: number[] = [];
  for (let row = 0; row < table.rowCount; row += 1) {
    const matches = conditions.every(
      (condition) => Math.abs((table.columns[condition.index]?.values[row] ?? Number.NaN) - condition.value) <= condition.tolerance,
    );
    if (matches) rows.push(row);
  }
  return rows;
}

/** A new encoded table of the chosen rows with the conditioned values set exactly. */
export function takeRows(table: EncodedTable, options: { rows: number[]; conditions: EncodedCondition[] }): EncodedTable {
  const columns = table.columns.map((column, index) => {
    const values = Float64Array.from(options.rows, (row) => column.values[row] ?? 0);
    const condition = options.conditions.find((candidate) => candidate.index === index);
    if (condition) values.fill(condition.value);
    return { ...column, values };
  });
  return { rowCount: options.rows.length, columns };
}
