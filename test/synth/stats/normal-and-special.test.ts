// Φ, Φ⁻¹ and the incomplete gamma / beta functions against SciPy reference values.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { logGamma, normalCdf, normalQuantile, regularizedBeta, regularizedGammaP } from '../../../src/synth/stats/index.ts';

const close = (actual: number, expected: number, tolerance: number) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${actual} is not within ${tolerance} of ${expected}`);

test('normalCdf matches SciPy to ~1e-15 relative, also deep in the tails', () => {
  close(normalCdf(-7) / 1.279812543885835e-12, 1, 1e-12);
  close(normalCdf(-1.5), 0.06680720126885807, 1e-15);
  close(normalCdf(2.5), 0.9937903346742238, 1e-15);
  assert.equal(normalCdf(0), 0.5);
});

test('normalQuantile matches SciPy to 1e-9 and inverts normalCdf', () => {
  close(normalQuantile(1e-12), -7.034483825301131, 1e-9);
  close(normalQuantile(0.3), -0.5244005127080409, 1e-12);
  close(normalQuantile(0.999), 3.090232306167813, 1e-12);
  for (const p of [1e-9, 0.001, 0.02425, 0.2, 0.5, 0.8, 0.97575, 0.9999]) close(normalCdf(normalQuantile(p)), p, 1e-9 * p + 1e-15);
  assert.equal(normalQuantile(0), Number.NEGATIVE_INFINITY);
  assert.equal(normalQuantile(1), Number.POSITIVE_INFINITY);
  assert.ok(Number.isNaN(normalQuantile(1.5)));
});

test('log-gamma and the regularized incomplete gamma and beta match SciPy', () => {
  close(logGamma(0.3), 1.0957979948180756, 1e-13);
  close(logGamma(5), Math.log(24), 1e-13);
  close(regularizedGammaP(3.5, 2), 0.22022259152428406, 1e-13);
  close(regularizedGammaP(0.5, 10), 0.999992255783569, 1e-13);
  close(regularizedBeta(0.3, 2.5, 4), 0.3521975859067672, 1e-13);
  close(regularizedBeta(0.9, 0.5, 0.5), 0.7951672353008665, 1e-13);
  assert.equal(regularizedBeta(0, 2, 2), 0);
  assert.equal(regularizedGammaP(2, 0), 0);
});
