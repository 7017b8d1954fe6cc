// Reshapes training data so a model learns what the constraints keep: combinations as one column, gaps instead of highs, no formula results.
import type { Cell, ColumnSpec, TypedTable } from '../table/types.ts';
import { checkConstraintsAgainstSchema } from './check-schema.ts';
import { buildCombine } from './combine-columns.ts';
import { buildGap } from './gap-columns.ts';
import { dependsOn, orderSteps, producedBy } from './plan-order.ts';
import type { Constraint, ConstraintPlan, PlanStep } from './types.ts';

type Column = { spec: ColumnSpec; values: Cell[] };

/**
 * Returns the table a synthesizer fits and the JSON plan `reverseTransform` uses on its samples. Missing values: where
 * low is missing the gap is missing and high is kept in a `<high>#raw` column (added only when such rows exist);
 * where high is missing the gap is missing. Rows that break an inequality keep their negative gap (check them with
 * findViolations first). range, positive and unique need no reshaping; they are enforced by rejection.
 * @example
 * const { table: fitTable, plan } = transformForFit([{ type: 'formula', column: '금액', expression: '수량 * 단가' }], table);
 */
export function transformForFit(constraints: Constraint[], table: TypedTable): { table: TypedTable; plan: ConstraintPlan } {
  checkConstraintsAgainstSchema(
    constraints,
    table.columns.map((column) => column.spec),
  );
  const steps: PlanStep[] = [];
  // Replacements keyed by the original column they take the place of; an empty list drops the column.
  const replacements = new Map<string, Column[]>();
  for (const constraint of constraints) {
    if (constraint.type === 'fixed-combinations') {
      const { step, column } = buildCombine(constraint, table);
      steps.push(step);
      constraint.columns.forEach((name, index) => replacements.set(name, index === 0 ? [column] : []));
    } else if (constraint.type === 'formula') {
      steps.push({ kind: 'formula', column: constraint.column, expression: constraint.expression });
      replacements.set(constraint.column, []);
    }
  }
  for (const constraint of constraints) {
    if (constraint.type !== 'inequality') continue;
    // A high already restored by another step, or one whose gap would feed itself, is kept and enforced by rejection.
    const taken = steps.some((step) => producedBy(step).includes(constraint.high));
    if (taken || dependsOn(constraint.low, constraint.high, steps)) continue;
    const { step, gap, raw } = buildGap(constraint, table);
    steps.push(step);
    replacements.set(constraint.high, raw ? [gap, raw] : [gap]);
  }
  const columns = table.columns.flatMap((column) => replacements.get(column.spec.name) ?? [column]);
  return {
    table: { rowCount: table.rowCount, columns },
    plan: { version: 1, columns: table.columns.map((column) => structuredClone(column.spec)), steps: orderSteps(steps) },
  };
}
