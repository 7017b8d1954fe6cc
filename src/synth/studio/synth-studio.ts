// The synthetic data studio as a service: datasets, models and reports kept per workspace, long work run as jobs.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { createId, GenstackError, writeFileAtomically } from '../../core/index.ts';
import type { JobQueue, JobRecord } from '../../jobs/index.ts';
import { generateDataset } from '../datasets/index.ts';
import type { FitSynthOptions, SampleSynthOptions } from '../pipeline/index.ts';
import { inferSchema, readCsvTable, writeCsvTable } from '../table/index.ts';
import type { ColumnSpec, RawTable } from '../table/types.ts';
import { registerSynthJobs, synthJobKinds, type FitJob, type ReportJob, type SampleJob, type SynthPaths } from './synth-jobs.ts';
import {
  ownedRecord,
  sqliteSynthRecords,
  type DatasetRecord,
  type ModelRecord,
  type ReportRecord,
  type SynthRecordKind,
} from './synth-records.ts';

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
  const paths: SynthPaths = {
    dataset: (id) => join(folders.dataset, `${id}.csv`),
    model: (id) => join(folders.model, `${id}.json`),
    report: (id, format) => join(folders.report, `${id}.${format}`),
  };

  const owned = <Kind extends SynthRecordKind>(kind: Kind, where: { workspace: string; id: string }) => ownedRecord(records, kind, where);

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

  registerSynthJobs({ jobs, records, paths, concurrency: options.concurrency ?? 1 });

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
