// The synthesizer contract: fit encoded data to JSON-safe parameters, sample encoded rows from them with a seeded random source.
import type { EncodedTable } from '../table/types.ts';

export type TabularSynthesizerName = 'gaussian-copula' | 'bayes-net' | 'cart';
export type SynthesizerName = TabularSynthesizerName | 'timeseries';

export interface FitContext {
  seed: number;
  /** Differential-privacy budget; only synthesizers that support it read it (bayes-net). */
  epsilon?: number;
  /** Called now and then with the share of fitting done (0 … 1). */
  onProgress?: (fraction: number, message?: string) => void;
}

export interface SampleContext {
  rows: number;
  /** Uniform [0, 1) source, seeded by the caller; the only randomness a sampler may use. */
  random: () => number;
  /** Fixed values by encoded column index (a code for discrete columns); only read when `supportsConditions`. */
  conditions?: ReadonlyMap<number, number>;
  onProgress?: (fraction: number) => void;
}

/**
 * Params are plain JSON (numbers, strings, arrays, objects; no typed arrays, NaN or Infinity), so a model saved and
 * loaded again samples the very same rows for a seed.
 */
export interface TabularSynthesizer<Params = unknown> {
  name: TabularSynthesizerName;
  /** Samples honour `conditions` natively; otherwise the pipeline conditions by rejection. */
  supportsConditions: boolean;
  fit(table: EncodedTable, context: FitContext): Params;
  /** Returns the fitted columns in the same order with the same names, types and cardinalities. */
  sample(params: Params, context: SampleContext): EncodedTable;
}

/** How a long table holds sequences: rows grouped by entity and ordered in time by the pipeline before fitting. */
export interface SequenceLayout {
  /** Encoded columns that are constant within an entity (its context: segment, device model, home region …). */
  contextColumns: string[];
  /** The encoded continuous column with the time (epoch ms) or step order, or null when the row order is the time. */
  timeColumn: string | null;
}

export interface SequenceData {
  /** Rows of all entities, grouped by entity and ordered within it. */
  table: EncodedTable;
  /** Row ranges of each entity: entity e holds rows starts[e] … starts[e] + lengths[e] − 1. */
  starts: number[];
  lengths: number[];
}

export interface SequenceSynthesizer<Params = unknown> {
  name: 'timeseries';
  fit(data: SequenceData, layout: SequenceLayout, context: FitContext): Params;
  /** Samples `entities` whole sequences. */
  sample(params: Params, context: { entities: number; random: () => number; onProgress?: (fraction: number) => void }): SequenceData;
}
