// Per-row tests for each constraint over a typed table (unique is keyed separately, since it spans rows).
import { GenstackError } from '../../core/errors.ts';
import type { Cell, ColumnSpec, TypedTable } from '../table/types.ts';
import { compileExpression } from './evaluate-expression.ts';
import { parseExpression } from './expression.ts';
import { combinationKey } from './combinations.ts';
import { decimalsOf, parseDateBound } from './numbers.ts';
import { COMBINATION_SEPARATOR, type Constraint, type ConstraintPlan, type FormulaConstraint } from './types.ts';

/** True where the row keeps the constraint. */
export type RowCheck = (row: number) => boolean;

/**
 * The cells and spec of a column by name; a missing column is a caller error.
 * @example
 * columnByName(table, '수량').values[0]; // 3
 */
export function columnByName(table: TypedTable, name: string): { spec: ColumnSpec; values: Cell[] } {
  const column = table.columns.find((candidate) => candidate.spec.name === name);
  if (!column) throw new GenstackError({ code: 'invalid_request', message: `The table has no column '${name}'.`, param: 'constraints' });
  return column;
}

function numberAt(values: Cell[], row: number): number | null {
  const cell = values[row];
  return typeof cell === 'number' && Number.isFinite(cell) ? cell : null;
}

function boundValue(bound: number | string | undefined): number | null {
  if (bound === undefined) return null;
  return typeof bound === 'number' ? bound : parseDateBound(bound);
}

/**
 * A formula holds within a relative 1e-6 or half a unit of the result column's last decimal (its rounding).
 * @example
 * formulaHolds(10.01, 10.006, 2); // true
 */
export function formulaHolds(actual: number, expected: number, decimals: number): boolean {
  const tolerance = Math.max(1e-6 * Math.max(Math.abs(actual), Math.abs(expected)), 0.5 * 10 ** -decimals);
  return Math.abs(actual - expected) <= tolerance * (1 + 1e-9);
}

function formulaCheck(constraint: FormulaConstraint, table: TypedTable): RowCheck {
  const result = columnByName(table, constraint.column);
  const decimals = decimalsOf(result.spec);
  const expected = compileExpression(parseExpression(constraint.expression), (name) => columnByName(table, name).values);
  return (row) => {
    const actual = numberAt(result.values, row);
    if (actual === null) return true;
    const value = expected(row);
    return value === null || formulaHolds(actual, value, decimals);
  };
}

/** The allowed combinations a plan learned for these columns, or null when the plan has none. */
function allowedCombinations(columns: string[], plan: ConstraintPlan | undefined): Set<string> | null {
  const step = plan?.steps.find(
    (candidate) => candidate.kind === 'combine' && candidate.columns.join(COMBINATION_SEPARATOR) === columns.join(COMBINATION_SEPARATOR),
  );
  return step?.kind === 'combine' ? new Set(step.combinations) : null;
}

/**
 * A per-row test, or null when the constraint has no per-row test here (unique; fixed-combinations without a plan,
 * which holds on training data by definition).
 */
export function compileRowCheck(constraint: Constraint, table: TypedTable, plan?: ConstraintPlan): RowCheck | null {
  switch (constraint.type) {
    case 'range': {
      const { values } = columnByName(table, constraint.column);
      const min = boundValue(constraint.min) ?? -Infinity;
      const max = boundValue(constraint.max) ?? Infinity;
      return (row) => {
        const value = numberAt(values, row);
        return value === null || (value >= min && value <= max);
      };
    }
    case 'positive': {
      const { values } = columnByName(table, constraint.column);
      const strict = constraint.strict !== false;
      return (row) => {
        const value = numberAt(values, row);
        return value === null || (strict ? value > 0 : value >= 0);
      };
    }
    case 'inequality': {
      const low = columnByName(table, constraint.low).values;
      const high = columnByName(table, constraint.high).values;
      const strict = constraint.strict !== false;
      return (row) => {
        const a = numberAt(low, row);
        const b = numberAt(high, row);
        return a === null || b === null || (strict ? a < b : a <= b);
      };
    }
    case 'formula':
      return formulaCheck(constraint, table);
    case 'fixed-combinations': {
      const allowed = allowedCombinations(constraint.columns, plan);
      if (!allowed) return null;
      const columns = constraint.columns.map((name) => columnByName(table, name).values);
      return (row) => {
        const key = combinationKey(columns, row);
        return key === null || allowed.has(key);
      };
    }
    case 'unique':
      return null;
  }
}

/**
 * The key of a row for a unique constraint, or null when a cell is missing (missing combinations are exempt, as in SQL).
 * @example
 * uniqueKey([['서울'], ['C001']], 0); // '서울␟C001'
 */
export function uniqueKey(columns: Cell[][], row: number): string | null {
  let key = '';
  for (let index = 0; index < columns.length; index += 1) {
    const cell = columns[index]?.[row] ?? null;
    if (cell === null) return null;
    key += index === 0 ? String(cell) : COMBINATION_SEPARATOR + String(cell);
  }
  return key;
}
