// Maps a sampled bin back to a column value: knots or a uniform draw inside a continuous bin, a code for a discrete one.
import type { BinnedColumn, DiscreteBinnedColumn } from './types.ts';

function drawOther(other: NonNullable<DiscreteBinnedColumn['other']>, draw: number): number {
  const total = other.weights.reduce((sum, weight) => sum + weight, 0);
  if (!(total > 0)) return other.codes[Math.min(other.codes.length - 1, Math.floor(draw * other.codes.length))] ?? 0;
  let target = draw * total;
  for (let index = 0; index < other.codes.length; index++) {
    target -= other.weights[index] ?? 0;
    if (target < 0) return other.codes[index] ?? 0;
  }
  return other.codes.at(-1) ?? 0;
}

/**
 * A value for `bin` of `column`, using one uniform draw in [0, 1).
 * @example
 * valueInBin({ name: 'x', type: 'continuous', integer: false, binning: 'uniform', edges: [0, 10] }, 0, 0.5); // 5
 */
export function valueInBin(column: BinnedColumn, bin: number, draw: number): number {
  if (column.type === 'discrete') {
    const code = column.keptCodes[bin];
    if (code !== undefined) return code;
    return column.other ? drawOther(column.other, draw) : 0;
  }
  let value: number;
  if (column.binning === 'quantile') {
    const knots = column.knots[bin] ?? column.knots[0] ?? [0];
    const position = draw * (knots.length - 1);
    const below = Math.floor(position);
    const low = knots[below] ?? 0;
    value = low + (position - below) * ((knots[below + 1] ?? low) - low);
  } else {
    const low = column.edges[bin] ?? column.edges[0] ?? 0;
    const high = column.edges[bin + 1] ?? low;
    value = low + draw * (high - low);
  }
  return column.integer ? Math.round(value) : value;
}
