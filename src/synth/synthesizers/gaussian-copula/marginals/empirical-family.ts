// The non-parametric marginal: the sample's quantile function as at most `maxKnots` knots, keeping atoms exact.
import type { EmpiricalMarginal } from './marginal-types.ts';

/** A value holding at least this share of rows is an atom and gets its own two knots (start and end of its jump). */
const atomShare = 0.004;

function addAtomKnots(sorted: Float64Array, maxAtoms: number, knots: [number, number][]): void {
  const count = sorted.length;
  const atoms: { value: number; start: number; end: number }[] = [];
  for (let start = 0; start < count;) {
    const value = sorted[start] ?? 0;
    let end = start + 1;
    while (end < count && sorted[end] === value) end++;
    if (end - start >= 2 && (end - start) / count >= atomShare) atoms.push({ value, start, end });
    start = end;
  }
  atoms.sort((left, right) => right.end - right.start - (left.end - left.start));
  for (const atom of atoms.slice(0, maxAtoms)) {
    knots.push([atom.start / count, atom.value], [atom.end / count, atom.value]);
  }
}

/**
 * Fits the empirical quantile function of a sorted sample: evenly spaced quantile knots plus exact atom boundaries.
 * @example
 * fitEmpirical(Float64Array.from([0, 0, 0, 5, 9]).sort(), 256); // zero keeps its 60 % share exactly
 */
export function fitEmpirical(sorted: Float64Array, maxKnots = 256): EmpiricalMarginal {
  const count = sorted.length;
  const knots: [number, number][] = [];
  addAtomKnots(sorted, Math.floor(maxKnots / 4), knots);
  const regular = Math.max(2, maxKnots - knots.length);
  for (let index = 0; index < regular; index++) {
    const p = index / (regular - 1);
    // The left-continuous inverse of the step CDF, so regular knots inside an atom's span carry the atom's value.
    knots.push([p, sorted[Math.min(count - 1, Math.floor(p * count))] ?? 0]);
  }
  knots.sort((left, right) => left[0] - right[0] || left[1] - right[1]);
  const probabilities: number[] = [];
  const values: number[] = [];
  for (const [p, value] of knots) {
    const last = values.length - 1;
    if (last >= 0 && probabilities[last] === p && values[last] === value) continue;
    // Drop the middle of three equal values: the atom is already spanned by its ends.
    if (last >= 1 && values[last] === value && values[last - 1] === value) {
      probabilities[last] = p;
      continue;
    }
    probabilities.push(p);
    values.push(Math.max(value, values[last] ?? value));
  }
  return { family: 'empirical', probabilities, values };
}

/** Last knot index with values[index] ≤ x (−1 when x is below every knot). */
function lastValueAtMost(values: readonly number[], x: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] ?? 0) <= x) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** First knot index with values[index] ≥ x (values.length when x is above every knot). */
function firstValueAtLeast(values: readonly number[], x: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] ?? 0) < x) low = middle + 1;
    else high = middle;
  }
  return low;
}

function interpolate(marginal: EmpiricalMarginal, index: number, x: number): number {
  const p0 = marginal.probabilities[index] ?? 0;
  const p1 = marginal.probabilities[index + 1] ?? 1;
  const v0 = marginal.values[index] ?? 0;
  const v1 = marginal.values[index + 1] ?? v0;
  return v1 > v0 ? p0 + ((x - v0) / (v1 - v0)) * (p1 - p0) : p1;
}

/**
 * F(x) = P(X ≤ x).
 * @example
 * empiricalCdf({ family: 'empirical', probabilities: [0, 0.6, 1], values: [0, 0, 10] }, 0); // 0.6
 */
export function empiricalCdf(marginal: EmpiricalMarginal, x: number): number {
  const index = lastValueAtMost(marginal.values, x);
  if (index < 0) return 0;
  if (index >= marginal.values.length - 1) return 1;
  return interpolate(marginal, index, x);
}

/**
 * F(x−) = P(X < x): lower than F(x) exactly at an atom.
 * @example
 * empiricalCdfLeft({ family: 'empirical', probabilities: [0, 0.6, 1], values: [0, 0, 10] }, 0); // 0
 */
export function empiricalCdfLeft(marginal: EmpiricalMarginal, x: number): number {
  const index = firstValueAtLeast(marginal.values, x);
  if (index <= 0) return 0;
  if (index >= marginal.values.length) return 1;
  if (marginal.values[index] === x) return marginal.probabilities[index] ?? 0;
  return interpolate(marginal, index - 1, x);
}

/**
 * Q(u) by linear interpolation between knots.
 * @example
 * empiricalQuantile({ family: 'empirical', probabilities: [0, 0.6, 1], values: [0, 0, 10] }, 0.3); // 0
 */
export function empiricalQuantile(marginal: EmpiricalMarginal, u: number): number {
  const { probabilities, values } = marginal;
  let low = 0;
  let high = probabilities.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((probabilities[middle] ?? 0) <= u) low = middle + 1;
    else high = middle;
  }
  const index = low - 1;
  if (index < 0) return values[0] ?? 0;
  if (index >= values.length - 1) return values[values.length - 1] ?? 0;
  const p0 = probabilities[index] ?? 0;
  const p1 = probabilities[index + 1] ?? 1;
  const v0 = values[index] ?? 0;
  return v0 + ((u - p0) / (p1 - p0)) * ((values[index + 1] ?? v0) - v0);
}
