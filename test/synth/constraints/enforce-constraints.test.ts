import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GenstackError } from '../../../src/core/errors.ts';
import { seededRandom } from '../../../src/core/seeded-random.ts';
import {
  enforceConstraints,
  findViolations,
  satisfiedRows,
  transformForFit,
  type Constraint,
} from '../../../src/synth/constraints/index.ts';
import type { Cell, TypedTable } from '../../../src/synth/table/types.ts';
import { englishSales, firstDay, koreanOrders } from './tables.ts';

const day = 86_400_000;

const koreanConstraints: Constraint[] = [
  { type: 'formula', column: '금액', expression: '수량 * 단가' },
  { type: 'inequality', low: '시작일', high: '종료일' },
  { type: 'fixed-combinations', columns: ['시도', '시군구'] },
  { type: 'unique', columns: ['고객번호'] },
  { type: 'positive', column: '수량' },
  { type: 'range', column: '시작일', min: '2024-01-01', max: '2024-12-31' },
];

/** Every column drawn on its own, often out of bounds: negative quantities and gaps, dates outside 2024, unseen regions, repeated ids. */
function badKoreanSampler(fitTable: TypedTable, seed: number): (rows: number) => TypedTable {
  const random = seededRandom(seed);
  const integer = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const categories = fitTable.columns[1]?.spec.kind === 'categorical' ? fitTable.columns[1].spec.categories : [];
  const draw: Record<string, () => Cell> = {
    고객번호: () => `C${String(integer(1, 3000)).padStart(5, '0')}`,
    '시도 + 시군구': () => (random() < 0.2 ? '서울\u241f해운대구' : (categories[integer(0, categories.length - 1)] ?? null)),
    수량: () => integer(-3, 10),
    단가: () => 1000 + 100 * integer(0, 490),
    시작일: () => firstDay + integer(-200, 560) * day,
    '종료일#gap': () => integer(-10, 30) + random() - 0.5,
    회원: () => random() < 0.5,
  };
  return (rows) => ({
    rowCount: rows,
    columns: fitTable.columns.map((column) => ({
      spec: column.spec,
      values: Array.from({ length: rows }, () => draw[column.spec.name]?.() ?? null),
    })),
  });
}

test('a bad Korean sampler still yields only valid rows', () => {
  const orders = koreanOrders(600);
  const { table: fitTable, plan } = transformForFit(koreanConstraints, orders);
  const sampled = enforceConstraints({ constraints: koreanConstraints, plan, rows: 1500, sampleBatch: badKoreanSampler(fitTable, 7) });
  assert.equal(sampled.rowCount, 1500);
  assert.deepEqual(
    sampled.columns.map((column) => column.spec),
    orders.columns.map((column) => column.spec),
  );
  assert.ok(sampled.columns.every((column) => column.values.length === 1500));
  assert.ok(satisfiedRows(koreanConstraints, sampled, { plan }).every(Boolean));
  assert.deepEqual(findViolations(koreanConstraints, sampled), []);
  const regions = new Set(orders.columns[1]?.values.map((sido, row) => `${sido}/${orders.columns[2]?.values[row]}`));
  assert.ok(sampled.columns[1]?.values.every((sido, row) => regions.has(`${sido}/${sampled.columns[2]?.values[row]}`)));
  assert.equal(new Set(sampled.columns[0]?.values).size, 1500);
  // The same seed samples the same rows.
  const again = enforceConstraints({ constraints: koreanConstraints, plan, rows: 1500, sampleBatch: badKoreanSampler(fitTable, 7) });
  assert.deepEqual(again, sampled);
});

test('English sales with a sampler that ignores the inequality and the range', () => {
  const sales = englishSales(300);
  const constraints: Constraint[] = [
    { type: 'formula', column: 'total', expression: 'qty * price + shipping' },
    { type: 'inequality', low: 'opened', high: 'closed' },
    { type: 'range', column: 'price', min: 100, max: 900 },
  ];
  const { table: fitTable, plan } = transformForFit(constraints, sales);
  const random = seededRandom(3);
  const sampleBatch = (rows: number): TypedTable => ({
    rowCount: rows,
    columns: fitTable.columns.map((column) => ({
      spec: column.spec,
      values: Array.from({ length: rows }, (_, row) =>
        column.spec.name === 'closed#gap' ? random() * 20 - 5 : (column.values[(row * 7 + Math.floor(random() * 300)) % 300] ?? null),
      ),
    })),
  });
  const sampled = enforceConstraints({ constraints, plan, rows: 400, sampleBatch });
  assert.equal(sampled.rowCount, 400);
  assert.deepEqual(findViolations(constraints, sampled), []);
  const total = sampled.columns[5]?.values ?? [];
  assert.ok(
    total.every(
      (value, row) =>
        value ===
        Math.round(
          ((sampled.columns[2]?.values[row] as number) * (sampled.columns[3]?.values[row] as number) +
            (sampled.columns[4]?.values[row] as number)) *
            100,
        ) /
          100,
    ),
  );
});

test('an impossible constraint throws unprocessable naming the constraint that rejects most rows', () => {
  const orders = koreanOrders(200);
  const impossible: Constraint[] = [...koreanConstraints, { type: 'range', column: '수량', min: 100 }];
  const { table: fitTable, plan } = transformForFit(impossible, orders);
  assert.throws(
    () => enforceConstraints({ constraints: impossible, plan, rows: 100, maxAttempts: 5, sampleBatch: badKoreanSampler(fitTable, 1) }),
    (error) =>
      error instanceof GenstackError &&
      error.code === 'unprocessable' &&
      error.param === 'constraints' &&
      /constraints\[6\] \(range 수량 in \[100, ∞\]\) rejected the most rows/.test(error.message) &&
      /0 of \d+ sampled rows were valid after 5 batches/.test(error.message),
  );
});

test('too few distinct values for a unique constraint throws unprocessable', () => {
  const orders = koreanOrders(200);
  const constraints: Constraint[] = [{ type: 'unique', columns: ['시도'] }];
  const { table: fitTable, plan } = transformForFit(constraints, orders);
  let batches = 0;
  const sampleBatch = (rows: number): TypedTable => {
    batches += 1;
    return {
      rowCount: rows,
      columns: fitTable.columns.map((column) => ({
        spec: column.spec,
        values: Array.from({ length: rows }, (_, row) => column.values[row % 200] ?? null),
      })),
    };
  };
  assert.throws(
    () => enforceConstraints({ constraints, plan, rows: 10, sampleBatch }),
    (error) =>
      error instanceof GenstackError &&
      error.code === 'unprocessable' &&
      /3 of \d+ sampled rows were valid after 20 batches\. constraints\[0\] \(unique \(시도\)\)/.test(error.message),
  );
  assert.equal(batches, 20);
});
