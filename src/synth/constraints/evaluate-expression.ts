// Compiles a parsed formula into a per-row function over column arrays; a missing input or a division by zero gives null.
import type { Cell } from '../table/types.ts';
import type { Expression } from './expression.ts';

export type RowFormula = (row: number) => number | null;

/**
 * @example
 * const amount = compileExpression(parseExpression('수량 * 단가'), (name) => valuesByName.get(name) ?? []);
 * amount(0); // 30000
 */
export function compileExpression(expression: Expression, columnValues: (name: string) => Cell[]): RowFormula {
  if (expression.type === 'number') {
    const value = expression.value;
    return () => value;
  }
  if (expression.type === 'column') {
    const values = columnValues(expression.name);
    return (row) => {
      const cell = values[row];
      return typeof cell === 'number' && Number.isFinite(cell) ? cell : null;
    };
  }
  if (expression.type === 'negate') {
    const operand = compileExpression(expression.operand, columnValues);
    return (row) => {
      const value = operand(row);
      return value === null ? null : -value;
    };
  }
  const left = compileExpression(expression.left, columnValues);
  const right = compileExpression(expression.right, columnValues);
  const combine = operations[expression.operator];
  return (row) => {
    const a = left(row);
    if (a === null) return null;
    const b = right(row);
    if (b === null) return null;
    const result = combine(a, b);
    return Number.isFinite(result) ? result : null;
  };
}

const operations: Record<'+' | '-' | '*' | '/', (a: number, b: number) => number> = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  '/': (a, b) => a / b,
};
