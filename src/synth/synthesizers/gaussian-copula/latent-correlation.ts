// Undoes the attenuation that ties, atoms and category intervals cause in the correlation of randomized normal scores.
//
// A randomized score inside an atom is independent of everything else with mean E[Z | Z in atom], so the observed
// score correlation is g(ρ) = E[m₁(Z₁) m₂(Z₂)] for the latent ρ, where m replaces z inside each atom by that mean.
// With m = Σ aₙ hₙ in normalized Hermite polynomials, g(ρ) = Σ aₙ bₙ ρⁿ (Mehler), and every aₙ has a closed form.
import { normalPdf, normalQuantile } from '../../stats/index.ts';

/** Hermite terms kept; the remainder is bounded by the tails of Σ aₙ² and is small for all but extreme atoms. */
export const hermiteOrder = 120;
/** Latent correlations are kept inside ±this, so the matrix stays well conditioned. */
const maxLatentCorrelation = 0.999;

/** φ(z)·hₙ(z) for n = 0 … order at one point, hₙ = Heₙ / √n! (0 at ±∞). */
function weightedHermite(z: number, order: number): Float64Array {
  const values = new Float64Array(order + 1);
  if (!Number.isFinite(z)) return values;
  const density = normalPdf(z);
  let previous = 0;
  let current = 1;
  values[0] = density;
  for (let n = 1; n <= order; n++) {
    const next = (z * current - Math.sqrt(n - 1) * previous) / Math.sqrt(n);
    previous = current;
    current = next;
    values[n] = density * current;
  }
  return values;
}

/**
 * Hermite coefficients a₁ … a_order of m(Z) for atoms given as u-intervals [low, high] (flat pairs), a₀ = 0 omitted.
 * Null when the column has no atoms (m is the identity: a₁ = 1, the rest 0).
 * @example
 * scoreHermiteCoefficients(Float64Array.from([0, 0.9])); // a zero-inflated column: a₁ ≈ 0.33
 */
export function scoreHermiteCoefficients(atoms: Float64Array, order = hermiteOrder): Float64Array | null {
  if (atoms.length === 0) return null;
  const coefficients = new Float64Array(order + 1);
  coefficients[1] = 1;
  const integrals = new Float64Array(order + 2);
  for (let index = 0; index + 1 < atoms.length; index += 2) {
    const lowU = atoms[index] ?? 0;
    const highU = atoms[index + 1] ?? 0;
    const mass = highU - lowU;
    if (!(mass > 0)) continue;
    const lower = weightedHermite(normalQuantile(lowU), order + 1);
    const upper = weightedHermite(normalQuantile(highU), order + 1);
    // Iₙ = E[1_A hₙ(Z)]: I₀ = P(A), Iₙ = (φh₍ₙ₋₁₎(α) − φh₍ₙ₋₁₎(β)) / √n.
    integrals[0] = mass;
    for (let n = 1; n <= order + 1; n++) integrals[n] = ((lower[n - 1] ?? 0) - (upper[n - 1] ?? 0)) / Math.sqrt(n);
    const mean = (integrals[1] ?? 0) / mass;
    for (let n = 1; n <= order; n++) {
      // E[1_A (Z − μ) hₙ(Z)] with Z·hₙ = √(n+1)·hₙ₊₁ + √n·hₙ₋₁.
      const withZ = Math.sqrt(n + 1) * (integrals[n + 1] ?? 0) + Math.sqrt(n) * (integrals[n - 1] ?? 0);
      coefficients[n] = (coefficients[n] ?? 0) - (withZ - mean * (integrals[n] ?? 0));
    }
  }
  return coefficients;
}

function bridge(first: Float64Array | null, second: Float64Array | null, rho: number): number {
  if (!first || !second) return rho * ((first ?? second)?.[1] ?? 1);
  let sum = 0;
  let power = 1;
  for (let n = 1; n < first.length && n < second.length; n++) {
    power *= rho;
    sum += (first[n] ?? 0) * (second[n] ?? 0) * power;
  }
  return sum;
}

/**
 * The latent normal correlation whose randomized scores would show the `observed` correlation (inverse of the bridge g).
 * @example
 * latentCorrelation(0.3, scoreHermiteCoefficients(atoms), null); // 0.3 / a₁
 */
export function latentCorrelation(observed: number, first: Float64Array | null, second: Float64Array | null): number {
  if (!first && !second) return observed;
  const top = bridge(first, second, maxLatentCorrelation);
  const bottom = bridge(first, second, -maxLatentCorrelation);
  if (!(top > bottom)) return 0;
  if (observed >= top) return maxLatentCorrelation;
  if (observed <= bottom) return -maxLatentCorrelation;
  // g is increasing (m is non-decreasing), so bisection finds the one root.
  let low = -maxLatentCorrelation;
  let high = maxLatentCorrelation;
  for (let iteration = 0; iteration < 50; iteration++) {
    const middle = 0.5 * (low + high);
    if (bridge(first, second, middle) < observed) low = middle;
    else high = middle;
  }
  return 0.5 * (low + high);
}
