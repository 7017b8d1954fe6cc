// Reproducibility: same seed → same params and rows; a JSON round trip of the params samples the very same rows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seededRandom } from '../../../src/core/seeded-random.ts';
import { bayesNet, type BayesNetParams } from '../../../src/synth/synthesizers/bayes-net/index.ts';
import { koreanTable } from './fixtures.ts';

const rowsOf = (params: BayesNetParams, seed: number) =>
  bayesNet.sample(params, { rows: 300, random: seededRandom(seed) }).columns.map((column) => Array.from(column.values));

for (const epsilon of [undefined, 1]) {
  const label = epsilon === undefined ? 'without privacy' : `with ε = ${epsilon}`;
  test(`same fit seed gives the same params ${label}`, () => {
    const table = koreanTable(800);
    const context = { seed: 11, ...(epsilon === undefined ? {} : { epsilon }) };
    assert.deepEqual(bayesNet.fit(table, context), bayesNet.fit(table, context));
  });

  test(`same params and seed give identical rows, also after a JSON round trip, ${label}`, () => {
    const params = bayesNet.fit(koreanTable(800), { seed: 12, ...(epsilon === undefined ? {} : { epsilon }) });
    const restored = JSON.parse(JSON.stringify(params)) as BayesNetParams;
    assert.deepEqual(restored, params);
    assert.deepEqual(rowsOf(restored, 5), rowsOf(params, 5));
    assert.notDeepEqual(rowsOf(params, 6), rowsOf(params, 5));
  });
}

test('private fits with different seeds draw different noise', () => {
  const table = koreanTable(800);
  const first = bayesNet.fit(table, { seed: 1, epsilon: 1 });
  const second = bayesNet.fit(table, { seed: 2, epsilon: 1 });
  assert.notDeepEqual(first.nodes, second.nodes);
});
