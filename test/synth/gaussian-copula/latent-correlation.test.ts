// The latent-correlation correction: ties and zero-inflation no longer dilute the copula's correlations.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seededRandom } from '../../../src/core/seeded-random.ts';
import { createGaussianCopula } from '../../../src/synth/synthesizers/gaussian-copula/index.ts';
import { latentCorrelation, scoreHermiteCoefficients } from '../../../src/synth/synthesizers/gaussian-copula/latent-correlation.ts';
import type { EncodedTable } from '../../../src/synth/table/types.ts';
import { correlatedTable } from './tables.ts';

/** Two costs that are zero 70 % of the time, driven by latent normals with correlation 0.9. */
function zeroInflatedPair(): EncodedTable {
  const base = correlatedTable(0.9, 3000, 31);
  const cut = 0.5244; // Φ⁻¹(0.7)
  const toCost = (values: Float64Array) => Float64Array.from(values, (z) => (z < cut ? 0 : Math.round(100 * Math.exp(z))));
  return {
    rowCount: base.rowCount,
    columns: base.columns.map((column) => ({ ...column, values: toCost(column.values), integer: true })),
  };
}

test('without atoms the latent correlation is the observed one', () => {
  assert.equal(latentCorrelation(0.42, null, null), 0.42);
});

test('a column that is 90 % one atom scales the correlation up by 1/a₁', () => {
  const coefficients = scoreHermiteCoefficients(Float64Array.from([0, 0.9]));
  const first = coefficients?.[1] ?? 0;
  assert.ok(first > 0.1 && first < 0.5, `a₁ = ${first}`);
  assert.ok(Math.abs(latentCorrelation(0.1, coefficients, null) - 0.1 / first) < 1e-9);
});

test('two zero-inflated costs with latent ρ = 0.9 are fitted near 0.9, not at the diluted score correlation', () => {
  const table = zeroInflatedPair();
  const corrected = createGaussianCopula().fit(table, { seed: 1 }).correlation[0]?.[1] ?? 0;
  const diluted = createGaussianCopula({ latentCorrection: false }).fit(table, { seed: 1 }).correlation[0]?.[1] ?? 0;
  assert.ok(Math.abs(corrected - 0.9) < 0.05, `corrected ${corrected}`);
  assert.ok(diluted < 0.8, `diluted ${diluted}`);
  const synthetic = createGaussianCopula().sample(createGaussianCopula().fit(table, { seed: 1 }), {
    rows: 4000,
    random: seededRandom(3),
  });
  const [first, second] = synthetic.columns.map((column) => column.values);
  let bothZero = 0;
  for (let row = 0; row < 4000; row++) if (first?.[row] === 0 && second?.[row] === 0) bothZero++;
  // With ρ = 0.9 both are zero together far more often than the 49 % independence would give.
  assert.ok(bothZero / 4000 > 0.6, `both zero ${bothZero / 4000}`);
});
