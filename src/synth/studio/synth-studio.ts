// The synthetic data studio as a service: datasets, models and reports kept per workspace, long work run as jobs.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { createId, GenstackError, writeFileAtomically } from '../../core/index.ts';
import type { JobContext, JobQueue, JobRecord } from '../../jobs/index.ts';
import { generateDataset } from '../datasets/index.ts';
import type { FitSynthOptions, SampleSynthOptions } from '../pipeline/index.ts';
import { inferSchema, readCsvTable, writeCsvTable } from '../table/index.ts';
import type { ColumnSpec, RawTable } from '../table/types.ts';
import { runInWorker } from './run-in-worker.ts';
import { sqliteSynthRecords, type DatasetRecord, type ModelRecord, type ReportRecord, type SynthRecordKind } from './synth-records.ts';
import type { SynthTask } from './synth-tasks.ts';

export const synthJobKinds = { fit: 'synth.fit', sample: 'synth.sample', report: 'synth.report' } as const;

export interface FitRequest {
  workspace: string;
  datasetId: string;
  name?: string;
  options: Omit<FitSynthOptions, 'onProgress'>;
}
export interface SampleRequest {
  workspace: string;
  modelId: string;
  name?: string;
  options: Omit<SampleSynthOptions, 'onProgress'>;
}
export interface ReportRequest {
  workspace: string;
  realId: string;
  syntheticId: string;
  holdoutId?: string;
  target?: string;
  modelId?: string;
  lang?: 'en' | 'ko';
}

export interface SynthStudio {
  addDataset(input: { workspace: string; name: string; csv: string }): DatasetRecord;
  addBlueprintDataset(input: { workspace: string; name: string; rows?: number; seed?: number }): DatasetRecord;
  datasets(workspace: string): DatasetRecord[];
  dataset(workspace: string, id: string): DatasetRecord;
  /** The inferred schema and the first rows, for a look before fitting. */
  preview(workspace: string, id: string, limit?: number): { columns: ColumnSpec[]; rows: string[][] };
  datasetFile(workspace: string, id: string): string;
  removeDataset(workspace: string, id: string): void;
  /** Starts fitting; the job's result is `{ modelId }`. */
  fit(request: FitRequest): JobRecord;
  models(workspace: string): ModelRecord[];
  model(workspace: string, id: string): ModelRecord;
  modelFile(workspace: string, id: string): string;
  removeModel(workspace: string, id: string): void;
  /** Starts sampling into a new dataset; the job's result is `{ datasetId }`. */
  sample(request: SampleRequest): JobRecord;
  /** Starts a quality / privacy / utility report; the job's result is `{ reportId, summary }`. */
  report(request: ReportRequest): JobRecord;
  reports(workspace: string): ReportRecord[];
  reportRecord(workspace: string, id: string): ReportRecord;
  reportFile(workspace: string, id: string, format: 'json' | 'html'): string;
}

export interface SynthStudioOptions {
  database: Database.Database;
  jobs: JobQueue;
  /** Where dataset CSVs, model files and reports are written. */
  directory: string;
  /** How many fits, samples and reports run at once (each on its own worker thread). */
  concurrency?: number;
}

type FitJob = FitRequest & { modelId: string };
type SampleJob = SampleRequest & { datasetId: string };
type ReportJob = ReportRequest & { reportId: string };

function notFound(what: string, id: string): GenstackError {
  return new GenstackError({ code: 'not_found', message: `No ${what} '${id}'.`, param: 'id' });
}

const columnsOf = (specs: ColumnSpec[]) => specs.map((spec) => ({ name: spec.name, kind: spec.kind }));

/**
 * @example
 * const studio = createSynthStudio({ database: store.database, jobs, directory: join(dataDir, 'synth') });
 * const job = studio.fit({ workspace: 'default', datasetId, options: { synthesizer: 'cart' } });
 */
