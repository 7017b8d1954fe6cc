// Cuts a continuous column into bins: equal-frequency with within-bin quantile knots, or equal-width under privacy.
import { knotsPerBin, maxQuantileBins } from './settings.ts';
import type { QuantileBinnedColumn, UniformBinnedColumn } from './types.ts';

export interface ContinuousBinning<Model> {
  model: Model;
  bins: Int32Array;
  binCount: number;
}

interface ContinuousInput {
  name: string;
  values: Float64Array;
  integer: boolean;
}

/** Index ranges [start, end) of the sorted values; a run of equal values is never split across two bins. */
function quantileRanges(sorted: Float64Array): { start: number; end: number; atom: boolean }[] {
  const count = sorted.length;
  const runs: { start: number; end: number }[] = [];
  for (let index = 0; index < count;) {
    let end = index + 1;
    while (end < count && sorted[end] === sorted[index]) end++;
    runs.push({ start: index, end });
    index = end;
  }
  if (runs.length <= maxQuantileBins) return runs.map((run) => ({ ...run, atom: true }));
  // Atoms (runs of one value holding a full bin's share) get a bin each; the other bins split the remaining rows evenly.
  const atomSize = count / maxQuantileBins;
  const atoms = runs.filter((run) => run.end - run.start >= atomSize);
  const atomRows = atoms.reduce((sum, run) => sum + run.end - run.start, 0);
  const target = (count - atomRows) / Math.max(1, maxQuantileBins - atoms.length);
  const ranges: { start: number; end: number; atom: boolean }[] = [];
  const close = (start: number, end: number, atom: boolean) => {
    const previous = ranges.at(-1);
    // A sliver left before an atom (or at the end) joins the bin before it rather than becoming a bin of its own.
    if (!atom && end - start < target / 2 && previous && !previous.atom) previous.end = end;
    else ranges.push({ start, end, atom });
  };
  let start = 0;
  for (const run of runs) {
    if (run.end - run.start >= atomSize) {
      if (run.start > start) close(start, run.start, false);
      ranges.push({ start: run.start, end: run.end, atom: true });
      start = run.end;
    } else if (run.end - start >= target) {
      close(start, run.end, false);
      start = run.end;
    }
  }
  if (start < count) close(start, count, false);
  return ranges;
}

function quantileAt(sorted: Float64Array, range: { start: number; end: number }, level: number): number {
  const position = range.start + level * (range.end - 1 - range.start);
  const below = Math.floor(position);
  const fraction = position - below;
  const low = sorted[below] ?? 0;
  return fraction === 0 ? low : low + fraction * ((sorted[below + 1] ?? low) - low);
}

/** First index whose upper bound is ≥ value (the last bin for values above every bound). */
function findBin(uppers: Float64Array, value: number): number {
  let low = 0;
  let high = uppers.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((uppers[middle] ?? 0) >= value) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * Equal-frequency bins (up to 20; one per value when there are few; a heavy value such as a 90 % share of zeros
 * gets a bin of its own), each with quantile knots.
 * @example
 * binQuantileColumn({ name: '나이', values: Float64Array.from([20, 30, 40]), integer: true }).binCount; // 3
 */
export function binQuantileColumn(column: ContinuousInput): ContinuousBinning<QuantileBinnedColumn> {
  const sorted = Float64Array.from(column.values).sort();
  const ranges = sorted.length === 0 ? [] : quantileRanges(sorted);
  const uppers = Float64Array.from(ranges, (range) => sorted[range.end - 1] ?? 0);
  const knots = ranges.map((range) => Array.from({ length: knotsPerBin + 1 }, (_, knot) => quantileAt(sorted, range, knot / knotsPerBin)));
  const bins = new Int32Array(column.values.length);
  if (ranges.length > 0) for (let row = 0; row < bins.length; row++) bins[row] = findBin(uppers, column.values[row] ?? 0);
  const model: QuantileBinnedColumn = {
    name: column.name,
    type: 'continuous',
    integer: column.integer,
    binning: 'quantile',
    knots: knots.length > 0 ? knots : [[0]],
  };
  return { model, bins, binCount: Math.max(ranges.length, 1) };
}

function uniformEdges(min: number, max: number, options: { binCount: number; integer: boolean }): number[] {
  if (!(max > min)) return [min, max];
  // Whole numbers over a short range get one bin per number, so rounding a uniform draw lands on that number.
  if (options.integer && max - min + 1 <= options.binCount) return Array.from({ length: max - min + 2 }, (_, index) => min - 0.5 + index);
  // The lower bound also gets a zero-width bin of its own: costs and counts pile up at their minimum (often 0), and
  // spreading that pile over the first bin would ruin the column's shape. The bound is public, so this leaks nothing.
  const width = (max - min) / options.binCount;
  return [min, ...Array.from({ length: options.binCount + 1 }, (_, index) => (index === options.binCount ? max : min + index * width))];
}

/** Bin of a value: equal-width bins after edges[0], the zero-width bin at the lower bound when there is one. */
function uniformBinOf(value: number, edges: readonly number[]): number {
  const count = edges.length - 1;
  const atom = count > 1 && edges[0] === edges[1];
  const low = edges[atom ? 1 : 0] ?? 0;
  const width = ((edges[count] ?? 0) - low) / (atom ? count - 1 : count);
  if (!(width > 0)) return 0;
  if (atom && value <= low) return 0;
  const offset = atom ? 1 : 0;
  return Math.min(count - 1, Math.max(offset, offset + Math.floor((value - low) / width)));
}

/**
 * Equal-width bins over the column's [min, max]. Differential privacy assumption: min and max are public bounds (they
 * are read from the data here, as the schema is; a caller protecting them must supply bounds it already knows).
 * @example
 * binUniformColumn({ name: 'cost', values: Float64Array.from([0, 5, 10]), integer: false }, 2).binCount; // 3 (0, (0, 5], (5, 10])
 */
export function binUniformColumn(column: ContinuousInput, binCount: number): ContinuousBinning<UniformBinnedColumn> {
  let min = Infinity;
  let max = -Infinity;
  for (const value of column.values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  if (!Number.isFinite(min)) min = max = 0;
  const edges = uniformEdges(min, max, { binCount, integer: column.integer });
  const bins = new Int32Array(column.values.length);
  for (let row = 0; row < bins.length; row++) bins[row] = uniformBinOf(column.values[row] ?? 0, edges);
  const model: UniformBinnedColumn = { name: column.name, type: 'continuous', integer: column.integer, binning: 'uniform', edges };
  return { model, bins, binCount: edges.length - 1 };
}
