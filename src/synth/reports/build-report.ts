// The combined synthetic-data report: quality, diagnostics, privacy and (with a target) utility, plus headline numbers.
import { seededRandom } from '../../core/seeded-random.ts';
import { sampleIndices } from '../stats/index.ts';
import type { TypedTable } from '../table/types.ts';
import { diagnosticReport } from './diagnostic-report.ts';
import { privacyReport } from './privacy-report.ts';
import { qualityReport } from './quality-report.ts';
import type { SynthReport, UtilityReport } from './types.ts';
import { targetSpec, utilityReport } from './utility-report.ts';

export interface BuildSynthReportOptions {
  /** The real rows the synthesizer was fitted on. */
  real: TypedTable;
  synthetic: TypedTable;
  /** Real rows the synthesizer never saw: enables the DCR share and is the utility test set. */
  holdout?: TypedTable;
  /** Column for the utility (TSTR vs TRTR) check. */
  target?: string;
  /** Differential-privacy budget the model was fitted with. */
  epsilon?: number;
  /** Seeds subsampling and the utility split (default 0). */
  seed?: number;
  /** Synthetic rows the distance-to-closest-record search looks at (default 2000; more is steadier and slower). */
  privacyRows?: number;
}

/** Share of real rows kept out of TRTR training when there is no holdout. */
const testShare = 0.2;

/**
 * The rows of a table at the given positions.
 * @example
 * takeRows(table, Int32Array.of(0, 2)).rowCount; // 2
 */
export function takeRows(table: TypedTable, rows: Int32Array): TypedTable {
  return {
    rowCount: rows.length,
    columns: table.columns.map((column) => ({ spec: column.spec, values: Array.from(rows, (row) => column.values[row] ?? null) })),
  };
}

function splitReal(real: TypedTable, seed: number): { train: TypedTable; test: TypedTable } {
  const order = sampleIndices(real.rowCount, real.rowCount, seededRandom(seed));
  const testCount = Math.max(1, Math.round(real.rowCount * testShare));
  return { test: takeRows(real, order.slice(0, testCount)), train: takeRows(real, order.slice(testCount)) };
}

/**
 * Builds every report over one real/synthetic pair as plain JSON, with a `summary` of headline numbers.
 * @example
 * const report = buildSynthReport({ real, synthetic, holdout, target: '구매여부', epsilon: 1, seed: 7 });
 * report.summary.overallQuality; // e.g. 0.86
 */
export function buildSynthReport(options: BuildSynthReportOptions): SynthReport {
  const { real, synthetic, holdout, target } = options;
  const seed = options.seed ?? 0;
  const notes: string[] = [];
  // Check the target before the slower reports, so a typo fails fast.
  if (target !== undefined) targetSpec(real, target);
  const quality = qualityReport(real, synthetic);
  const diagnostics = diagnosticReport(real, synthetic);
  const privacy = privacyReport({
    train: real,
    synthetic,
    ...(holdout ? { holdout } : {}),
    ...(options.epsilon !== undefined ? { epsilon: options.epsilon } : {}),
    ...(options.privacyRows !== undefined ? { maxRows: options.privacyRows } : {}),
    random: seededRandom(seed),
  });
  if (!holdout) notes.push('No holdout table: the DCR share (train vs holdout) is not computed.');

  let utility: UtilityReport | null = null;
  let utilityTestSource: SynthReport['utilityTestSource'] = null;
  if (target !== undefined) {
    if (holdout) {
      utility = utilityReport({ train: real, synthetic, test: holdout, target });
      utilityTestSource = 'holdout';
    } else {
      const split = splitReal(real, seed);
      utility = utilityReport({ train: split.train, synthetic, test: split.test, target });
      utilityTestSource = 'real-split';
      notes.push(
        `Utility was tested on a seeded ${testShare * 100}% of the real rows kept out of TRTR training; the synthesizer ` +
          'may have seen them, so TSTR can look better than with a true holdout.',
      );
    }
  }
  return {
    rows: { real: real.rowCount, synthetic: synthetic.rowCount, holdout: holdout ? holdout.rowCount : null },
    summary: {
      overallQuality: quality.score,
      columnShapes: quality.columnShapes.score,
      columnPairTrends: quality.columnPairTrends.score,
      diagnostics: diagnostics.score,
      dcrShare: privacy.dcrShare,
      medianDcrToTrain: privacy.dcrToTrain?.median ?? null,
      exactCopyRate: privacy.exactCopyRate,
      utilityRatio: utility?.ratio ?? null,
      epsilon: privacy.epsilon,
    },
    quality,
    diagnostics,
    privacy,
    utility,
    utilityTestSource,
    notes,
  };
}
