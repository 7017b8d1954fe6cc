// Marginal family selection by KS, the empirical quantile knots (atoms kept exact), and integer rounding.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seededRandom } from '../../../src/core/seeded-random.ts';
import { ksStatistic } from '../../../src/synth/stats/index.ts';
import { gaussianCopula } from '../../../src/synth/synthesizers/gaussian-copula/index.ts';
import type { ContinuousColumnParams } from '../../../src/synth/synthesizers/gaussian-copula/index.ts';
import {
  empiricalCdf,
  empiricalCdfLeft,
  empiricalQuantile,
  fitEmpirical,
} from '../../../src/synth/synthesizers/gaussian-copula/marginals/empirical-family.ts';
import type { EncodedTable } from '../../../src/synth/table/types.ts';
import { normalPairs } from './tables.ts';

const oneColumn = (name: string, values: Float64Array, integer = false): EncodedTable => ({
  rowCount: values.length,
  columns: [{ name, type: 'continuous', values, integer }],
});

function fitOne(table: EncodedTable): ContinuousColumnParams {
  const column = gaussianCopula.fit(table, { seed: 1 }).columns[0];
  assert.ok(column?.type === 'continuous');
  return column;
}

test('normally distributed data gets a normal-like parametric family with a small KS', () => {
  const { x } = normalPairs(seededRandom(3), 3000);
  const column = fitOne(
    oneColumn(
      'height',
      Float64Array.from(x, (value) => 170 + 8 * value),
    ),
  );
  assert.ok(['normal', 'truncated-normal', 'beta'].includes(column.marginal.family), column.marginal.family);
  assert.ok(column.ks < 0.03, `ks ${column.ks}`);
  assert.deepEqual(column.candidates.map((candidate) => candidate.family).sort(), [
    'beta',
    'empirical',
    'gamma',
    'lognormal',
    'normal',
    'truncated-normal',
    'uniform',
  ]);
});

test('right-skewed data gets a skewed family (or the empirical one), never the normal', () => {
  const { x } = normalPairs(seededRandom(4), 3000);
  const values = Float64Array.from(x, (value) => Math.exp(10 + 0.8 * value));
  const column = fitOne(oneColumn('income', values));
  assert.ok(['lognormal', 'gamma', 'empirical'].includes(column.marginal.family), column.marginal.family);
  const normalKs = column.candidates.find((candidate) => candidate.family === 'normal')?.ks ?? 0;
  assert.ok(normalKs > 0.1 && column.ks < 0.03, `normal ${normalKs}, chosen ${column.ks}`);
  const params = gaussianCopula.fit(oneColumn('income', values), { seed: 1 });
  const sampled = gaussianCopula.sample(params, { rows: 3000, random: seededRandom(9) }).columns[0]?.values;
  assert.ok(sampled && ksStatistic(values, sampled) < 0.05);
});

test('a zero-inflated cost column is empirical and keeps its exact zero share', () => {
  const random = seededRandom(5);
  const { x } = normalPairs(random, 3000);
  const values = Float64Array.from(x, (value) => (random() < 0.6 ? 0 : Math.round(Math.exp(7 + value))));
  const zeroShare = values.filter((value) => value === 0).length / values.length;
  const params = gaussianCopula.fit(oneColumn('수리비', values, true), { seed: 1 });
  const column = params.columns[0];
  assert.ok(column?.type === 'continuous' && column.marginal.family === 'empirical');
  const sampled = gaussianCopula.sample(params, { rows: 5000, random: seededRandom(2) }).columns[0]?.values ?? [];
  const sampledZeroShare = sampled.filter((value) => value === 0).length / sampled.length;
  assert.ok(Math.abs(sampledZeroShare - zeroShare) < 0.025, `${sampledZeroShare} vs ${zeroShare}`);
  assert.ok(sampled.every((value) => value === 0 || value >= 1));
  assert.ok(sampled.every(Number.isInteger));
});

test('empirical knots keep an atom exact: CDF jumps at it and the quantile is flat across it', () => {
  const sorted = Float64Array.from([0, 0, 0, 0, 0, 0, 3, 5, 8, 10]);
  const marginal = fitEmpirical(sorted, 16);
  assert.ok(marginal.probabilities.length <= 16);
  assert.equal(empiricalCdfLeft(marginal, 0), 0);
  assert.equal(empiricalCdf(marginal, 0), 0.6);
  assert.equal(empiricalQuantile(marginal, 0.3), 0);
  assert.equal(empiricalQuantile(marginal, 0.59), 0);
  assert.equal(empiricalQuantile(marginal, 1), 10);
  assert.ok(empiricalQuantile(marginal, 0.8) > 3);
  assert.equal(empiricalCdf(marginal, 10), 1);
});

test('integer columns are sampled as whole numbers inside the observed range', () => {
  const random = seededRandom(6);
  const values = Float64Array.from({ length: 1500 }, () => 18 + Math.floor(random() * 60));
  const params = gaussianCopula.fit(oneColumn('나이', values, true), { seed: 3 });
  const sampled = gaussianCopula.sample(params, { rows: 2000, random: seededRandom(4) }).columns[0]?.values ?? [];
  assert.ok(sampled.every((value) => Number.isInteger(value) && value >= 18 && value <= 77));
});