export function createSynthStudio(options: SynthStudioOptions): SynthStudio {
  const { jobs } = options;
  const records = sqliteSynthRecords(options.database);
  const folders = {
    dataset: join(options.directory, 'datasets'),
    model: join(options.directory, 'models'),
    report: join(options.directory, 'reports'),
  };
  for (const folder of Object.values(folders)) mkdirSync(folder, { recursive: true });
  const paths = {
    dataset: (id: string) => join(folders.dataset, `${id}.csv`),
    model: (id: string) => join(folders.model, `${id}.json`),
    report: (id: string, format: 'json' | 'html') => join(folders.report, `${id}.${format}`),
  };

  function owned<Kind extends SynthRecordKind>(kind: Kind, options: { workspace: string; id: string }) {
    const record = records.get(kind, options.id);
    if (!record || record.workspace !== options.workspace) throw notFound(kind, options.id);
    return record;
  }

  function storeDataset(input: {
    workspace: string;
    name: string;
    raw: RawTable;
    origin: DatasetRecord['origin'];
    id?: string;
  }): DatasetRecord {
    const id = input.id ?? createId('ds');
    const path = paths.dataset(id);
    writeFileAtomically(path, writeCsvTable(input.raw));
    const record: DatasetRecord = {
      id,
      name: input.name,
      workspace: input.workspace,
      origin: input.origin,
      rows: input.raw.rows.length,
      columns: columnsOf(inferSchema(input.raw)),
      bytes: statSync(path).size,
      createdAt: new Date().toISOString(),
    };
    records.put('dataset', record);
    return record;
  }

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
    { concurrency: options.concurrency ?? 1 },
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
    { concurrency: options.concurrency ?? 1 },
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
    { concurrency: options.concurrency ?? 1 },
  );

  const removeFiles = (...files: string[]) => files.forEach((file) => rmSync(file, { force: true }));

  return {
    addDataset: (input) => storeDataset({ workspace: input.workspace, name: input.name, raw: readCsvTable(input.csv), origin: 'upload' }),
    addBlueprintDataset: (input) =>
      storeDataset({
        workspace: input.workspace,
        name: input.name,
        raw: generateDataset(input.name, {
          ...(input.rows !== undefined ? { rows: input.rows } : {}),
          ...(input.seed !== undefined ? { seed: input.seed } : {}),
        }),
        origin: 'blueprint',
      }),
    datasets: (workspace) => records.list('dataset', workspace),
    dataset: (workspace, id) => owned('dataset', { workspace, id }),
    preview(workspace, id, limit = 20) {
      const raw = readCsvTable(readFileSync(paths.dataset(owned('dataset', { workspace, id }).id), 'utf8'));
      return { columns: inferSchema(raw), rows: raw.rows.slice(0, limit) };
    },
    datasetFile: (workspace, id) => paths.dataset(owned('dataset', { workspace, id }).id),
    removeDataset(workspace, id) {
      owned('dataset', { workspace, id });
      records.remove(id);
      removeFiles(paths.dataset(id));
    },
    fit(request) {
      owned('dataset', { workspace: request.workspace, id: request.datasetId });
      return jobs.enqueue(synthJobKinds.fit, { ...request, modelId: createId('synm') } satisfies FitJob);
    },
    models: (workspace) => records.list('model', workspace),
    model: (workspace, id) => owned('model', { workspace, id }),
    modelFile: (workspace, id) => paths.model(owned('model', { workspace, id }).id),
    removeModel(workspace, id) {
      owned('model', { workspace, id });
      records.remove(id);
      removeFiles(paths.model(id));
    },
    sample(request) {
      owned('model', { workspace: request.workspace, id: request.modelId });
      return jobs.enqueue(synthJobKinds.sample, { ...request, datasetId: createId('ds') } satisfies SampleJob);
    },
    report(request) {
      for (const id of [request.realId, request.syntheticId, request.holdoutId].filter((value): value is string => Boolean(value)))
        owned('dataset', { workspace: request.workspace, id });
      if (request.modelId) owned('model', { workspace: request.workspace, id: request.modelId });
      return jobs.enqueue(synthJobKinds.report, { ...request, reportId: createId('synr') } satisfies ReportJob);
    },
    reports: (workspace) => records.list('report', workspace),
    reportRecord: (workspace, id) => owned('report', { workspace, id }),
    reportFile(workspace, id, format) {
      const path = paths.report(owned('report', { workspace, id }).id, format);
      if (!existsSync(path)) throw notFound('report file', id);
      return path;
    },
  };
}
