// Checks constraints against the table's column specs before fitting: names exist, kinds fit, formulas parse and do not loop.
import type { ColumnSpec } from '../table/types.ts';
import { constraintError } from './describe-constraint.ts';
import { ExpressionSyntaxError, expressionColumns, parseExpression } from './expression.ts';
import { parseDateBound } from './numbers.ts';
import type { Constraint, FormulaConstraint, RangeConstraint } from './types.ts';

type Fail = (problem: string) => never;

function kindName(spec: ColumnSpec): string {
  return spec.kind === 'numeric' && spec.integer ? 'integer numeric' : spec.kind;
}

function lookup(specs: Map<string, ColumnSpec>, fail: Fail): (name: string) => ColumnSpec {
  return (name) => {
    const spec = specs.get(name);
    if (spec) return spec;
    const known = [...specs.keys()];
    const listed = known.slice(0, 12).join(', ') + (known.length > 12 ? ', …' : '');
    return fail(`unknown column '${name}' (columns: ${listed})`);
  };
}

function requireOrdered(spec: ColumnSpec, fail: Fail): void {
  if (spec.kind !== 'numeric' && spec.kind !== 'datetime')
    fail(`column '${spec.name}' is ${kindName(spec)}; it needs a numeric or datetime column`);
}

function checkBound(spec: ColumnSpec, value: number | string | undefined, fail: Fail): number | undefined {
  if (value === undefined) return undefined;
  if (spec.kind === 'datetime') {
    const time = typeof value === 'string' ? parseDateBound(value) : null;
    if (time === null)
      return fail(
        `column '${spec.name}' is datetime; give the bound as an ISO date string like "2024-01-31", not ${JSON.stringify(value)}`,
      );
    return time;
  }
  if (typeof value !== 'number') return fail(`column '${spec.name}' is numeric; give the bound as a number, not ${JSON.stringify(value)}`);
  return value;
}

function checkRange(constraint: RangeConstraint, spec: ColumnSpec, fail: Fail): void {
  requireOrdered(spec, fail);
  const min = checkBound(spec, constraint.min, fail);
  const max = checkBound(spec, constraint.max, fail);
  if (min !== undefined && max !== undefined && min > max) fail(`min ${constraint.min} is above max ${constraint.max}`);
}

function checkFormula(constraint: FormulaConstraint, column: (name: string) => ColumnSpec, fail: Fail): string[] {
  const result = column(constraint.column);
  if (result.kind !== 'numeric') fail(`the result column '${result.name}' is ${kindName(result)}; a formula result must be numeric`);
  let inputs: string[];
  try {
    inputs = expressionColumns(parseExpression(constraint.expression));
  } catch (error) {
    if (error instanceof ExpressionSyntaxError) return fail(`cannot read the expression: ${error.message}`);
    throw error;
  }
  for (const name of inputs) {
    if (name === constraint.column) fail(`the expression uses its own result column '${name}'`);
    requireOrdered(column(name), fail);
  }
  return inputs;
}

function checkOne(constraint: Constraint, column: (name: string) => ColumnSpec, fail: Fail): string[] {
  switch (constraint.type) {
    case 'range':
      checkRange(constraint, column(constraint.column), fail);
      return [];
    case 'positive':
      requireOrdered(column(constraint.column), fail);
      return [];
    case 'unique':
    case 'fixed-combinations': {
      const seen = new Set<string>();
      for (const name of constraint.columns) {
        const spec = column(name);
        if (seen.has(name)) fail(`column '${name}' is listed twice`);
        seen.add(name);
        if (
          constraint.type === 'fixed-combinations' &&
          !(spec.kind === 'categorical' || spec.kind === 'boolean' || (spec.kind === 'numeric' && spec.integer))
        ) {
          fail(`column '${name}' is ${kindName(spec)}; fixed-combinations needs categorical, boolean or integer columns`);
        }
      }
      if (constraint.type === 'fixed-combinations' && seen.size < 2) fail('fixed-combinations needs at least two columns');
      return [];
    }
    case 'inequality': {
      const low = column(constraint.low);
      const high = column(constraint.high);
      if (low.name === high.name) fail('low and high are the same column');
      requireOrdered(low, fail);
      requireOrdered(high, fail);
      if (low.kind !== high.kind)
        fail(`'${low.name}' is ${low.kind} but '${high.name}' is ${high.kind}; compare two numeric or two datetime columns`);
      return [];
    }
    case 'formula':
      return checkFormula(constraint, column, fail);
  }
}

/** Follows formula inputs; a result that (indirectly) feeds itself is an error. */
function findFormulaCycle(inputsByResult: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string, trail: string[]): string[] | null => {
    if (state.get(name) === 'done') return null;
    if (state.get(name) === 'visiting') return [...trail, name];
    state.set(name, 'visiting');
    for (const input of inputsByResult.get(name) ?? []) {
      const cycle = visit(input, [...trail, name]);
      if (cycle) return cycle;
    }
    state.set(name, 'done');
    return null;
  };
  for (const result of inputsByResult.keys()) {
    const cycle = visit(result, []);
    if (cycle) return cycle;
  }
  return null;
}

/**
 * Throws invalid_request naming the constraint index and problem when a constraint does not fit the columns.
 * @example
 * checkConstraintsAgainstSchema([{ type: 'formula', column: '금액', expression: '수량 * 단가' }], specs);
 */
export function checkConstraintsAgainstSchema(constraints: Constraint[], specs: ColumnSpec[]): void {
  const byName = new Map(specs.map((spec) => [spec.name, spec]));
  const inputsByResult = new Map<string, string[]>();
  const combinedOwner = new Map<string, number>();
  const formulaOwner = new Map<string, number>();
  constraints.forEach((constraint, index) => {
    const fail: Fail = (problem) => {
      throw constraintError(constraint, index, problem);
    };
    const inputs = checkOne(constraint, lookup(byName, fail), fail);
    if (constraint.type === 'formula') {
      const earlier = formulaOwner.get(constraint.column);
      if (earlier !== undefined) fail(`column '${constraint.column}' already has a formula in constraints[${earlier}]`);
      if (combinedOwner.has(constraint.column))
        fail(`column '${constraint.column}' is also in fixed-combinations constraints[${combinedOwner.get(constraint.column)}]`);
      formulaOwner.set(constraint.column, index);
      inputsByResult.set(constraint.column, inputs);
    }
    if (constraint.type === 'fixed-combinations') {
      const combinedName = constraint.columns.join(' + ');
      if (byName.has(combinedName)) fail(`a column is already named '${combinedName}', the name of the combined column`);
      for (const name of constraint.columns) {
        const earlier = combinedOwner.get(name);
        if (earlier !== undefined)
          fail(
            `column '${name}' is also in constraints[${earlier}]; put all columns that go together in one fixed-combinations constraint`,
          );
        if (formulaOwner.has(name)) fail(`column '${name}' is the result of formula constraints[${formulaOwner.get(name)}]`);
        combinedOwner.set(name, index);
      }
    }
  });
  const cycle = findFormulaCycle(inputsByResult);
  if (cycle) {
    const first = cycle[0] ?? '';
    const index = formulaOwner.get(first) ?? 0;
    const constraint = constraints[index];
    if (constraint) throw constraintError(constraint, index, `formulas depend on each other in a loop: ${cycle.join(' → ')}`);
  }
}
