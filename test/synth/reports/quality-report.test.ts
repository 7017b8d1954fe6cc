// Quality report on a Korean customer table: identical → 1, broken relations → lower pair trends, id/text skipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seededRandom } from '../../../src/core/seeded-random.ts';
import { GenstackError } from '../../../src/core/errors.ts';
import { qualityReport } from '../../../src/synth/reports/index.ts';
import { categoricalSpec, customers, numericSpec, shuffleAll, shuffleColumn, tableOf } from './tables.ts';

const real = customers(1500, { random: seededRandom(1) });

test('identical tables score exactly 1 everywhere', () => {
  const report = qualityReport(real, real);
  assert.equal(report.score, 1);
  assert.equal(report.columnShapes.score, 1);
  assert.equal(report.columnPairTrends.score, 1);
  assert.deepEqual(report.ignoredColumns, ['고객ID', '메모']);
  assert.deepEqual(
    report.columnShapes.details.map((detail) => [detail.column, detail.metric]),
    [
      ['나이', 'KSComplement'],
      ['소득', 'KSComplement'],
      ['가입일', 'KSComplement'],
      ['지역', 'TVComplement'],
      ['구매여부', 'TVComplement'],
    ],
  );
  // 5 modelled columns → 10 pairs; the three numeric/datetime pairs use correlation and report both ρ.
  assert.equal(report.columnPairTrends.details.length, 10);
  const ageIncome = report.columnPairTrends.details.find((pair) => pair.columns.join() === '나이,소득');
  assert.equal(ageIncome?.metric, 'CorrelationSimilarity');
  assert.ok((ageIncome?.realCorrelation ?? 0) > 0.7, `ρ = ${ageIncome?.realCorrelation}`);
  assert.equal(ageIncome?.realCorrelation, ageIncome?.syntheticCorrelation);
});

test('a second sample of the same distribution scores high; independent columns lower pair trends', () => {
  const sample = qualityReport(real, customers(1500, { random: seededRandom(2) }));
  const independent = qualityReport(real, shuffleAll(customers(1500, { random: seededRandom(2) }), seededRandom(3)));
  assert.ok((sample.score ?? 0) > 0.9, `sample quality ${sample.score}`);
  assert.ok((independent.columnShapes.score ?? 0) > 0.9, 'shapes survive shuffling');
  assert.ok(
    (independent.columnPairTrends.score ?? 1) < (sample.columnPairTrends.score ?? 0) - 0.1,
    `pair trends ${independent.columnPairTrends.score} vs ${sample.columnPairTrends.score}`,
  );
  const brokenIncome = qualityReport(real, shuffleColumn(real, '소득', seededRandom(4)));
  const pair = brokenIncome.columnPairTrends.details.find((detail) => detail.columns.join() === '나이,소득');
  assert.ok(Math.abs(pair?.syntheticCorrelation ?? 1) < 0.15, `shuffled ρ ${pair?.syntheticCorrelation}`);
  assert.ok((pair?.score ?? 1) < 0.7);
});

test('a modelled column missing from the synthetic table is an invalid_request naming it', () => {
  const synthetic = tableOf([[numericSpec('나이'), [1, 2]]]);
  assert.throws(
    () =>
      qualityReport(
        tableOf([
          [numericSpec('나이'), [1, 2]],
          [numericSpec('소득'), [3, 4]],
        ]),
        synthetic,
      ),
    (error: unknown) => error instanceof GenstackError && error.code === 'invalid_request' && error.message.includes("'소득'"),
  );
});

test('a constant column gives null correlation scores that the property mean skips', () => {
  const table = tableOf([
    [numericSpec('a'), [1, 1, 1, 1]],
    [numericSpec('b'), [1, 2, 3, 4]],
  ]);
  const report = qualityReport(table, table);
  assert.equal(report.columnPairTrends.details[0]?.score, null);
  assert.equal(report.columnPairTrends.score, null);
  assert.equal(report.score, 1);
  assert.doesNotThrow(() => JSON.stringify(report));
});

test('columns with more categories than the contingency cap are pooled, not dropped', () => {
  const random = seededRandom(8);
  // 1000 common codes (3 rows each) stay apart; 500 rare codes (1 row each) share the pooled code.
  const codes = [
    ...Array.from({ length: 3000 }, (_, row) => `코드${row % 1000}`),
    ...Array.from({ length: 500 }, (_, row) => `희귀${row}`),
  ];
  const flags = codes.map(() => (random() < 0.5 ? '예' : '아니오'));
  const real = tableOf([
    [categoricalSpec('코드'), codes],
    [categoricalSpec('여부'), flags],
  ]);
  assert.equal(qualityReport(real, real).columnPairTrends.score, 1);
  // Renaming one rare code to another changes the full-code TV, but not the pooled joint table.
  const moved = tableOf([
    [categoricalSpec('코드'), codes.map((code) => (code === '희귀1' ? '희귀2' : code))],
    [categoricalSpec('여부'), flags],
  ]);
  const report = qualityReport(real, moved);
  assert.ok((report.columnShapes.details[0]?.score ?? 1) < 1);
  assert.equal(report.columnPairTrends.details[0]?.score, 1);
});
