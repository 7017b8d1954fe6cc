// Hand-computed SDMetrics values on tiny inputs: KS, TV, correlation and contingency (mixed pair, edges, clipping).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { categoryCodes } from '../../../src/synth/reports/column-values.ts';
import { ContingencyWorkspace } from '../../../src/synth/reports/contingency-similarity.ts';
import { binCodes, histogramEdges } from '../../../src/synth/reports/histogram-bins.ts';
import { correlationSimilarity, ksComplement, pearson, tvComplement } from '../../../src/synth/reports/index.ts';
import { ksStatistic } from '../../../src/synth/stats/index.ts';
import { qualityReport } from '../../../src/synth/reports/index.ts';
import { categoricalSpec, numericSpec, tableOf } from './tables.ts';

const close = (actual: number | null, expected: number): void => {
  assert.ok(actual !== null && Math.abs(actual - expected) < 1e-12, `${actual} ≠ ${expected}`);
};

test('KS of [1,2,3] vs [1,2,4] is 1/3, so KSComplement is 2/3', () => {
  close(ksStatistic(Float64Array.of(1, 2, 3), Float64Array.of(1, 2, 4)), 1 / 3);
  close(ksComplement(Float64Array.of(1, 2, 3), Float64Array.of(1, 2, 4)), 2 / 3);
  // Disjoint samples: the CDFs are 1 apart.
  close(ksComplement(Float64Array.of(1, 2), Float64Array.of(3, 4, 5)), 0);
  // Ties across samples: [1,1,2] vs [1,2,2] → max gap 1/3 at 1.
  close(ksStatistic(Float64Array.of(1, 1, 2), Float64Array.of(1, 2, 2)), 1 / 3);
  assert.equal(ksComplement(new Float64Array(0), Float64Array.of(1)), null);
});

test('TVComplement: ½ Σ |p − q|, missing counted as its own category', () => {
  const { labels, codes } = categoryCodes([
    ['서울', '서울', '부산', '부산'],
    ['서울', '부산', '부산', '부산'],
  ]);
  close(tvComplement(codes[0]!, codes[1]!, labels.length), 0.75);
  const withMissing = categoryCodes([
    ['서울', null],
    ['서울', '서울'],
  ]);
  close(tvComplement(withMissing.codes[0]!, withMissing.codes[1]!, withMissing.labels.length), 0.5);
  // A synthetic-only category adds its whole share to the distance.
  const unseen = categoryCodes([
    ['a', 'a'],
    ['a', 'z'],
  ]);
  close(tvComplement(unseen.codes[0]!, unseen.codes[1]!, unseen.labels.length), 0.5);
});

test('CorrelationSimilarity = 1 − |ρreal − ρsyn| / 2 with Pearson ρ, rows with a missing value dropped', () => {
  const x = Float64Array.of(1, 2, 3, 4);
  close(pearson(x, Float64Array.of(2, 4, 6, 8)), 1);
  close(pearson(x, Float64Array.of(1, -1, -1, 1)), 0);
  close(correlationSimilarity(1, 0), 0.5);
  close(correlationSimilarity(1, -1), 0);
  // The NaN row is dropped, leaving a perfect line.
  close(pearson(Float64Array.of(1, 2, 3, Number.NaN), Float64Array.of(1, 2, 3, 100)), 1);
  assert.equal(pearson(Float64Array.of(1, 1, 1), Float64Array.of(1, 2, 3)), null);
  assert.equal(correlationSimilarity(null, 0.5), null);
});

test('bins follow numpy histogram_bin_edges + digitize with open outer edges', () => {
  const edges = histogramEdges(Float64Array.of(0, 10), 10);
  assert.deepEqual([...edges], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  // A value on an inner edge goes up; the real max lands in the last bin; outside values clip; NaN is bin 10.
  assert.deepEqual([...binCodes(Float64Array.of(0, 4.999, 5, 10, 12, -3, Number.NaN), edges)], [0, 4, 5, 9, 9, 0, 10]);
  // A constant column spans value ± 0.5.
  assert.deepEqual([...histogramEdges(Float64Array.of(3, 3), 2)], [2.5, 3, 3.5]);
});

test('ContingencySimilarity of a mixed pair: numeric binned with real edges, 1 − TVD of the joint table', () => {
  // Real bins: 0→0, 10→9, 5→5, 5→5. Synthetic: 0→0, 12→9 (clipped), −3→0 (clipped), 5→5.
  // Real joint: (0,a) (9,b) (5,a) (5,b) each ¼. Synthetic: (0,a) ½, (9,b) ¼, (5,a) ¼. TVD = (¼ + ¼) / 2 = ¼.
  const real = tableOf([
    [numericSpec('값'), [0, 10, 5, 5]],
    [categoricalSpec('지역'), ['a', 'b', 'a', 'b']],
  ]);
  const synthetic = tableOf([
    [numericSpec('값'), [0, 12, -3, 5]],
    [categoricalSpec('지역'), ['a', 'b', 'a', 'a']],
  ]);
  const report = qualityReport(real, synthetic);
  const pair = report.columnPairTrends.details[0]!;
  assert.equal(pair.metric, 'ContingencySimilarity');
  close(pair.score, 0.75);
  assert.equal(pair.realCorrelation, null);
  // KS: real CDF vs synthetic CDF differ most at −3 (0 vs ¼) and at 10 (1 vs ¾) → ¼; TV of a/b: ½ vs ¾ → ¼.
  close(report.columnShapes.details[0]!.score, 0.75);
  close(report.columnShapes.details[1]!.score, 0.75);
  close(report.score, 0.75);
});

test('ContingencySimilarity of two categorical columns counts missing as a category', () => {
  const workspace = new ContingencyWorkspace();
  const first = categoryCodes([
    ['x', 'x', null, 'y'],
    ['x', null, null, 'y'],
  ]);
  const second = categoryCodes([
    ['1', '2', '1', '2'],
    ['1', '2', '1', '2'],
  ]);
  const column = (coded: ReturnType<typeof categoryCodes>) => ({
    real: coded.codes[0]!,
    synthetic: coded.codes[1]!,
    cardinality: coded.labels.length,
  });
  // Real: (x,1) (x,2) (∅,1) (y,2); synthetic: (x,1) (∅,2) (∅,1) (y,2) → differs on (x,2) and (∅,2): TVD = ¼.
  close(workspace.similarity(column(first), column(second)), 0.75);
  // The buffers are cleared after each pair, so the same call gives the same answer.
  close(workspace.similarity(column(first), column(second)), 0.75);
});
