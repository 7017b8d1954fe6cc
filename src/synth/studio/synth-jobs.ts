// The studio's jobs: fit, sample and report, each run on a worker thread, recording its model, dataset or report on success.
import { statSync } from 'node:fs';
import type { JobContext, JobQueue } from '../../jobs/index.ts';
import { runInWorker } from './run-in-worker.ts';
import { ownedRecord, type ModelRecord, type SynthRecordKind, type SynthRecords } from './synth-records.ts';
import type { FitRequest, ReportRequest, SampleRequest } from './synth-studio.ts';
import type { SynthTask } from './synth-tasks.ts';

export const synthJobKinds = { fit: 'synth.fit', sample: 'synth.sample', report: 'synth.report' } as const;

export type FitJob = FitRequest & { modelId: string };
export type SampleJob = SampleRequest & { datasetId: string };
export type ReportJob = ReportRequest & { reportId: string };

/** Where the studio keeps each file. */
export interface SynthPaths {
  dataset(id: string): string;
  model(id: string): string;
  report(id: string, format: 'json' | 'html'): string;
}

/**
 * @example
 * registerSynthJobs({ jobs, records, paths, concurrency: 1 });
 */
export function registerSynthJobs(options: { jobs: JobQueue; records: SynthRecords; paths: SynthPaths; concurrency: number }): void {
  const { jobs, records, paths, concurrency } = options;
  const owned = <Kind extends SynthRecordKind>(kind: Kind, where: { workspace: string; id: string }) => ownedRecord(records, kind, where);
  /** Runs a task on a worker thread, mirroring its progress (in percent) into the job. */
  const runTask = async (context: JobContext, task: SynthTask): Promise<unknown> => {
    const report = (fraction: number, message?: string) =>
      context.progress({ total: 100, done: Math.round(fraction * 100), failed: 0, ...(message ? { message } : {}) });
    const result = await runInWorker(task, { signal: context.signal, onProgress: report });
    report(1, 'done');
    return result;
  };

  jobs.register<FitJob>(
    synthJobKinds.fit,
    async (context) => {
      const input = context.job.input;
      const dataset = owned('dataset', { workspace: input.workspace, id: input.datasetId });
      const task: SynthTask = {
        task: 'fit',
        csvPath: paths.dataset(dataset.id),
        modelPath: paths.model(input.modelId),
        options: input.options,
      };
      const result = (await runTask(context, task)) as Omit<ModelRecord, 'id' | 'name' | 'workspace' | 'datasetId' | 'createdAt'>;
      records.put('model', {
        ...result,
        id: input.modelId,
        name: input.name ?? `${dataset.name} · ${input.options.synthesizer}`,
        workspace: input.workspace,
        datasetId: dataset.id,
        createdAt: new Date().toISOString(),
      });
      return { modelId: input.modelId };
    },
    { concurrency },
  );

  jobs.register<SampleJob>(
    synthJobKinds.sample,
    async (context) => {
      const input = context.job.input;
      const model = owned('model', { workspace: input.workspace, id: input.modelId });
      const path = paths.dataset(input.datasetId);
      const task: SynthTask = { task: 'sample', modelPath: paths.model(model.id), outPath: path, options: input.options };
      const result = (await runTask(context, task)) as { rows: number; columns: string[] };
      records.put('dataset', {
        id: input.datasetId,
        name: input.name ?? `${model.name} · sample`,
        workspace: input.workspace,
        origin: 'sample',
        rows: result.rows,
        columns: model.columns,
        bytes: statSync(path).size,
        modelId: model.id,
        createdAt: new Date().toISOString(),
      });
      return { datasetId: input.datasetId, rows: result.rows };
    },
    { concurrency },
  );

  jobs.register<ReportJob>(
    synthJobKinds.report,
    async (context) => {
      const input = context.job.input;
      const dataset = (id: string) => paths.dataset(owned('dataset', { workspace: input.workspace, id }).id);
      const task: SynthTask = {
        task: 'report',
        realPath: dataset(input.realId),
        syntheticPath: dataset(input.syntheticId),
        ...(input.holdoutId ? { holdoutPath: dataset(input.holdoutId) } : {}),
        ...(input.modelId ? { modelPath: paths.model(owned('model', { workspace: input.workspace, id: input.modelId }).id) } : {}),
        ...(input.target ? { target: input.target } : {}),
        jsonPath: paths.report(input.reportId, 'json'),
        htmlPath: paths.report(input.reportId, 'html'),
        lang: input.lang ?? 'en',
      };
      const result = (await runTask(context, task)) as { summary: Record<string, unknown> };
      records.put('report', {
        id: input.reportId,
        workspace: input.workspace,
        realId: input.realId,
        syntheticId: input.syntheticId,
        ...(input.holdoutId ? { holdoutId: input.holdoutId } : {}),
        ...(input.target ? { target: input.target } : {}),
        summary: result.summary,
        createdAt: new Date().toISOString(),
      });
      return { reportId: input.reportId, summary: result.summary };
    },
    { concurrency },
  );
}
