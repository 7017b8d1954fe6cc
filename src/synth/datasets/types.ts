// The dataset contract: what a blueprint dataset is (catalog entry) and the constraint shapes its suggested setup uses.

export type DatasetName = 'finance-card-transactions' | 'healthcare-patients' | 'healthcare-encounters' | 'manufacturing-sensors';

/** Constraint objects in the JSON shape the constraints module reads. */
export type DatasetConstraint =
  | { type: 'range'; column: string; min?: number; max?: number }
  | { type: 'positive'; column: string; strict?: boolean }
  | { type: 'unique'; columns: string[] }
  | { type: 'fixed-combinations'; columns: string[] }
  | { type: 'inequality'; low: string; high: string; strict?: boolean }
  | { type: 'formula'; column: string; expression: string };

export interface SuggestedSetup {
  synthesizer: 'gaussian-copula' | 'bayes-net' | 'cart' | 'timeseries';
  target?: string;
  entityColumn?: string;
  timeColumn?: string;
  constraints?: DatasetConstraint[];
}

export interface DatasetInfo {
  name: DatasetName;
  industry: 'finance' | 'healthcare' | 'manufacturing';
  title: { en: string; ko: string };
  description: { en: string; ko: string };
  kind: 'table' | 'timeseries';
  /** Rows for a table, entities (machines) for a time series. */
  defaultRows: number;
  suggested: SuggestedSetup;
}

export interface GenerateDatasetOptions {
  /** Rows (tables) or entities (time series); the catalog's defaultRows when omitted. */
  rows?: number;
  /** The same seed gives the same table; 1 when omitted. */
  seed?: number;
}
