// Sampled values keep atoms (zero-inflation) and whole numbers exact, while smoothed continuous values are not copies of training values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seededRandom } from '../../../src/core/seeded-random.ts';
import { cartSynthesizer, createCartSynthesizer } from '../../../src/synth/synthesizers/cart/index.ts';
import { columnValues, koreanShopTable, parabolaTable } from './fixtures.ts';

test('a zero-inflated column keeps its share of exact zeros', () => {
  const training = koreanShopTable(3000);
  const params = cartSynthesizer.fit(training, { seed: 1 });
  const synthetic = cartSynthesizer.sample(params, { rows: 5000, random: seededRandom(2) });
  const zeroShare = (values: Float64Array): number => values.filter((value) => value === 0).length / values.length;
  const real = zeroShare(columnValues(training, '매출'));
  const sampled = zeroShare(columnValues(synthetic, '매출'));
  assert.ok(Math.abs(real - sampled) < 0.03, `zero share ${sampled} vs ${real}`);
  assert.ok(columnValues(synthetic, '매출').every((value) => value >= 0));
});

test('integer columns are sampled as whole numbers and continuous ones stay in the training range', () => {
  const params = cartSynthesizer.fit(koreanShopTable(1000), { seed: 1 });
  const synthetic = cartSynthesizer.sample(params, { rows: 2000, random: seededRandom(2) });
  assert.ok(columnValues(synthetic, '직원수').every(Number.isInteger));
  const { min, max } = params.columns.find((column) => column.name === '매출') ?? {};
  assert.ok(columnValues(synthetic, '매출').every((value) => value >= (min ?? 0) && value <= (max ?? 0)));
});

test('smoothed continuous values are almost never verbatim copies of training values', () => {
  const training = parabolaTable(1500);
  const seen = new Set([...columnValues(training, 'x'), ...columnValues(training, 'y')]);
  const copyShare = (smoothing: number): number => {
    const synthesizer = createCartSynthesizer({ smoothing });
    const synthetic = synthesizer.sample(synthesizer.fit(training, { seed: 1 }), { rows: 3000, random: seededRandom(4) });
    const values = [...columnValues(synthetic, 'x'), ...columnValues(synthetic, 'y')];
    return values.filter((value) => seen.has(value)).length / values.length;
  };
  assert.ok(copyShare(0.5) < 0.01, `copy share ${copyShare(0.5)}`);
});

test('discrete codes stay inside each column cardinality', () => {
  const params = cartSynthesizer.fit(koreanShopTable(800), { seed: 3 });
  const synthetic = cartSynthesizer.sample(params, { rows: 1000, random: seededRandom(5) });
  for (const column of synthetic.columns.filter((candidate) => candidate.type === 'discrete'))
    assert.ok(column.values.every((code) => Number.isInteger(code) && code >= 0 && code < (column.cardinality ?? 0)));
});

test('degenerate columns (a constant number, a single category, one column alone) fit and sample', () => {
  const rows = 200;
  const training = {
    rowCount: rows,
    columns: [
      { name: 'constant', type: 'continuous' as const, values: new Float64Array(rows).fill(3.5) },
      { name: '단일', type: 'discrete' as const, cardinality: 1, values: new Float64Array(rows) },
    ],
  };
  const synthetic = cartSynthesizer.sample(cartSynthesizer.fit(training, { seed: 1 }), { rows: 30, random: seededRandom(1) });
  assert.ok(columnValues(synthetic, 'constant').every((value) => value === 3.5));
  assert.ok(columnValues(synthetic, '단일').every((value) => value === 0));
  const alone = { rowCount: rows, columns: [training.columns[0]!] };
  assert.equal(cartSynthesizer.sample(cartSynthesizer.fit(alone, { seed: 1 }), { rows: 0, random: seededRandom(1) }).rowCount, 0);
});
