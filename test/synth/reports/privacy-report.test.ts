// Privacy report: hand-computed DCR, exact search vs a naive loop, DCR share for private vs copying synthesizers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seededRandom } from '../../../src/core/seeded-random.ts';
import { closerShare, privacyReport } from '../../../src/synth/reports/index.ts';
import { distanceEncodings, distanceLayout, encodeColumns } from '../../../src/synth/reports/distance-matrix.ts';
import { nearestDistances, querySet, referenceSet } from '../../../src/synth/reports/nearest-distance.ts';
import { sampleIndices } from '../../../src/synth/stats/index.ts';
import type { Cell, TypedTable } from '../../../src/synth/table/types.ts';
import { categoricalSpec, customers, numericSpec, tableOf, textSpec } from './tables.ts';

test('DCR uses range-normalised numeric gaps capped at 1, 0/1 categories and missing rules', () => {
  const train = tableOf([
    [numericSpec('나이'), [10, 20]],
    [categoricalSpec('지역'), ['서울', '부산']],
  ]);
  // [12, 부산] → min((0.2 + 1) / 2, (0.8 + 0) / 2) = 0.4; [∅, 서울] → (1 + 0) / 2 = 0.5; [40, 서울] → (1 + 0) / 2 = 0.5.
  const synthetic = tableOf([
    [numericSpec('나이'), [12, null, 40]],
    [categoricalSpec('지역'), ['부산', '서울', '서울']],
  ]);
  const report = privacyReport({ train, synthetic });
  assert.ok(Math.abs((report.dcrToTrain?.median ?? 0) - 0.5) < 1e-12);
  assert.ok(Math.abs((report.dcrToTrain?.mean ?? 0) - 1.4 / 3) < 1e-12);
  assert.ok(Math.abs((report.dcrToTrain?.percentile5 ?? 0) - 0.41) < 1e-12);
  assert.equal(report.dcrShare, null);
  assert.equal(report.exactCopyRate, 0);
  assert.equal(report.epsilon, null);
});

function naiveDistance(first: Cell[], second: Cell[], ranges: (number | null)[]): number {
  let sum = 0;
  first.forEach((value, column) => {
    const other = second[column] ?? null;
    const range = ranges[column];
    if (value === null || other === null) sum += value === other ? 0 : 1;
    else if (range === null || range === undefined) sum += value === other ? 0 : 1;
    else sum += Math.min(Math.abs((value as number) - (other as number)) / range, 1);
  });
  return sum / first.length;
}

test('the indexed, pruned search finds exactly the naive nearest distance', () => {
  const random = seededRandom(9);
  const make = (rows: number): TypedTable => {
    const pick = <T>(values: T[]): T => values[Math.floor(random() * values.length)] as T;
    const columns: [ReturnType<typeof numericSpec>, Cell[]][] = [
      [numericSpec('x'), Array.from({ length: rows }, () => (random() < 0.1 ? null : Math.round(random() * 100)))],
      [numericSpec('y'), Array.from({ length: rows }, () => random() * 5)],
      [categoricalSpec('지역'), Array.from({ length: rows }, () => pick(['서울', '부산', null]))],
      [categoricalSpec('code'), Array.from({ length: rows }, () => `k${Math.floor(random() * 200)}`)],
      [categoricalSpec('rare'), Array.from({ length: rows }, () => (random() < 0.05 ? null : `r${Math.floor(random() * 60)}`))],
    ];
    return tableOf(columns);
  };
  const train = make(400);
  const synthetic = make(120);
  const encodings = distanceEncodings(train);
  const trainColumns = encodeColumns(train, 'train', { encodings, rows: null });
  const queryColumns = encodeColumns(synthetic, 'synthetic', { encodings, rows: null });
  const layout = distanceLayout({ encodings, queries: queryColumns, references: trainColumns });
  assert.ok(layout.indexed.length >= 2, 'the rare categorical columns are indexed');
  const fast = nearestDistances(querySet(queryColumns, layout), referenceSet(trainColumns, layout));
  const range = (name: string): number => {
    const values = train.columns.find((column) => column.spec.name === name)!.values.filter((value) => value !== null) as number[];
    return Math.max(...values) - Math.min(...values);
  };
  const ranges = [range('x'), range('y'), null, null, null];
  const row = (table: TypedTable, index: number): Cell[] => table.columns.map((column) => column.values[index] ?? null);
  for (let query = 0; query < synthetic.rowCount; query += 1) {
    let best = Infinity;
    for (let reference = 0; reference < train.rowCount; reference += 1) {
      best = Math.min(best, naiveDistance(row(synthetic, query), row(train, reference), ranges));
    }
    assert.ok(Math.abs((fast[query] ?? -1) - best) < 1e-12, `row ${query}: ${fast[query]} vs ${best}`);
  }
});

