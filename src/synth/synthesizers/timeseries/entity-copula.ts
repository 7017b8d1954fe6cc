// A small Gaussian copula over per-entity variables (contexts, length, start, step, channel levels) so they are sampled jointly.
import { choleskyFlat, correlationMatrix, normalCdf, normalQuantile, standardNormal } from '../../stats/index.ts';
import { compactArray, compactNumber } from '../json-numbers.ts';
import { fitQuantiles, quantileAt } from './empirical-quantiles.ts';

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
  const observed = correlationMatrix(scores);
  // Shrunk toward independence when entities are few, and a little below 1 so the factor stays well conditioned.
  const shrink = 0.98 * (count / (count + dimension + 2));
  const correlation = new Float64Array(dimension * dimension);
  for (let row = 0; row < dimension; row++)
    for (let column = 0; column < dimension; column++)
      correlation[row * dimension + column] = row === column ? 1 : shrink * (observed[row]?.[column] ?? 0);
  const lower = choleskyFlat(correlation, dimension).lower;
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
  for (let index = 0; index < dimension; index++) independent[index] = standardNormal(random);
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

function discreteScores(values: Float64Array): Float64Array {
  const total = values.length;
  const midpoints = new Map<number, number>();
  let running = 0;
  for (const [code, count] of countCodes(values)) {
    midpoints.set(code, normalQuantile((running + count / 2) / total));
    running += count;
  }
  return Float64Array.from(values, (value) => midpoints.get(value) ?? 0);
}

function rankScores(values: Float64Array): Float64Array {
  const total = values.length;
  const order = Array.from({ length: total }, (_, index) => index).sort((a, b) => (values[a] ?? 0) - (values[b] ?? 0));
  const scores = new Float64Array(total);
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
