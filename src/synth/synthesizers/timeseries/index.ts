// Public surface of the timeseries synthesizer.
export { timeseriesSynthesizer } from './timeseries-synthesizer.ts';
export { fitTimeseries } from './fit-timeseries.ts';
export { sampleTimeseries, type TimeseriesSampleOptions } from './sample-timeseries.ts';
export type { TimeseriesParams, ContinuousChannelParams, DiscreteChannelParams } from './types.ts';
export type { TimeseriesColumn, ColumnRole } from './column-roles.ts';
