// Baselines measured in the same run as genstack's synthesizers: what a synthesizer has to beat on quality and privacy.
import { seededRandom } from '../../src/core/index.ts';
import type { RawTable } from '../../src/synth/table/types.ts';

/**
 * Independent marginals: every column drawn on its own from the training values (DataSynthesizer's "independent
 * attribute mode" and SDV's column-wise baseline). Column shapes stay, every dependency between columns is lost.
 */
export function independentMarginals(train: RawTable, options: { rows: number; seed: number }): RawTable {
  const random = seededRandom(options.seed);
  const columns = train.columns.map((_name, index) => train.rows.map((row) => row[index] ?? ''));
  return {
    columns: train.columns,
    rows: Array.from({ length: options.rows }, () => columns.map((values) => values[Math.floor(random() * values.length)] ?? '')),
  };
}

/**
 * Row bootstrap: training rows copied at random. Perfect fidelity and no privacy at all — the ceiling on quality and
 * the floor on privacy that the distance-to-closest-record figures are read against.
 */
export function rowBootstrap(train: RawTable, options: { rows: number; seed: number }): RawTable {
  const random = seededRandom(options.seed);
  return {
    columns: train.columns,
    rows: Array.from({ length: options.rows }, () => train.rows[Math.floor(random() * train.rows.length)] ?? []),
  };
}

/** SDV's published SDGym figures on the Adult census table, for scale (a different table and machine; not re-measured). */
export const sdgymAdult = {
  source: 'SDGym published results, Adult census (32k × 15)',
  GaussianCopula: { quality: 0.817, fitSeconds: 15 },
  CTGAN: { quality: 0.879, fitSeconds: 714 },
  TVAE: { quality: 0.889, fitSeconds: 327 },
};
