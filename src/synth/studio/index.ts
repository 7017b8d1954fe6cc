// The studio service behind the API: per-workspace datasets, models and reports, with fitting, sampling and reporting as jobs.
export { synthJobKinds } from './synth-jobs.ts';
export {
  createSynthStudio,
  type SynthStudio,
  type SynthStudioOptions,
  type FitRequest,
  type SampleRequest,
  type ReportRequest,
} from './synth-studio.ts';
export type { DatasetRecord, ModelRecord, ReportRecord } from './synth-records.ts';
export { runSynthTask, type SynthTask } from './synth-tasks.ts';
