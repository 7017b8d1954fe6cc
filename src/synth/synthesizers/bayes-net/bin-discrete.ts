// Maps a discrete column's codes to bins: every code its own bin, or the most frequent ones plus a pooled 'other' bin.
import { maxKeptCategories } from './settings.ts';
import type { DiscreteBinnedColumn } from './types.ts';

export interface DiscreteBinning {
  model: DiscreteBinnedColumn;
  /** Bin of every row. */
  bins: Int32Array;
  binCount: number;
}

function codeCounts(values: Float64Array, cardinality: number): Float64Array {
  const counts = new Float64Array(cardinality);
  for (const value of values) if (value >= 0 && value < cardinality) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

/**
 * Under privacy the kept codes are the first ones in code order: ranking by frequency would leak counts, while the
 * category list and its order count as public schema.
 * @example
 * binDiscreteColumn({ name: '지역', values: Float64Array.from([0, 1, 1]), cardinality: 2 }, false).binCount; // 2
 */
export function binDiscreteColumn(
  column: { name: string; values: Float64Array; cardinality: number },
  isPrivate: boolean,
): DiscreteBinning {
  const { name, values, cardinality } = column;
  const codeToBin = new Int32Array(Math.max(cardinality, 1));
  let model: DiscreteBinnedColumn;
  if (cardinality <= maxKeptCategories) {
    for (let code = 0; code < cardinality; code++) codeToBin[code] = code;
    model = { name, type: 'discrete', cardinality, keptCodes: Array.from({ length: cardinality }, (_, code) => code), other: null };
  } else {
    const counts = codeCounts(values, cardinality);
    const order = Array.from({ length: cardinality }, (_, code) => code);
    if (!isPrivate) order.sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a - b);
    const keptCodes = order.slice(0, maxKeptCategories);
    const otherCodes = order.slice(maxKeptCategories).sort((a, b) => a - b);
    codeToBin.fill(maxKeptCategories);
    keptCodes.forEach((code, bin) => (codeToBin[code] = bin));
    const weights = otherCodes.map((code) => (isPrivate ? 1 : (counts[code] ?? 0)));
    model = { name, type: 'discrete', cardinality, keptCodes, other: { codes: otherCodes, weights } };
  }
  const bins = new Int32Array(values.length);
  for (let row = 0; row < values.length; row++) bins[row] = codeToBin[values[row] ?? 0] ?? 0;
  return { model, bins, binCount: model.keptCodes.length + (model.other ? 1 : 0) };
}
