// The only repairs that add no bias: formula results recomputed from their inputs, and bound misses smaller than rounding noise.
import type { Cell, TypedTable } from '../table/types.ts';
import { compileExpression } from './evaluate-expression.ts';
import { parseExpression } from './expression.ts';
import { decimalsOf, parseDateBound, roundTo } from './numbers.ts';
import { columnByName } from './row-checks.ts';
import type { Constraint } from './types.ts';

function boundOf(bound: number | string | undefined): number | null {
  if (bound === undefined) return null;
  return typeof bound === 'number' ? bound : parseDateBound(bound);
}

/** Moves values that miss [min, max] by less than half a unit of the column's last decimal onto the bound. */
function snapToBounds(
  values: Cell[],
  bounds: { min: number | null; max: number | null; slack: number },
): { values: Cell[]; changed: number } {
  let changed = 0;
  const snapped = values.map((cell) => {
    if (typeof cell !== 'number') return cell;
    if (bounds.min !== null && cell < bounds.min && bounds.min - cell < bounds.slack) {
      changed += 1;
      return bounds.min;
    }
    if (bounds.max !== null && cell > bounds.max && cell - bounds.max < bounds.slack) {
      changed += 1;
      return bounds.max;
    }
    return cell;
  });
  return { values: snapped, changed };
}

/**
 * Repairs what can be repaired without skewing the distribution and leaves every other violation for rejection:
 * formula results are recomputed (rounded to the column's decimals) where all inputs are present, and range or
 * non-strict positive values that miss a bound by less than half a rounding step are set to the bound. Values are
 * never clamped further: clamping would pile rows up on the bound.
 * @example
 * const { table: fixed, repairedCells } = repairTable(constraints, sampled);
 */
export function repairTable(constraints: Constraint[], table: TypedTable): { table: TypedTable; repairedCells: number } {
  const columns = table.columns.map((column) => ({ spec: column.spec, values: column.values }));
  const byName = new Map(columns.map((column) => [column.spec.name, column]));
  let repairedCells = 0;
  for (const constraint of constraints) {
    if (constraint.type === 'formula') {
      const result = byName.get(constraint.column) ?? columnByName(table, constraint.column);
      const decimals = decimalsOf(result.spec);
      const formula = compileExpression(
        parseExpression(constraint.expression),
        (name) => (byName.get(name) ?? columnByName(table, name)).values,
      );
      result.values = result.values.map((cell, row) => {
        const value = formula(row);
        if (value === null) return cell;
        const rounded = roundTo(value, decimals);
        if (rounded !== cell) repairedCells += 1;
        return rounded;
      });
    } else if (constraint.type === 'range' || (constraint.type === 'positive' && constraint.strict === false)) {
      const column = byName.get(constraint.column) ?? columnByName(table, constraint.column);
      const min = constraint.type === 'range' ? boundOf(constraint.min) : 0;
      const max = constraint.type === 'range' ? boundOf(constraint.max) : null;
      const slack = column.spec.kind === 'datetime' ? 0.5 : 0.5 * 10 ** -decimalsOf(column.spec);
      const { values, changed } = snapToBounds(column.values, { min, max, slack });
      column.values = values;
      repairedCells += changed;
    }
  }
  return { table: { rowCount: table.rowCount, columns }, repairedCells };
}
