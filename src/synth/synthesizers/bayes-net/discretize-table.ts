// Turns every encoded column into bin indices the network models, keeping what is needed to map bins back to values.
import type { EncodedTable } from '../../table/types.ts';
import { binQuantileColumn, binUniformColumn } from './bin-continuous.ts';
import { binDiscreteColumn } from './bin-discrete.ts';
import type { BinnedColumn } from './types.ts';

export interface DiscretizedTable {
  models: BinnedColumn[];
  /** Bin of every row, per column. */
  bins: Int32Array[];
  /** Number of bins per column. */
  binCounts: number[];
}

/**
 * `privateBinCount` is null without differential privacy (equal-frequency bins), else the equal-width bin count.
 * @example
 * discretizeTable(table, null).binCounts; // e.g. [20, 3, 2]
 */
export function discretizeTable(table: EncodedTable, privateBinCount: number | null): DiscretizedTable {
  const models: BinnedColumn[] = [];
  const bins: Int32Array[] = [];
  const binCounts: number[] = [];
  for (const column of table.columns) {
    const binning =
      column.type === 'discrete'
        ? binDiscreteColumn({ name: column.name, values: column.values, cardinality: column.cardinality ?? 0 }, privateBinCount !== null)
        : privateBinCount === null
          ? binQuantileColumn({ name: column.name, values: column.values, integer: column.integer === true })
          : binUniformColumn({ name: column.name, values: column.values, integer: column.integer === true }, privateBinCount);
    models.push(binning.model);
    bins.push(binning.bins);
    binCounts.push(binning.binCount);
  }
  return { models, bins, binCounts };
}
