// The privacy report: distance to closest record (train vs holdout), exact copies, text copies and the DP epsilon.
import { seededRandom } from '../../core/seeded-random.ts';
import { sampleIndices } from '../stats/index.ts';
import type { TypedTable } from '../table/types.ts';
import { GenstackError } from '../../core/errors.ts';
import { distanceEncodings, distanceLayout, encodeColumns } from './distance-matrix.ts';
import { exactCopyCount, textCopyRates } from './exact-copies.ts';
import { nearestDistances, querySet, referenceSet } from './nearest-distance.ts';
import { distanceSummary } from './percentile.ts';
import type { PrivacyReport } from './types.ts';

export interface PrivacyReportOptions {
  /** The real rows the synthesizer was fitted on. */
  train: TypedTable;
  synthetic: TypedTable;
  /** Real rows the synthesizer never saw; enables the DCR share. */
  holdout?: TypedTable;
  /** Differential-privacy budget the synthesizer was fitted with, echoed in the report. */
  epsilon?: number;
  /** Most synthetic rows whose distances are computed (default 2000). */
  maxRows?: number;
  /** Seeded uniform source for subsampling (default seededRandom(0)). */
  random?: () => number;
}

const defaultMaxRows = 2000;

/**
 * Share of rows closer to train than to holdout, ties counting ½.
 * @example
 * closerShare(Float64Array.of(0.1, 0.3), Float64Array.of(0.2, 0.3)); // 0.75
 */
export function closerShare(toTrain: Float64Array, toHoldout: Float64Array): number | null {
  if (toTrain.length === 0) return null;
  let closer = 0;
  for (let row = 0; row < toTrain.length; row += 1) {
    const train = toTrain[row] ?? 0;
    const holdout = toHoldout[row] ?? 0;
    if (train < holdout) closer += 1;
    else if (train === holdout) closer += 0.5;
  }
  return closer / toTrain.length;
}

/**
 * Measures how close synthetic rows sit to the training rows. With a holdout, `dcrShare` near 0.5 means synthetic
 * rows are no closer to train than to unseen real rows; near 1 means memorised training rows.
 * @example
 * const report = privacyReport({ train, synthetic, holdout, random: seededRandom(7) });
 * report.dcrShare; // ≈ 0.5 for a private synthesizer
 */
export function privacyReport(options: PrivacyReportOptions): PrivacyReport {
  const { train, synthetic, holdout } = options;
  if (train.rowCount === 0) throw new GenstackError({ code: 'invalid_request', message: 'The train table has no rows.', param: 'train' });
  if (holdout && holdout.rowCount === 0) {
    throw new GenstackError({ code: 'invalid_request', message: 'The holdout table has no rows.', param: 'holdout' });
  }
  const random = options.random ?? seededRandom(0);
  const encodings = distanceEncodings(train);
  const sampled = sampleIndices(synthetic.rowCount, options.maxRows ?? defaultMaxRows, random);
  const trainColumns = encodeColumns(train, 'train', { encodings, rows: null });
  const queryColumns = encodeColumns(synthetic, 'synthetic', { encodings, rows: sampled });
  const layout = distanceLayout({ encodings, queries: queryColumns, references: trainColumns });
  const queries = querySet(queryColumns, layout);
  const hasDistances = encodings.length > 0 && sampled.length > 0;
  const toTrain = hasDistances ? nearestDistances(queries, referenceSet(trainColumns, layout)) : new Float64Array(0);

  let toHoldout: Float64Array | null = null;
  let dcrShare: number | null = null;
  if (holdout && hasDistances) {
    const holdoutColumns = encodeColumns(holdout, 'holdout', { encodings, rows: null });
    toHoldout = nearestDistances(queries, referenceSet(holdoutColumns, layout));
    // Closer-to-train is only 50/50 for a private synthesizer when both reference sets have the same size.
    const size = Math.min(train.rowCount, holdout.rowCount);
    const matched = (table: TypedTable, tableName: string): Float64Array => {
      const rows = sampleIndices(table.rowCount, size, random);
      return nearestDistances(queries, referenceSet(encodeColumns(table, tableName, { encodings, rows }), layout));
    };
    const matchedTrain = train.rowCount === size ? toTrain : matched(train, 'train');
    const matchedHoldout = holdout.rowCount === size ? toHoldout : matched(holdout, 'holdout');
    dcrShare = closerShare(matchedTrain, matchedHoldout);
  }

  const exactCopies = exactCopyCount(train, synthetic);
  const text = textCopyRates(train, synthetic);
  return {
    columns: encodings.map((encoding) => encoding.name),
    trainRows: train.rowCount,
    holdoutRows: holdout ? holdout.rowCount : null,
    sampledRows: sampled.length,
    dcrToTrain: distanceSummary(toTrain),
    dcrToHoldout: toHoldout ? distanceSummary(toHoldout) : null,
    dcrShare,
    exactCopyRate: synthetic.rowCount === 0 ? 0 : exactCopies / synthetic.rowCount,
    exactCopies,
    textCopyRate: text.pooled,
    textColumns: text.columns,
    epsilon: options.epsilon ?? null,
  };
}
