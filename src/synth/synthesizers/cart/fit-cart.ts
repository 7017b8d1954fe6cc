// Fits the CART synthesizer: bins every column, picks the visiting order, then grows one tree per column.
import type { EncodedColumn, EncodedTable } from '../../table/types.ts';
import type { FitContext } from '../types.ts';
import { seededRandom } from '../../../core/seeded-random.ts';
import { sampleIndices } from '../../stats/index.ts';
import { compactNumber } from '../json-numbers.ts';
import { validateEncodedTable } from '../validate-encoded-table.ts';
import type { CartColumnSchema, CartParams } from './cart-params.ts';
import type { CartOptions } from './cart-options.ts';
import { columnOrder } from './column-order.ts';
import { growTree } from './grow-tree.ts';
import { continuousLeaf, discreteLeaf, type ContinuousLeafShape } from './leaf-payload.ts';
import { continuousBins, discreteBins, type PredictorBins } from './predictor-bins.ts';
import type { NodeRows } from './split-search.ts';
import { createSplitScratch, type SplitTarget } from './split-target.ts';

/**
 * @example
 * const params = fitCart(encoded, { seed: 7 }, defaultCartOptions);
 */
export function fitCart(table: EncodedTable, context: FitContext, options: CartOptions): CartParams {
  validateEncodedTable(table, { synthesizer: 'The CART synthesizer', minRows: 2, minColumns: 1 });
  const fitRows = chooseFitRows(table.rowCount, { seed: context.seed, maxRows: options.maxFitRows });
  const values = table.columns.map((column) => Float64Array.from(fitRows, (row) => column.values[row] ?? 0));
  const features = table.columns.map((column, index): PredictorBins => {
    const columnValues = values[index] ?? new Float64Array(0);
    return column.type === 'discrete'
      ? discreteBins(columnValues, column.cardinality ?? 1)
      : continuousBins(columnValues, options.predictorBins);
  });
  const order = columnOrder(features, options.order);
  const rowCount = fitRows.length;
  const minLeaf = Math.max(1, Math.round(options.minLeafSize(rowCount)));
  const maxBins = Math.max(1, ...features.map((bins) => bins.binCount));
  const trees = order.map((columnIndex, position) => {
    const column = table.columns[columnIndex] ?? table.columns[0];
    context.onProgress?.(position / order.length, `fitting column '${column?.name ?? ''}'`);
    const columnValues = values[columnIndex] ?? new Float64Array(0);
    const target = splitTarget(column, { values: columnValues, regressOnRanks: options.regressOnRanks });
    const shape = column?.type === 'continuous' ? leafShape(columnValues, options) : null;
    const regressors = order.slice(0, position).filter((index) => table.columns[index]?.type === 'continuous');
    const leafPayload = (node: NodeRows): number[] => {
      if (!shape) return discreteLeaf(leafValues(columnValues, node));
      const lines = regressors.map((regressor) => ({ column: regressor, values: leafValues(values[regressor], node) }));
      return continuousLeaf(leafValues(columnValues, node), shape, lines);
    };
    return growTree({
      search: { features, predictors: order.slice(0, position), target, minLeaf, scratch: createSplitScratch(rowCount, maxBins, target) },
      rows: Int32Array.from({ length: rowCount }, (_, row) => row),
      maxDepth: options.maxDepth,
      complexity: options.complexity,
      leafPayload,
    });
  });
  context.onProgress?.(1, 'fitted');
  return { version: 1, columns: table.columns.map(schemaOf), order, trees, smoothing: options.smoothing };
}

/** A column's values on the rows of a node. */
function leafValues(values: Float64Array | undefined, node: NodeRows): number[] {
  const gathered: number[] = [];
  for (let index = node.start; index < node.end; index += 1) gathered.push(values?.[node.rows[index] ?? 0] ?? 0);
  return gathered;
}

/** All rows, or a seeded sample without replacement (sorted, so the fit sees rows in table order). */
function chooseFitRows(rowCount: number, limit: { seed: number; maxRows: number }): Int32Array {
  if (rowCount <= limit.maxRows) return Int32Array.from({ length: rowCount }, (_, row) => row);
  return sampleIndices(rowCount, limit.maxRows, seededRandom(limit.seed)).sort();
}

function splitTarget(column: EncodedColumn | undefined, input: { values: Float64Array; regressOnRanks: boolean }): SplitTarget {
  if (column?.type === 'discrete')
    return { kind: 'classification', codes: Int32Array.from(input.values), classCount: column.cardinality ?? 1 };
  return { kind: 'regression', values: input.regressOnRanks ? normalisedRanks(input.values) : input.values };
}

/** Mid-ranks scaled to 0 … 1, so ties share a rank and outliers weigh no more than any other row. */
function normalisedRanks(values: Float64Array): Float64Array {
  const order = Array.from({ length: values.length }, (_, row) => row).sort((a, b) => (values[a] ?? 0) - (values[b] ?? 0));
  const ranks = new Float64Array(values.length);
  let start = 0;
  while (start < order.length) {
    let end = start + 1;
    while (end < order.length && values[order[end] ?? 0] === values[order[start] ?? 0]) end += 1;
    const rank = (start + end - 1) / 2 / Math.max(1, values.length - 1);
    for (let index = start; index < end; index += 1) ranks[order[index] ?? 0] = rank;
    start = end;
  }
  return ranks;
}

function leafShape(values: Float64Array, options: CartOptions): ContinuousLeafShape {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  const atoms = new Set<number>();
  for (const [value, count] of counts) if (count >= Math.max(2, options.atomShare * values.length)) atoms.add(value);
  const { min, max } = range(values);
  const scale = Math.max(Math.abs(min), Math.abs(max));
  const digits = max > min ? Math.min(15, Math.max(6, Math.ceil(Math.log10(scale / (max - min))) + 6)) : 15;
  return { atoms, maxKnots: options.maxKnots, digits };
}

function schemaOf(column: EncodedColumn): CartColumnSchema {
  if (column.type === 'discrete') return { name: column.name, type: 'discrete', cardinality: column.cardinality ?? 1 };
  const { min, max } = range(column.values);
  // A floor on the smoothing noise so leaves whose values tie are not copied verbatim either.
  const noiseFloor = compactNumber((max - min) * 1e-4);
  return { name: column.name, type: 'continuous', integer: column.integer === true, min, max, noiseFloor };
}

function range(values: Float64Array): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return { min, max };
}
