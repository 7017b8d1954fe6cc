// The timeseries SequenceSynthesizer: entity copula + time model + seasonal VAR channels + Markov event channels.
import type { SequenceSynthesizer } from '../types.ts';
import { fitTimeseries } from './fit-timeseries.ts';
import { sampleTimeseries } from './sample-timeseries.ts';
import type { TimeseriesParams } from './types.ts';

/**
 * Fits per-entity sequences (machines, customers, hospital stays) and samples new whole sequences.
 * @example
 * const params = timeseriesSynthesizer.fit(data, { contextColumns: ['라인'], timeColumn: 'time' }, { seed: 1 });
 * const synthetic = timeseriesSynthesizer.sample(params, { entities: 50, random: seededRandom(2) });
 */
export const timeseriesSynthesizer: SequenceSynthesizer<TimeseriesParams> = {
  name: 'timeseries',
  fit: fitTimeseries,
  sample: sampleTimeseries,
};
