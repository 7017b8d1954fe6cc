// Differential privacy: the ε split is recorded, marginals survive ε = 1, noise grows as ε shrinks, bad ε is refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GenstackError } from '../../../src/core/errors.ts';
import { seededRandom } from '../../../src/core/seeded-random.ts';
import { bayesNet } from '../../../src/synth/synthesizers/bayes-net/index.ts';
import { mutualInformationSensitivity } from '../../../src/synth/synthesizers/bayes-net/privacy-mechanisms.ts';
import { englishTable, koreanTable, totalVariation } from './fixtures.ts';

test('ε = 1 records the ε1/ε2 split and keeps marginals within TVD 0.15 (3000 rows)', () => {
  const table = koreanTable(3000);
  const params = bayesNet.fit(table, { seed: 4, epsilon: 1 });
  assert.ok(params.privacy);
  assert.ok(params.degree >= 1, `degree ${params.degree}`);
  assert.equal(params.privacy.epsilon, 1);
  assert.equal(params.privacy.beta, 0.3);
  assert.ok(Math.abs(params.privacy.structureEpsilon - 0.3) < 1e-12);
  assert.ok(Math.abs(params.privacy.conditionalEpsilon - 0.7) < 1e-12);
  assert.ok(params.privacy.releasedTables >= 1 && params.privacy.releasedTables <= 3);
  assert.match(params.privacy.publicBounds, /public/);
  assert.equal(params.network.length, 3);
  const synthetic = bayesNet.sample(params, { rows: 3000, random: seededRandom(5) });
  for (const [index, cardinality] of [
    [0, 3],
    [1, 4],
  ] as const) {
    const distance = totalVariation(
      table.columns[index]?.values ?? new Float64Array(),
      synthetic.columns[index]?.values ?? new Float64Array(),
      cardinality,
    );
    assert.ok(distance < 0.15, `${table.columns[index]?.name}: TVD ${distance}`);
  }
  // Continuous bins under privacy are equal-width over the (public) range: sampled ages stay inside it.
  const ages = synthetic.columns[2]?.values ?? new Float64Array();
  assert.ok(ages.every((age) => Number.isInteger(age) && age >= 20 && age <= 70));
});

/** Mean TVD of churn given plan over seeds: how far the noisy model drifts from the data. */
function meanJointError(epsilon: number): number {
  const table = englishTable(1000);
  const joint = (values: Float64Array[], rows: number) => {
    const shares = new Float64Array(4);
    for (let row = 0; row < rows; row++) shares[(values[0]?.[row] ?? 0) * 2 + (values[1]?.[row] ?? 0)]! += 1 / rows;
    return shares;
  };
  const real = joint(
    table.columns.map((column) => column.values),
    table.rowCount,
  );
  let total = 0;
  const seeds = [1, 2, 3, 4, 5, 6];
  for (const seed of seeds) {
    const params = bayesNet.fit(table, { seed, epsilon });
    const synthetic = bayesNet.sample(params, { rows: 2000, random: seededRandom(seed) });
    const shares = joint(
      synthetic.columns.map((column) => column.values),
      synthetic.rowCount,
    );
    total += shares.reduce((sum, share, cell) => sum + Math.abs(share - (real[cell] ?? 0)), 0) / 2;
  }
  return total / seeds.length;
}

test('ε = 0.01 is visibly noisier than ε = 10', () => {
  const noisy = meanJointError(0.01);
  const accurate = meanJointError(10);
  assert.ok(noisy > accurate * 2, `ε=0.01 error ${noisy} vs ε=10 error ${accurate}`);
  assert.ok(accurate < 0.05, `ε=10 error ${accurate}`);
});

test('invalid epsilon is refused with param epsilon', () => {
  for (const epsilon of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
    assert.throws(
      () => bayesNet.fit(koreanTable(50), { seed: 1, epsilon }),
      (error: unknown) => error instanceof GenstackError && error.code === 'invalid_request' && error.param === 'epsilon',
      `epsilon ${epsilon}`,
    );
  }
});

test('mutual-information sensitivity follows PrivBayes (binary and general domains)', () => {
  const n = 1000;
  assert.ok(Math.abs(mutualInformationSensitivity(n, true) - ((1 / n) * Math.log2(n) + ((n - 1) / n) * Math.log2(n / (n - 1)))) < 1e-15);
  assert.ok(mutualInformationSensitivity(n, false) > mutualInformationSensitivity(n, true));
});
