// The non-private network finds known dependencies and samples them back (Korean and English tables).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seededRandom } from '../../../src/core/seeded-random.ts';
import { bayesNet } from '../../../src/synth/synthesizers/bayes-net/index.ts';
import { conditionalShare, englishTable, koreanTable, regionProductWeights } from './fixtures.ts';

const hasEdge = (network: { child: string; parents: string[] }[], a: string, b: string) =>
  network.some((node) => (node.child === a && node.parents.includes(b)) || (node.child === b && node.parents.includes(a)));

test('finds 지역 → 선호상품 and samples its conditional frequencies back', () => {
  const table = koreanTable(2000);
  const params = bayesNet.fit(table, { seed: 1 });
  assert.equal(params.privacy, null);
  assert.ok(hasEdge(params.network, '지역', '선호상품'), JSON.stringify(params.network));
  const synthetic = bayesNet.sample(params, { rows: 4000, random: seededRandom(7) });
  assert.deepEqual(
    synthetic.columns.map((column) => [column.name, column.type, column.cardinality]),
    table.columns.map((column) => [column.name, column.type, column.cardinality]),
  );
  for (const [region, weights] of regionProductWeights.entries()) {
    const expected = conditionalShare(table, { column: 1, code: weights.indexOf(Math.max(...weights)), given: 0, givenCode: region });
    const actual = conditionalShare(synthetic, { column: 1, code: weights.indexOf(Math.max(...weights)), given: 0, givenCode: region });
    assert.ok(Math.abs(actual - expected) < 0.06, `지역 ${region}: ${actual} vs ${expected}`);
  }
  const ages = synthetic.columns[2]?.values ?? new Float64Array();
  assert.ok(ages.every((age) => Number.isInteger(age) && age >= 20 && age <= 70));
});

test('finds plan → churn and keeps the churn rate of each plan', () => {
  const table = englishTable(2000);
  const params = bayesNet.fit(table, { seed: 3 });
  assert.ok(hasEdge(params.network, 'plan', 'churn'), JSON.stringify(params.network));
  const synthetic = bayesNet.sample(params, { rows: 4000, random: seededRandom(8) });
  for (const plan of [0, 1]) {
    const expected = conditionalShare(table, { column: 1, code: 1, given: 0, givenCode: plan });
    const actual = conditionalShare(synthetic, { column: 1, code: 1, given: 0, givenCode: plan });
    assert.ok(Math.abs(actual - expected) < 0.05, `plan ${plan}: churn ${actual} vs ${expected}`);
  }
  // monthly_fee depends on plan: basic fees stay near 10–15, pro fees near 50–55.
  const fees = synthetic.columns[2]?.values ?? new Float64Array();
  const plans = synthetic.columns[0]?.values ?? new Float64Array();
  let misplaced = 0;
  for (let row = 0; row < synthetic.rowCount; row++) if ((plans[row] === 0) !== (fees[row] ?? 0) < 30) misplaced++;
  assert.ok(misplaced / synthetic.rowCount < 0.02, `misplaced fees ${misplaced}`);
});

test('reports progress up to 1 while fitting', () => {
  const fractions: number[] = [];
  bayesNet.fit(englishTable(500), { seed: 1, onProgress: (fraction) => fractions.push(fraction) });
  assert.ok(fractions.length >= 3);
  assert.equal(fractions.at(-1), 1);
  assert.ok(fractions.every((fraction, index) => index === 0 || fraction >= (fractions[index - 1] ?? 0)));
});

test('an empty table is refused with a clear error', () => {
  assert.throws(
    () =>
      bayesNet.fit({ rowCount: 0, columns: [{ name: '지역', type: 'discrete', values: new Float64Array(), cardinality: 1 }] }, { seed: 1 }),
    (error: unknown) => error instanceof Error && 'code' in error && error.code === 'unprocessable',
  );
});
