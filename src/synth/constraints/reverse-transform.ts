// Undoes transformForFit on sampled data: splits combinations, adds gaps back, computes formulas, restores column order and specs.
import { GenstackError } from '../../core/errors.ts';
import type { Cell, ColumnSpec, TypedTable } from '../table/types.ts';
import { splitCombine } from './combine-columns.ts';
import { compileExpression } from './evaluate-expression.ts';
import { parseExpression } from './expression.ts';
import { restoreGap } from './gap-columns.ts';
import { decimalsOf, roundTo } from './numbers.ts';
import type { ConstraintPlan, FormulaStep } from './types.ts';

type Column = { spec: ColumnSpec; values: Cell[] };

function missingColumn(name: string): GenstackError {
  return new GenstackError({
    code: 'internal_error',
    message: `The sampled table has no column '${name}' that the constraint plan needs.`,
  });
}

function computeFormula(step: FormulaStep, columns: Map<string, Column>, rowCount: number): Cell[] {
  const resultSpec = columns.get(step.column)?.spec;
  const decimals = resultSpec ? decimalsOf(resultSpec) : 0;
  const formula = compileExpression(parseExpression(step.expression), (name) => {
    const column = columns.get(name);
    if (!column) throw missingColumn(name);
    return column.values;
  });
  const values = new Array<Cell>(rowCount);
  for (let row = 0; row < rowCount; row += 1) {
    const value = formula(row);
    values[row] = value === null ? null : roundTo(value, decimals);
  }
  return values;
}

/**
 * Turns a sampled table shaped like transformForFit's output back into the original columns (same order and specs).
 * Columns the plan does not know are appended unchanged.
 * @example
 * const rows = reverseTransform(plan, sampledTable); // has 금액 = 수량 × 단가 again
 */
export function reverseTransform(plan: ConstraintPlan, table: TypedTable): TypedTable {
  const originalSpecs = new Map(plan.columns.map((spec) => [spec.name, spec]));
  const columns = new Map<string, Column>(table.columns.map((column) => [column.spec.name, column]));
  const consumed = new Set<string>();
  const use = (name: string): Column => {
    const column = columns.get(name);
    if (!column) throw missingColumn(name);
    consumed.add(name);
    return column;
  };
  const restore = (name: string, values: Cell[]): void => {
    const spec = originalSpecs.get(name);
    if (!spec) throw missingColumn(name);
    columns.set(name, { spec, values });
  };
  for (const step of plan.steps) {
    if (step.kind === 'combine') {
      const memberSpecs = step.columns.map((name) => {
        const spec = originalSpecs.get(name);
        if (!spec) throw missingColumn(name);
        return spec;
      });
      const split = splitCombine(use(step.column).values, memberSpecs);
      step.columns.forEach((name, index) => restore(name, split[index] ?? []));
    } else if (step.kind === 'gap') {
      const highSpec = originalSpecs.get(step.high);
      if (!highSpec) throw missingColumn(step.high);
      const low = columns.get(step.low);
      if (!low) throw missingColumn(step.low);
      const raw = step.rawColumn ? use(step.rawColumn).values : null;
      restore(step.high, restoreGap(step, { low: low.values, gap: use(step.gapColumn), raw, highSpec }));
    } else {
      // The result column was dropped before fitting; give it its spec first so rounding uses its decimals.
      const spec = originalSpecs.get(step.column);
      if (!spec) throw missingColumn(step.column);
      columns.set(step.column, { spec, values: [] });
      restore(step.column, computeFormula(step, columns, table.rowCount));
    }
  }
  const restored = plan.columns.map((spec) => {
    const column = columns.get(spec.name);
    if (!column) throw missingColumn(spec.name);
    return { spec, values: column.values };
  });
  const extras = table.columns.filter((column) => !originalSpecs.has(column.spec.name) && !consumed.has(column.spec.name));
  return { rowCount: table.rowCount, columns: [...restored, ...extras] };
}
