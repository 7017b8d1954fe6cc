// Ancestral sampling: each attribute's bin drawn from its conditional table given its already-drawn parents.
import type { EncodedColumn, EncodedTable } from '../../table/types.ts';
import type { SampleContext } from '../types.ts';
import { valueInBin } from './bin-values.ts';
import type { BayesNetParams, BinnedColumn, ConditionalTable } from './types.ts';

/** Cumulative, normalised child-bin distributions for every parent configuration (dense; unlisted → fallback). */
function cumulativeTable(table: ConditionalTable, layout: { configurations: number; childBins: number }): Float64Array {
  const { configurations, childBins } = layout;
  const fallbackTotal = table.fallback.reduce((sum, weight) => sum + weight, 0);
  const prior = Float64Array.from({ length: childBins }, (_, bin) =>
    fallbackTotal > 0 ? (table.fallback[bin] ?? 0) / fallbackTotal : 1 / childBins,
  );
  const cumulative = new Float64Array(configurations * childBins);
  const row = new Float64Array(childBins);
  const listed = new Map<number, number>(table.configurations.map((configuration, index) => [configuration, index]));
  for (let configuration = 0; configuration < configurations; configuration++) {
    const index = listed.get(configuration);
    if (index === undefined) row.set(prior);
    else {
      for (let bin = 0; bin < childBins; bin++) row[bin] = table.smoothing * (prior[bin] ?? 0);
      const bins = table.bins[index] ?? [];
      const weights = table.weights[index] ?? [];
      bins.forEach((bin, position) => (row[bin] = (row[bin] ?? 0) + (weights[position] ?? 0)));
    }
    let total = 0;
    for (let bin = 0; bin < childBins; bin++) total += row[bin] ?? 0;
    let running = 0;
    for (let bin = 0; bin < childBins; bin++) {
      running += total > 0 ? (row[bin] ?? 0) / total : 1 / childBins;
      cumulative[configuration * childBins + bin] = running;
    }
  }
  return cumulative;
}

/** Smallest bin whose cumulative share exceeds the draw. */
function searchBin(cumulative: Float64Array, offset: number, options: { childBins: number; draw: number }): number {
  let low = 0;
  let high = options.childBins - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((cumulative[offset + middle] ?? 1) > options.draw) high = middle;
    else low = middle + 1;
  }
  return low;
}

function binCountOf(column: BinnedColumn): number {
  if (column.type === 'discrete') return column.keptCodes.length + (column.other ? 1 : 0);
  return column.binning === 'quantile' ? column.knots.length : column.edges.length - 1;
}

function encodedColumn(model: BinnedColumn, values: Float64Array): EncodedColumn {
  if (model.type === 'discrete') return { name: model.name, type: 'discrete', values, cardinality: model.cardinality };
  return { name: model.name, type: 'continuous', values, ...(model.integer ? { integer: true } : {}) };
}

/**
 * Draws `context.rows` rows from fitted params; the same params and random source give the same rows.
 * @example
 * sampleNetwork(params, { rows: 100, random: seededRandom(7) }).rowCount; // 100
 */
export function sampleNetwork(params: BayesNetParams, context: SampleContext): EncodedTable {
  const rows = Math.max(0, Math.floor(context.rows));
  const binCounts = params.columns.map(binCountOf);
  const bins = params.columns.map(() => new Int32Array(rows));
  const steps = params.nodes.length + params.columns.length;
  params.nodes.forEach((node, step) => {
    const childBins = binCounts[node.column] ?? 1;
    const radices = node.parents.map((parent) => binCounts[parent] ?? 1);
    const configurations = radices.reduce((product, radix) => product * radix, 1);
    const cumulative = cumulativeTable(node.conditional, { configurations, childBins });
    const parentBins = node.parents.map((parent) => bins[parent] ?? new Int32Array(rows));
    const target = bins[node.column];
    if (!target) return;
    for (let row = 0; row < rows; row++) {
      let configuration = 0;
      let stride = 1;
      for (let index = 0; index < parentBins.length; index++) {
        configuration += stride * (parentBins[index]?.[row] ?? 0);
        stride *= radices[index] ?? 1;
      }
      target[row] = searchBin(cumulative, configuration * childBins, { childBins, draw: context.random() });
    }
    context.onProgress?.((step + 1) / steps);
  });
  const columns = params.columns.map((model, index) => {
    const columnBins = bins[index] ?? new Int32Array(rows);
    const values = new Float64Array(rows);
    for (let row = 0; row < rows; row++) values[row] = valueInBin(model, columnBins[row] ?? 0, context.random());
    context.onProgress?.((params.nodes.length + index + 1) / steps);
    return encodedColumn(model, values);
  });
  return { rowCount: rows, columns };
}
