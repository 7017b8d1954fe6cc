// A small Gaussian copula over per-entity variables (contexts, length, start, step, channel levels) so they are sampled jointly.
import { fitQuantiles, quantileAt } from './empirical-quantiles.ts';
import { compactArray, compactNumber } from './json-numbers.ts';
import { robustCholesky } from './linear-algebra.ts';
import { normalCdf, normalDraw, normalQuantile } from './normal-distribution.ts';

/** How one entity variable is read back from a uniform score. */
export type EntityMarginal =
  | { kind: 'continuous'; quantiles: number[]; integer: boolean }
  /** Codes in ascending order and the cumulative share up to and including each; a code owns its frequency interval. */
  | { kind: 'discrete'; codes: number[]; cumulative: number[] };

export interface EntityCopulaParams {
  marginals: EntityMarginal[];
  /** Lower Cholesky factor of the normal-score correlation, row by row. */
  cholesky: number[][];
}

export interface EntityVariable {
  values: Float64Array;
  discrete: boolean;
  integer?: boolean;
}

const maxQuantiles = 128;

/**
 * Fits empirical marginals and the correlation of normal scores (ranks for continuous variables, frequency-interval
 * midpoints for discrete ones), shrunk toward independence when entities are few.
 * @example
 * const copula = fitEntityCopula([{ values: lengths, discrete: false, integer: true }, { values: segments, discrete: true }]);
 */
export function fitEntityCopula(variables: EntityVariable[]): EntityCopulaParams {
  const dimension = variables.length;
  const count = variables[0]?.values.length ?? 0;
  const scores = variables.map((variable) => (variable.discrete ? discreteScores(variable.values) : rankScores(variable.values)));
  const correlation = new Float64Array(dimension * dimension);
  const shrink = count / (count + dimension + 2);
  const centred = scores.map((score) => {
    let mean = 0;
    for (const value of score) mean += value;
    mean /= Math.max(1, count);
    const deviations = score.map((value) => value - mean);
    let sumSquares = 0;
    for (const value of deviations) sumSquares += value * value;
    return { deviations, norm: Math.sqrt(sumSquares) };
  });
  for (let row = 0; row < dimension; row++) {
    correlation[row * dimension + row] = 1;
    for (let column = 0; column < row; column++) {
      const a = centred[row];
      const b = centred[column];
      let value = 0;
      if (a && b && a.norm > 1e-12 && b.norm > 1e-12) {
        let sum = 0;
        for (let index = 0; index < count; index++) sum += (a.deviations[index] ?? 0) * (b.deviations[index] ?? 0);
        value = (0.98 * shrink * sum) / (a.norm * b.norm);
      }
      correlation[row * dimension + column] = value;
      correlation[column * dimension + row] = value;
    }
  }
  const lower = robustCholesky(correlation, dimension);
  const cholesky: number[][] = [];
  for (let row = 0; row < dimension; row++) cholesky.push(compactArray(lower.subarray(row * dimension, row * dimension + row + 1)));
  return { marginals: variables.map(fitMarginal), cholesky };
}

/**
 * Draws one entity: a value per variable, in the fitted order (codes for discrete variables).
 * @example
 * const [length, segment] = sampleEntity(copula, seededRandom(7));
 */
export function sampleEntity(params: EntityCopulaParams, random: () => number): Float64Array {
  const dimension = params.marginals.length;
  const independent = new Float64Array(dimension);
  for (let index = 0; index < dimension; index++) independent[index] = normalDraw(random);
  const values = new Float64Array(dimension);
  for (let row = 0; row < dimension; row++) {
    const factors = params.cholesky[row] ?? [];
    let score = 0;
    for (let column = 0; column < factors.length; column++) score += (factors[column] ?? 0) * (independent[column] ?? 0);
    const marginal = params.marginals[row];
    values[row] = marginal ? readMarginal(marginal, normalCdf(score)) : 0;
  }
  return values;
}

function readMarginal(marginal: EntityMarginal, u: number): number {
  if (marginal.kind === 'continuous') {
    const value = quantileAt(marginal.quantiles, u);
    return marginal.integer ? Math.round(value) : value;
  }
  for (let index = 0; index < marginal.cumulative.length; index++) {
    if (u < (marginal.cumulative[index] ?? 1)) return marginal.codes[index] ?? 0;
  }
  return marginal.codes[marginal.codes.length - 1] ?? 0;
}

function fitMarginal(variable: EntityVariable): EntityMarginal {
  if (!variable.discrete)
    return { kind: 'continuous', quantiles: fitQuantiles(variable.values, maxQuantiles), integer: variable.integer ?? false };
  const counts = countCodes(variable.values);
  const total = variable.values.length;
  let running = 0;
  const cumulative = counts.map(([, count]) => {
    running += count;
    return compactNumber(running / total, 8);
  });
  if (cumulative.length > 0) cumulative[cumulative.length - 1] = 1;
  return { kind: 'discrete', codes: counts.map(([code]) => code), cumulative };
}

function countCodes(values: Float64Array): [number, number][] {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => a[0] - b[0]);
}

function discreteScores(values: Float64Array): number[] {
  const total = values.length;
  const midpoints = new Map<number, number>();
  let running = 0;
  for (const [code, count] of countCodes(values)) {
    midpoints.set(code, normalQuantile((running + count / 2) / total));
    running += count;
  }
  return Array.from(values, (value) => midpoints.get(value) ?? 0);
}

function rankScores(values: Float64Array): number[] {
  const total = values.length;
  const order = Array.from({ length: total }, (_, index) => index).sort((a, b) => (values[a] ?? 0) - (values[b] ?? 0));
  const scores = new Array<number>(total).fill(0);
  let start = 0;
  while (start < total) {
    let end = start;
    while (end + 1 < total && values[order[end + 1] ?? 0] === values[order[start] ?? 0]) end++;
    const score = normalQuantile(((start + end) / 2 + 0.5) / total);
    for (let position = start; position <= end; position++) scores[order[position] ?? 0] = score;
    start = end + 1;
  }
  return scores;
}
