import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GenstackError } from '../../../src/core/errors.ts';
import { checkConstraintsAgainstSchema, type Constraint } from '../../../src/synth/constraints/index.ts';
import { englishSales, koreanOrders } from './tables.ts';

const koreanSpecs = koreanOrders(20).columns.map((column) => column.spec);
const englishSpecs = englishSales(20).columns.map((column) => column.spec);

function schemaError(constraints: Constraint[], specs = koreanSpecs): string {
  try {
    checkConstraintsAgainstSchema(constraints, specs);
  } catch (error) {
    assert.ok(error instanceof GenstackError);
    assert.equal(error.code, 'invalid_request');
    assert.equal(error.param, 'constraints');
    return error.message;
  }
  assert.fail('expected an error');
}

test('valid constraints in Korean and English pass', () => {
  checkConstraintsAgainstSchema(
    [
      { type: 'formula', column: '금액', expression: '`수량` * 단가' },
      { type: 'inequality', low: '시작일', high: '종료일' },
      { type: 'fixed-combinations', columns: ['시도', '시군구', '회원'] },
      { type: 'unique', columns: ['고객번호'] },
      { type: 'range', column: '시작일', min: '2024-01-01', max: '2024-12-31 23:59' },
      { type: 'positive', column: '단가' },
    ],
    koreanSpecs,
  );
  checkConstraintsAgainstSchema(
    [
      { type: 'formula', column: 'total', expression: 'qty * price + shipping' },
      { type: 'fixed-combinations', columns: ['brand', 'model', 'qty'] },
      { type: 'range', column: 'price', min: 0, max: 1000 },
    ],
    englishSpecs,
  );
});

test('unknown columns name the constraint index and list the columns', () => {
  assert.match(
    schemaError([
      { type: 'positive', column: '단가' },
      { type: 'unique', columns: ['고객 번호'] },
    ]),
    /^constraints\[1\] \(unique \(고객 번호\)\): unknown column '고객 번호' \(columns: 고객번호, 시도/,
  );
  assert.match(schemaError([{ type: 'formula', column: '금액', expression: '수량 * 가격' }]), /constraints\[0\].*unknown column '가격'/);
});

test('wrong column kinds', () => {
  assert.match(
    schemaError([{ type: 'inequality', low: '시도', high: '종료일' }]),
    /column '시도' is categorical; it needs a numeric or datetime column/,
  );
  assert.match(schemaError([{ type: 'inequality', low: '수량', high: '종료일' }]), /'수량' is numeric but '종료일' is datetime/);
  assert.match(schemaError([{ type: 'inequality', low: '수량', high: '수량' }]), /same column/);
  assert.match(schemaError([{ type: 'positive', column: '회원' }]), /column '회원' is boolean/);
  assert.match(
    schemaError([{ type: 'formula', column: '시도', expression: '수량 * 2' }]),
    /result column '시도' is categorical; a formula result must be numeric/,
  );
  assert.match(
    schemaError([{ type: 'fixed-combinations', columns: ['brand', 'price'] }], englishSpecs),
    /column 'price' is numeric; fixed-combinations needs categorical, boolean or integer columns/,
  );
  assert.match(schemaError([{ type: 'fixed-combinations', columns: ['시도', '시작일'] }]), /'시작일' is datetime/);
  assert.match(schemaError([{ type: 'unique', columns: ['시도', '시도'] }]), /listed twice/);
});

test('range bounds must match the column kind', () => {
  assert.match(schemaError([{ type: 'range', column: '시작일', min: 1704067200000 }]), /datetime; give the bound as an ISO date string/);
  assert.match(schemaError([{ type: 'range', column: '시작일', min: '2024-13-45' }]), /ISO date string/);
  assert.match(schemaError([{ type: 'range', column: '수량', max: '10' }]), /numeric; give the bound as a number/);
  assert.match(schemaError([{ type: 'range', column: '수량', min: 10, max: 1 }]), /min 10 is above max 1/);
});

test('formula syntax, self reference and loops', () => {
  assert.match(
    schemaError([{ type: 'formula', column: '금액', expression: '수량 * (단가' }]),
    /^constraints\[0\] \(formula 금액 = 수량 \* \(단가\): cannot read the expression: missing '\)'/,
  );
  assert.match(schemaError([{ type: 'formula', column: '금액', expression: '금액 + 1' }]), /uses its own result column/);
  assert.match(
    schemaError([
      { type: 'formula', column: '금액', expression: '수량 * 단가' },
      { type: 'formula', column: '단가', expression: '금액 / 수량' },
    ]),
    /formulas depend on each other in a loop: 금액 → 단가 → 금액/,
  );
  assert.match(
    schemaError([
      { type: 'formula', column: '금액', expression: '수량 * 단가' },
      { type: 'formula', column: '금액', expression: '수량 * 2' },
    ]),
    /^constraints\[1\].*already has a formula in constraints\[0\]/,
  );
});

test('overlapping fixed combinations and formula results inside them are refused', () => {
  assert.match(
    schemaError([
      { type: 'fixed-combinations', columns: ['시도', '시군구'] },
      { type: 'fixed-combinations', columns: ['시군구', '회원'] },
    ]),
    /column '시군구' is also in constraints\[0\]/,
  );
  assert.match(
    schemaError([
      { type: 'formula', column: '수량', expression: '금액 / 단가' },
      { type: 'fixed-combinations', columns: ['시도', '수량'] },
    ]),
    /'수량' is the result of formula constraints\[0\]/,
  );
});
