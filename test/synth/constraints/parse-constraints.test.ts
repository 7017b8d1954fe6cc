import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GenstackError } from '../../../src/core/errors.ts';
import { parseConstraints } from '../../../src/synth/constraints/index.ts';

function parseError(json: unknown): GenstackError {
  try {
    parseConstraints(json);
  } catch (error) {
    assert.ok(error instanceof GenstackError);
    return error;
  }
  assert.fail('expected an error');
}

test('reads an array and a { constraints } object with Korean column names', () => {
  const list = [
    { type: 'formula', column: '금액', expression: '수량 * 단가' },
    { type: 'inequality', low: '시작일', high: '종료일' },
    { type: 'fixed-combinations', columns: ['시도', '시군구'] },
    { type: 'unique', columns: ['고객번호'] },
    { type: 'range', column: '시작일', min: '2024-01-01', max: '2024-12-31' },
    { type: 'positive', column: '단가', strict: false },
  ];
  assert.deepEqual(parseConstraints(list), list);
  assert.deepEqual(parseConstraints({ constraints: list }), list);
  assert.deepEqual(parseConstraints(JSON.parse('{ "constraints": [] }')), []);
});

test('an unknown type names its path and lists the known types', () => {
  const error = parseError([
    { type: 'positive', column: 'qty' },
    { type: 'between', column: 'qty' },
  ]);
  assert.equal(error.code, 'invalid_request');
  assert.equal(error.param, 'constraints');
  assert.match(error.message, /^constraints\[1\]\.type: type must be one of: range, positive/);
});

test('field errors carry the JSON path', () => {
  assert.match(
    parseError({ constraints: [{ type: 'fixed-combinations', columns: ['시도'] }] }).message,
    /^constraints\[0\]\.columns: fixed-combinations needs at least two columns/,
  );
  assert.match(
    parseError([{ type: 'unique', columns: ['id', ''] }]).message,
    /^constraints\[0\]\.columns\[1\]: a column name must not be empty/,
  );
  assert.match(
    parseError([{ type: 'range', column: 'age', min: true }]).message,
    /^constraints\[0\]\.min: expected a number or an ISO date string/,
  );
  assert.match(parseError([{ type: 'inequality', low: 'a', high: 'b', strict: 'yes' }]).message, /^constraints\[0\]\.strict:/);
  assert.match(
    parseError([{ type: 'formula', column: '금액', expression: '  ' }]).message,
    /^constraints\[0\]\.expression: the expression must not be empty/,
  );
});

test('unknown keys, ranges without bounds and bad wrappers are refused', () => {
  assert.match(parseError([{ type: 'positive', column: 'qty', strictly: true }]).message, /^constraints\[0\]: .*strictly/);
  assert.match(parseError([{ type: 'range', column: 'age' }]).message, /^constraints\[0\]: a range needs min, max or both/);
  assert.match(parseError({ rules: [] }).message, /an array or an object with a "constraints" array/);
  assert.match(parseError({ constraints: [], extra: 1 }).message, /Unknown key "extra"/);
  assert.match(parseError('range').message, /an array/);
  assert.match(parseError({ constraints: 3 }).message, /an array/);
});
