import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GenstackError } from '../../../src/core/errors.ts';
import { reverseTransform, transformForFit, type Constraint } from '../../../src/synth/constraints/index.ts';
import type { NumericColumn, TypedTable } from '../../../src/synth/table/types.ts';
import { booleanColumn, categoricalColumn, englishSales, koreanOrders, numericColumn, table } from './tables.ts';

const koreanConstraints: Constraint[] = [
  { type: 'formula', column: '금액', expression: '수량 * 단가' },
  { type: 'inequality', low: '시작일', high: '종료일' },
  { type: 'fixed-combinations', columns: ['시도', '시군구'] },
  { type: 'unique', columns: ['고객번호'] },
  { type: 'positive', column: '단가' },
];

function names(data: TypedTable): string[] {
  return data.columns.map((column) => column.spec.name);
}

function column(data: TypedTable, name: string) {
  const found = data.columns.find((candidate) => candidate.spec.name === name);
  assert.ok(found, name);
  return found;
}

test('Korean orders: one combined region column, a day gap instead of 종료일, no 금액', () => {
  const orders = koreanOrders(400);
  const { table: fitTable, plan } = transformForFit(koreanConstraints, orders);
  assert.deepEqual(names(fitTable), ['고객번호', '시도 + 시군구', '수량', '단가', '시작일', '종료일#gap', '회원']);
  const region = column(fitTable, '시도 + 시군구');
  assert.equal(region.spec.kind, 'categorical');
  assert.equal(region.values[0], `${column(orders, '시도').values[0]}\u241f${column(orders, '시군구').values[0]}`);
  assert.ok(region.spec.kind === 'categorical' && region.spec.categories.length <= 10 && region.spec.categories.length >= 8);
  const gap = column(fitTable, '종료일#gap');
  assert.deepEqual(
    { ...gap.spec, max: 0 },
    { name: '종료일#gap', kind: 'numeric', missingRate: 0, integer: true, decimals: 0, min: 1, max: 0 },
  );
  assert.ok((gap.spec as NumericColumn).max <= 30);
  assert.ok(gap.values.every((value) => typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 30));
  // The plan is plain JSON and still works after a save and load.
  const loaded = JSON.parse(JSON.stringify(plan)) as typeof plan;
  assert.deepEqual(reverseTransform(loaded, fitTable), orders);
});

test('round trip with missing cells keeps high without low in a raw column', () => {
  const orders = koreanOrders(300, { missing: true });
  const { table: fitTable, plan } = transformForFit(koreanConstraints, orders);
  assert.deepEqual(names(fitTable), ['고객번호', '시도 + 시군구', '수량', '단가', '시작일', '종료일#gap', '종료일#raw', '회원']);
  assert.equal(column(fitTable, '종료일#raw').spec.kind, 'datetime');
  assert.equal(column(fitTable, '종료일#raw').values[3], column(orders, '종료일').values[3]);
  assert.equal(column(fitTable, '종료일#gap').values[3], null);
  assert.equal(column(fitTable, '시도 + 시군구').values[11], `\u2400\u241f${column(orders, '시군구').values[11]}`);
  assert.deepEqual(reverseTransform(plan, fitTable), orders);
});

test('English sales: decimals survive the gap and the formula', () => {
  const sales = englishSales(400);
  const constraints: Constraint[] = [
    { type: 'formula', column: 'total', expression: 'qty * price + shipping' },
    { type: 'inequality', low: 'opened', high: 'closed', strict: false },
    { type: 'fixed-combinations', columns: ['brand', 'model'] },
  ];
  const { table: fitTable, plan } = transformForFit(constraints, sales);
  assert.deepEqual(names(fitTable), ['brand + model', 'qty', 'price', 'shipping', 'opened', 'closed#gap']);
  const gap = column(fitTable, 'closed#gap').spec;
  assert.ok(gap.kind === 'numeric' && !gap.integer && gap.decimals === 1 && gap.min === 0);
  assert.deepEqual(reverseTransform(plan, fitTable), sales);
});