test('DCR share ≈ 0.5 for a fresh sample and ≈ 1 for copies of train; copies are exact', () => {
  const train = customers(1000, { random: seededRandom(1) });
  const holdout = customers(1000, { random: seededRandom(2), offset: 10_000 });
  const fresh = customers(1000, { random: seededRandom(3), offset: 20_000 });
  const privateReport = privacyReport({ train, synthetic: fresh, holdout, epsilon: 1.5, random: seededRandom(5) });
  assert.ok(Math.abs((privateReport.dcrShare ?? 0) - 0.5) < 0.08, `fresh share ${privateReport.dcrShare}`);
  assert.equal(privateReport.exactCopyRate, 0);
  assert.equal(privateReport.textCopyRate, 0);
  assert.equal(privateReport.epsilon, 1.5);
  assert.deepEqual(privateReport.columns, ['나이', '소득', '가입일', '지역', '구매여부']);

  const copies = privacyReport({ train, synthetic: train, holdout, random: seededRandom(5) });
  assert.ok((copies.dcrShare ?? 0) > 0.97, `copy share ${copies.dcrShare}`);
  assert.equal(copies.exactCopyRate, 1);
  assert.equal(copies.exactCopies, 1000);
  assert.equal(copies.textCopyRate, 1);
  assert.equal(copies.dcrToTrain?.median, 0);
  assert.ok((copies.dcrToHoldout?.median ?? 0) > 0);
});

test('a smaller holdout is matched by a train subsample, so a fresh sample still scores ≈ 0.5', () => {
  const train = customers(1200, { random: seededRandom(11) });
  const holdout = customers(400, { random: seededRandom(12) });
  const fresh = customers(800, { random: seededRandom(13) });
  const report = privacyReport({ train, synthetic: fresh, holdout, random: seededRandom(1) });
  assert.ok(Math.abs((report.dcrShare ?? 0) - 0.5) < 0.08, `share ${report.dcrShare}`);
  assert.equal(report.holdoutRows, 400);
});

test('subsampling is capped by maxRows and deterministic for a seed; exact copies count all rows', () => {
  const train = customers(600, { random: seededRandom(21) });
  const synthetic = tableOf(
    train.columns.map((column) => [
      column.spec,
      [
        ...column.values.slice(0, 300),
        ...customers(300, { random: seededRandom(22), offset: 10_000 }).columns.find((other) => other.spec.name === column.spec.name)!
          .values,
      ],
    ]),
  );
  const first = privacyReport({ train, synthetic, maxRows: 50, random: seededRandom(3) });
  const second = privacyReport({ train, synthetic, maxRows: 50, random: seededRandom(3) });
  assert.deepEqual(first, second);
  assert.equal(first.sampledRows, 50);
  assert.equal(first.exactCopyRate, 0.5);
  assert.equal(first.textCopyRate, 0.5);
  assert.deepEqual(first.textColumns, [{ column: '메모', copyRate: 0.5 }]);
});

test('text columns: copy rate per column, missing values skipped', () => {
  const train = tableOf([
    [numericSpec('n'), [1, 2]],
    [textSpec('설명'), ['좋아요', '별로예요']],
  ]);
  const synthetic = tableOf([
    [numericSpec('n'), [1, 5, 2]],
    [textSpec('설명'), ['좋아요', null, '새 문장']],
  ]);
  const report = privacyReport({ train, synthetic });
  assert.deepEqual(report.textColumns, [{ column: '설명', copyRate: 0.5 }]);
  // Text is not modelled: rows 1 and 3 match a training row on 'n'.
  assert.equal(report.exactCopies, 2);
});

test('closerShare counts ties as half', () => {
  assert.equal(closerShare(Float64Array.of(0.1, 0.3, 0.5), Float64Array.of(0.2, 0.3, 0.4)), 0.5);
  assert.equal(sampleIndices(5, 10, seededRandom(1)).length, 5);
});
