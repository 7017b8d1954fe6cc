import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findViolations, type Constraint } from '../../../src/synth/constraints/index.ts';
import { englishSales, koreanOrders } from './tables.ts';

const koreanConstraints: Constraint[] = [
  { type: 'formula', column: '금액', expression: '수량 * 단가' },
  { type: 'inequality', low: '시작일', high: '종료일' },
  { type: 'fixed-combinations', columns: ['시도', '시군구'] },
  { type: 'unique', columns: ['고객번호'] },
  { type: 'range', column: '시작일', min: '2024-01-01', max: '2024-12-31' },
  { type: 'positive', column: '단가' },
];

function columnValues(table: ReturnType<typeof koreanOrders>, name: string): (number | string | boolean | null)[] {
  const column = table.columns.find((candidate) => candidate.spec.name === name);
  assert.ok(column);
  return column.values;
}

test('valid Korean and English data have no violations, also with missing cells', () => {
  assert.deepEqual(findViolations(koreanConstraints, koreanOrders(500)), []);
  assert.deepEqual(findViolations(koreanConstraints, koreanOrders(500, { missing: true })), []);
  const english: Constraint[] = [
    { type: 'formula', column: 'total', expression: 'qty * price + shipping' },
    { type: 'inequality', low: 'opened', high: 'closed', strict: false },
    { type: 'positive', column: 'qty' },
  ];
  assert.deepEqual(findViolations(english, englishSales(500)), []);
});

test('broken Korean rows are reported per constraint', () => {
  const orders = koreanOrders(200);
  columnValues(orders, '금액')[4] = 1; // 금액 ≠ 수량 × 단가
  columnValues(orders, '종료일')[6] = Date.UTC(2023, 11, 1); // ends before it starts
  columnValues(orders, '고객번호')[8] = 'C00002'; // repeats row 1
  columnValues(orders, '고객번호')[9] = 'C00002';
  columnValues(orders, '시작일')[10] = Date.UTC(2025, 0, 5); // after the range (and so also after its 종료일)
  columnValues(orders, '단가')[12] = 0;
  columnValues(orders, '금액')[12] = 0;
  assert.deepEqual(findViolations(koreanConstraints, orders), [
    { constraint: 0, rows: [4] },
    { constraint: 1, rows: [6, 10] },
    { constraint: 3, rows: [8, 9] },
    { constraint: 4, rows: [10] },
    { constraint: 5, rows: [12] },
  ]);
});

test('a formula holds within the result column rounding or a relative 1e-6', () => {
  const sales = englishSales(50);
  const total = sales.columns.find((column) => column.spec.name === 'total');
  assert.ok(total);
  const exact = total.values[0] as number;
  const constraints: Constraint[] = [{ type: 'formula', column: 'total', expression: 'qty * price + shipping' }];
  total.values[0] = exact + 0.004; // within half a cent: a rounding difference
  assert.deepEqual(findViolations(constraints, sales), []);
  total.values[0] = exact + 0.02;
  assert.deepEqual(findViolations(constraints, sales), [{ constraint: 0, rows: [0] }]);
});

test('a strict inequality refuses equal values, a non-strict one accepts them', () => {
  const sales = englishSales(20);
  const closed = sales.columns.find((column) => column.spec.name === 'closed');
  const opened = sales.columns.find((column) => column.spec.name === 'opened');
  assert.ok(closed && opened);
  closed.values[3] = opened.values[3] ?? null;
  assert.deepEqual(findViolations([{ type: 'inequality', low: 'opened', high: 'closed', strict: false }], sales), []);
  assert.deepEqual(findViolations([{ type: 'inequality', low: 'opened', high: 'closed' }], sales), [{ constraint: 0, rows: [3] }]);
});
