// Cholesky with its ridge fallback, nearest correlation, Pearson correlation and the KS statistics.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seededRandom } from '../../../src/core/seeded-random.ts';
import {
  cholesky,
  correlationMatrix,
  ksAgainstCdf,
  ksStatistic,
  nearestCorrelation,
  normalCdf,
  pearsonCorrelation,
} from '../../../src/synth/stats/index.ts';

/** L·Lᵀ. */
const multiply = (lower: number[][]) =>
  lower.map((row) => lower.map((other) => row.reduce((sum, value, k) => sum + value * (other[k] ?? 0), 0)));

test('cholesky factors a positive-definite matrix exactly', () => {
  const { lower, ridge } = cholesky([
    [4, 2, 0.4],
    [2, 3, 0.5],
    [0.4, 0.5, 2],
  ]);
  assert.equal(ridge, 0);
  const product = multiply(lower);
  assert.ok(Math.abs((product[1]?.[0] ?? 0) - 2) < 1e-12);
  assert.ok(Math.abs((product[2]?.[2] ?? 0) - 2) < 1e-12);
  assert.equal(lower[0]?.[1], 0);
});

test('cholesky adds a small ridge to a singular or indefinite matrix instead of failing', () => {
  const singular = cholesky([
    [1, 1],
    [1, 1],
  ]);
  assert.ok(singular.ridge > 0 && singular.ridge < 1e-3);
  const indefinite = cholesky([
    [1, 0.9, 0.9],
    [0.9, 1, -0.9],
    [0.9, -0.9, 1],
  ]);
  assert.ok(indefinite.ridge > 0);
  assert.ok(indefinite.lower.every((row) => row.every(Number.isFinite)));
});

test('nearestCorrelation repairs an indefinite matrix, keeping a unit diagonal', () => {
  const repaired = nearestCorrelation([
    [1, 0.9, 0.9],
    [0.9, 1, -0.9],
    [0.9, -0.9, 1],
  ]);
  assert.deepEqual(
    repaired.map((row, i) => row[i]),
    [1, 1, 1],
  );
  assert.equal(cholesky(repaired).ridge, 0);
});

test('pearsonCorrelation and correlationMatrix agree and see a known correlation', () => {
  const random = seededRandom(5);
  const count = 4000;
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  for (let index = 0; index < count; index++) {
    const shared = random() - 0.5;
    x[index] = shared + 0.5 * (random() - 0.5);
    y[index] = shared + 0.5 * (random() - 0.5);
  }
  const rho = pearsonCorrelation(x, y);
  assert.ok(Math.abs(rho - 0.8) < 0.03, `ρ = ${rho}`);
  assert.ok(Math.abs((correlationMatrix([x, y])[0]?.[1] ?? 0) - rho) < 1e-12);
  assert.equal(pearsonCorrelation(x, new Float64Array(count).fill(3)), 0);
});

test('ksStatistic is 0 for equal samples and matches SciPy on a shifted pair', () => {
  assert.equal(ksStatistic(Float64Array.from([3, 1, 2]), Float64Array.from([1, 2, 3])), 0);
  assert.equal(ksStatistic(Float64Array.from([1, 2, 3, 4, 5]), Float64Array.from([3, 4, 5, 6, 7, 8])), 0.5);
});

test('ksAgainstCdf handles atoms: a sample of 60 % zeros fits a CDF with a 0.6 jump at zero exactly', () => {
  const sorted = Float64Array.from([0, 0, 0, 0, 0, 0, 1, 2, 3, 4]);
  const withAtom = {
    cdf: (x: number) => (x < 0 ? 0 : Math.min(1, 0.6 + 0.1 * Math.floor(x))),
    cdfLeft: (x: number) => (x <= 0 ? 0 : Math.min(1, 0.6 + 0.1 * Math.ceil(x - 1))),
  };
  assert.ok(ksAgainstCdf(sorted, withAtom) < 1e-12);
  const normal = { cdf: normalCdf, cdfLeft: normalCdf };
  assert.ok(ksAgainstCdf(sorted, normal) > 0.09);
});
