// Samples encoded rows from Gaussian copula params: correlated normal scores (conditioned on fixed columns), then marginals.
import { GenstackError } from '../../../core/errors.ts';
import { standardNormalSource } from '../../stats/index.ts';
import type { EncodedColumn, EncodedTable } from '../../table/types.ts';
import type { SampleContext } from '../types.ts';
import { codeAt } from './category-intervals.ts';
import { compiledCopula, type CompiledCopula } from './compiled-copula.ts';
import { fixedColumns, type FixedColumn } from './fixed-conditions.ts';
import { clippedNormalScore } from './normal-scores.ts';
import type { GaussianCopulaParams } from './params.ts';

const progressEvery = 16_384;

/** Fills the free columns' normal scores row by row: z_R = A·z_F + L·e. */
function sampleScores(
  compiled: CompiledCopula,
  fixed: FixedColumn[],
  context: SampleContext,
): { free: Int32Array; scores: Float64Array[] } {
  const { rows, random } = context;
  const conditional = compiled.conditional(fixed.map((column) => column.index));
  const { free, regression, lower } = conditional;
  const freeCount = free.length;
  const fixedCount = fixed.length;
  const scores = Array.from({ length: freeCount }, () => new Float64Array(rows));
  const fixedScores = new Float64Array(fixedCount);
  const noise = new Float64Array(freeCount);
  const nextNormal = standardNormalSource(random);
  fixed.forEach((column, k) => (fixedScores[k] = clippedNormalScore(column.low)));
  for (let row = 0; row < rows; row++) {
    for (let k = 0; k < fixedCount; k++) {
      const column = fixed[k];
      if (column && column.width > 0) fixedScores[k] = clippedNormalScore(column.low + random() * column.width);
    }
    for (let i = 0; i < freeCount; i++) noise[i] = nextNormal();
    for (let i = 0; i < freeCount; i++) {
      let z = 0;
      for (let k = 0; k < fixedCount; k++) z += (regression[i * fixedCount + k] ?? 0) * (fixedScores[k] ?? 0);
      for (let j = 0; j <= i; j++) z += (lower[i * freeCount + j] ?? 0) * (noise[j] ?? 0);
      const target = scores[i];
      if (target) target[row] = z;
    }
    if (row > 0 && row % progressEvery === 0) context.onProgress?.((0.9 * row) / rows);
  }
  return { free, scores };
}

function toColumnValues(compiled: CompiledCopula, index: number, scores: Float64Array): EncodedColumn {
  const column = compiled.columns[index];
  if (!column) throw new RangeError(`No column ${index}`);
  const values = new Float64Array(scores.length);
  if ('sampler' in column) {
    const { sampler, params } = column;
    for (let row = 0; row < scores.length; row++) values[row] = sampler(scores[row] ?? 0);
    return { name: params.name, type: 'continuous', values, integer: params.integer };
  }
  const layout = { ends: column.scoreEnds, order: column.params.order };
  for (let row = 0; row < scores.length; row++) values[row] = codeAt(scores[row] ?? 0, layout);
  return { name: column.params.name, type: 'discrete', values, cardinality: column.params.cardinality };
}

function fixedColumnValues(compiled: CompiledCopula, fixed: FixedColumn, rows: number): EncodedColumn {
  const params = compiled.columns[fixed.index]?.params;
  if (!params) throw new RangeError(`No column ${fixed.index}`);
  const values = new Float64Array(rows).fill(fixed.value);
  return params.type === 'continuous'
    ? { name: params.name, type: 'continuous', values, integer: params.integer }
    : { name: params.name, type: 'discrete', values, cardinality: params.cardinality };
}

/**
 * Samples `context.rows` encoded rows; columns in `context.conditions` hold exactly their fixed values.
 * @example
 * sampleGaussianCopula(params, { rows: 1000, random: seededRandom(1), conditions: new Map([[0, 2]]) });
 */
export function sampleGaussianCopula(params: GaussianCopulaParams, context: SampleContext): EncodedTable {
  if (!(Number.isInteger(context.rows) && context.rows >= 0))
    throw new GenstackError({
      code: 'invalid_request',
      message: `Rows to sample must be a whole number ≥ 0 (got ${context.rows}).`,
      param: 'rows',
    });
  if (params.correlation.length !== params.columns.length)
    throw new GenstackError({
      code: 'invalid_request',
      message: `Gaussian copula params are inconsistent: ${params.columns.length} columns but a ${params.correlation.length}-row correlation matrix.`,
    });
  const compiled = compiledCopula(params);
  const fixed = fixedColumns(compiled, context.conditions);
  const { free, scores } = sampleScores(compiled, fixed, context);
  const columns: EncodedColumn[] = new Array(compiled.size);
  free.forEach((index, i) => (columns[index] = toColumnValues(compiled, index, scores[i] ?? new Float64Array(0))));
  for (const column of fixed) columns[column.index] = fixedColumnValues(compiled, column, context.rows);
  context.onProgress?.(1);
  return { rowCount: context.rows, columns };
}
