// The JSON shapes of every synthetic-data report (quality, diagnostics, privacy, utility, and the combined report).
import type { ColumnKind } from '../table/types.ts';

/** SDMetrics column-shape metric for one column. */
export interface ColumnShapeScore {
  column: string;
  kind: ColumnKind;
  metric: 'KSComplement' | 'TVComplement';
  /** 0 … 1, higher is better; null when it cannot be computed (no values on one side). */
  score: number | null;
}

/** SDMetrics column-pair-trend metric for one pair of columns. */
export interface ColumnPairScore {
  columns: [string, string];
  metric: 'CorrelationSimilarity' | 'ContingencySimilarity';
  /** 0 … 1, higher is better; null when it cannot be computed (a constant column). */
  score: number | null;
  /** Pearson ρ on the real data (numeric/datetime pairs only, otherwise null). */
  realCorrelation: number | null;
  /** Pearson ρ on the synthetic data (numeric/datetime pairs only, otherwise null). */
  syntheticCorrelation: number | null;
}

export interface QualityProperty<Detail> {
  /** Mean of the non-null detail scores; null when there is none. */
  score: number | null;
  details: Detail[];
}

export interface QualityReport {
  /** Mean of the two property scores (those that exist). */
  score: number | null;
  columnShapes: QualityProperty<ColumnShapeScore>;
  columnPairTrends: QualityProperty<ColumnPairScore>;
  /** id and text columns, which quality metrics skip. */
  ignoredColumns: string[];
}

export interface AdherenceScore {
  column: string;
  kind: ColumnKind;
  metric: 'BoundaryAdherence' | 'CategoryAdherence' | 'KeyUniqueness';
  score: number | null;
}

export interface DiagnosticReport {
  /** Mean of dataValidity and dataStructure scores. */
  score: number | null;
  dataValidity: {
    score: number | null;
    details: AdherenceScore[];
    /** Columns whose adherence is below 1, with the share of synthetic values that break it. */
    problems: { column: string; metric: AdherenceScore['metric']; invalidShare: number }[];
  };
  dataStructure: {
    /** Share of real and synthetic column names that both tables have (SDMetrics TableStructure). */
    score: number;
    missingInSynthetic: string[];
    extraInSynthetic: string[];
  };
}

export interface DistanceSummary {
  median: number;
  percentile5: number;
  mean: number;
}

export interface TextCopyScore {
  column: string;
  /** Share of synthetic non-missing values that appear verbatim in the training column. */
  copyRate: number | null;
}

export interface PrivacyReport {
  /** Modelled columns the distances were computed over (id and text skipped). */
  columns: string[];
  trainRows: number;
  holdoutRows: number | null;
  /** Synthetic rows whose distances were computed (a seeded subsample). */
  sampledRows: number;
  /** Distance to the closest training record, each row's distance a mean over columns (0 … 1). */
  dcrToTrain: DistanceSummary | null;
  dcrToHoldout: DistanceSummary | null;
  /**
   * Share of sampled synthetic rows closer to train than to holdout (ties ½), with train and holdout subsampled to
   * the same size so that 0.5 is ideal; near 1 means the synthesizer copies its training rows.
   */
  dcrShare: number | null;
  /** Share of ALL synthetic rows identical to a training row on every modelled column. */
  exactCopyRate: number;
  exactCopies: number;
  /** Pooled copy rate over text columns; null when there is none. */
  textCopyRate: number | null;
  textColumns: TextCopyScore[];
  epsilon: number | null;
}

export interface ClassificationScores {
  accuracy: number;
  macroF1: number;
  /** Binary targets only. */
  rocAuc: number | null;
}

export interface RegressionScores {
  r2: number;
  mae: number;
}

interface UtilityBase {
  target: string;
  trainRows: { real: number; synthetic: number };
  testRows: number;
  /** TSTR / TRTR of the primary metric (a negative TSTR counts as 0); null when TRTR is not above 0. */
  ratio: number | null;
}

export interface ClassificationUtility extends UtilityBase {
  task: 'classification';
  model: 'logistic-regression';
  primaryMetric: 'macroF1';
  /** Accuracy of always predicting the most frequent training class. */
  majorityRate: number;
  trtr: ClassificationScores;
  tstr: ClassificationScores;
}

export interface RegressionUtility extends UtilityBase {
  task: 'regression';
  model: 'ridge-regression';
  primaryMetric: 'r2';
  trtr: RegressionScores;
  tstr: RegressionScores;
}

export type UtilityReport = ClassificationUtility | RegressionUtility;

export interface SynthReportSummary {
  overallQuality: number | null;
  columnShapes: number | null;
  columnPairTrends: number | null;
  diagnostics: number | null;
  dcrShare: number | null;
  medianDcrToTrain: number | null;
  exactCopyRate: number;
  utilityRatio: number | null;
  epsilon: number | null;
}

export interface SynthReport {
  rows: { real: number; synthetic: number; holdout: number | null };
  summary: SynthReportSummary;
  quality: QualityReport;
  diagnostics: DiagnosticReport;
  privacy: PrivacyReport;
  utility: UtilityReport | null;
  /** What the utility models were tested on: the holdout, or a seeded 20% of real kept out of TRTR training. */
  utilityTestSource: 'holdout' | 'real-split' | null;
  notes: string[];
}
