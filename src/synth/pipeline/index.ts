// The synthesizer pipeline: fit a CSV table into a saved model, sample it under constraints and conditions, report on results.
export { fitSynthModel, type FitSynthOptions } from './fit-synth-model.ts';
export { sampleSynthModel, maxSampleRows, type SampleSynthOptions } from './sample-synth-model.ts';
export { reportOnTables, type ReportTablesOptions } from './report-tables.ts';
export {
  describeSynthModel,
  loadSynthModel,
  parseSynthModel,
  saveSynthModel,
  synthModelFormat,
  synthModelVersion,
  type SynthModel,
} from './synth-model.ts';
export { modelDetails, type ModelDetails } from './model-details.ts';
export { isSynthesizerName, synthesizerNames, synthesizerSummaries } from './synthesizer-registry.ts';