test('chains a < b < c, a formula of a formula, and integer + boolean combinations', () => {
  const a = [1, 5, 2, 8, null, 3];
  const b = [2, 7, 2.5, 9, 4, null];
  const c = [3, 7.5, 4, 12, 6, 6];
  const data = table(
    numericColumn('c', c, 1),
    numericColumn('b', b, 1),
    numericColumn('a', a, 1),
    numericColumn(
      '합계',
      a.map((value, row) => (value === null || b[row] === null ? null : Math.round((value + (b[row] ?? 0)) * 10) / 10)),
      1,
    ),
    numericColumn(
      '두배',
      a.map((value, row) => (value === null || b[row] === null ? null : Math.round((value + (b[row] ?? 0)) * 20) / 10)),
      1,
    ),
    categoricalColumn('지역', ['서울', '부산', '서울', '부산', '대구', '서울']),
    numericColumn('연도', [2020, 2021, 2020, 2022, 2020, null]),
    booleanColumn('회원', [true, false, true, null, false, true]),
  );
  const constraints: Constraint[] = [
    { type: 'inequality', low: 'b', high: 'c' },
    { type: 'formula', column: '두배', expression: '합계 * 2' },
    { type: 'inequality', low: 'a', high: 'b', strict: false },
    { type: 'formula', column: '합계', expression: 'a + b' },
    { type: 'fixed-combinations', columns: ['지역', '연도', '회원'] },
  ];
  const { table: fitTable, plan } = transformForFit(constraints, data);
  assert.deepEqual(names(fitTable), ['c#gap', 'c#raw', 'b#gap', 'b#raw', 'a', '지역 + 연도 + 회원']);
  const order = plan.steps.map((step) => step.kind + ':' + ('high' in step ? step.high : step.column));
  assert.equal(order.length, 5);
  const before = (first: string, second: string) =>
    assert.ok(order.indexOf(first) < order.indexOf(second), `${first} before ${second}: ${order}`);
  before('gap:b', 'gap:c');
  before('gap:b', 'formula:합계');
  before('formula:합계', 'formula:두배');
  assert.deepEqual(reverseTransform(plan, fitTable), data);
});

test('a high restored by another step, or a loop of inequalities, stays a plain column', () => {
  const data = table(numericColumn('x', [1, 2, 3]), numericColumn('y', [2, 3, 4]), numericColumn('z', [5, 6, 7]));
  const constraints: Constraint[] = [
    { type: 'inequality', low: 'x', high: 'y' },
    { type: 'inequality', low: 'z', high: 'y' },
    { type: 'inequality', low: 'y', high: 'x', strict: false },
  ];
  const { table: fitTable, plan } = transformForFit(constraints, data);
  assert.deepEqual(names(fitTable), ['x', 'y#gap', 'z']);
  assert.equal(plan.steps.length, 1);
  assert.deepEqual(reverseTransform(plan, fitTable), data);
});

test('sampled gaps and combinations are turned back into valid columns in the original order', () => {
  const orders = koreanOrders(50);
  const { table: fitTable, plan } = transformForFit(koreanConstraints, orders);
  const sampled: TypedTable = {
    rowCount: 2,
    columns: [
      ...fitTable.columns.map((fitColumn) => ({ spec: fitColumn.spec, values: fitColumn.values.slice(0, 2) })),
      { spec: { name: 'extra', kind: 'text', missingRate: 0 }, values: ['a', 'b'] },
    ],
  };
  column(sampled, '종료일#gap').values = [2.4, 0.6]; // a sampler's continuous output: rounded to whole days
  column(sampled, '수량').values = [3, null];
  const restored = reverseTransform(plan, sampled);
  assert.deepEqual(names(restored), [...names(orders), 'extra']);
  const start = column(restored, '시작일').values;
  assert.deepEqual(column(restored, '종료일').values, [(start[0] as number) + 2 * 86_400_000, (start[1] as number) + 86_400_000]);
  assert.deepEqual(column(restored, '금액').values, [3 * (column(restored, '단가').values[0] as number), null]);
  assert.equal(column(restored, '금액').spec, plan.columns[5]);
});

test('a column already named like the gap column is refused', () => {
  const data = table(numericColumn('x', [1, 2]), numericColumn('y', [2, 3]), numericColumn('y#gap', [0, 0]));
  assert.throws(
    () => transformForFit([{ type: 'inequality', low: 'x', high: 'y' }], data),
    (error) => error instanceof GenstackError && error.code === 'invalid_request' && /already named 'y#gap'/.test(error.message),
  );
});
