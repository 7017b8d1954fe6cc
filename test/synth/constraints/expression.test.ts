import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileExpression } from '../../../src/synth/constraints/evaluate-expression.ts';
import { ExpressionSyntaxError, expressionColumns, parseExpression } from '../../../src/synth/constraints/index.ts';
import type { Cell } from '../../../src/synth/table/types.ts';

function evaluate(text: string, columns: Record<string, Cell[]> = {}): number | null {
  return compileExpression(parseExpression(text), (name) => columns[name] ?? [])(0);
}

test('precedence, parentheses, unary minus and decimals', () => {
  assert.equal(evaluate('2 + 3 * 4'), 14);
  assert.equal(evaluate('(2 + 3) * 4'), 20);
  assert.equal(evaluate('-2 * -3'), 6);
  assert.equal(evaluate('10 - 4 - 3'), 3);
  assert.equal(evaluate('12 / 4 / 3'), 1);
  assert.equal(evaluate('1.5e2 + .5'), 150.5);
  assert.equal(evaluate('--4'), 4);
});

test('bare Hangul names, backticked names and typographic operators', () => {
  const columns = { 단가: [1200], 수량: [3], shipping: [2500], 'unit price': [10] };
  assert.equal(evaluate('`단가` * `수량` + shipping', columns), 6100);
  assert.equal(evaluate('수량 × 단가 − 200', columns), 3400);
  assert.equal(evaluate('`unit price` * 2', columns), 20);
  assert.deepEqual(expressionColumns(parseExpression('`단가` * 수량 + 단가 / total_2')), ['단가', '수량', 'total_2']);
});

test('a missing input or a division by zero gives null', () => {
  assert.equal(evaluate('a * b', { a: [null], b: [2] }), null);
  assert.equal(evaluate('a / b', { a: [1], b: [0] }), null);
});

test('syntax errors say where', () => {
  const cases: [string, RegExp][] = [
    ['수량 *', /expected a number, a column or '\(' but found end of expression/],
    ['(a + b', /missing '\)' for '\(' at position 1/],
    ['a % b', /unexpected character '%' at position 3/],
    ['`unclosed', /unclosed backtick at position 1/],
    ['a b', /unexpected column 'b' at position 3/],
    ['2x', /unexpected column 'x'/],
    ['process.exit()', /bad number|unexpected/],
    ['', /empty/],
  ];
  for (const [text, message] of cases)
    assert.throws(
      () => parseExpression(text),
      (error) => error instanceof ExpressionSyntaxError && message.test(error.message),
      text,
    );
});
