// Records of the studio's datasets, models and reports in SQLite (one row each, by workspace); their files live on disk.
import type Database from 'better-sqlite3';
import { GenstackError } from '../../core/index.ts';
import { applyMigrations, type Migration } from '../../store/index.ts';
import type { ModelDetails } from '../pipeline/index.ts';

export type SynthRecordKind = 'dataset' | 'model' | 'report';

export interface DatasetRecord {
  id: string;
  name: string;
  workspace: string;
  /** Where the rows came from: an upload, a blueprint generator, or a sample of a model. */
  origin: 'upload' | 'blueprint' | 'sample';
  rows: number;
  columns: { name: string; kind: string }[];
  bytes: number;
  modelId?: string;
  createdAt: string;
}

export interface ModelRecord {
  id: string;
  name: string;
  workspace: string;
  datasetId: string;
  synthesizer: string;
  rows: number;
  columns: { name: string; kind: string }[];
  fitSeconds: number;
  epsilon: number | null;
  constraints: number;
  warnings: string[];
  /** What the model learned (marginal families, network, sequence layout). */
  details: ModelDetails;
  createdAt: string;
}

export interface ReportRecord {
  id: string;
  workspace: string;
  realId: string;
  syntheticId: string;
  holdoutId?: string;
  target?: string;
  summary: Record<string, unknown>;
  createdAt: string;
}

type RecordOf<Kind extends SynthRecordKind> = Kind extends 'dataset' ? DatasetRecord : Kind extends 'model' ? ModelRecord : ReportRecord;

const migrations: Migration[] = [
  {
    version: 1,
    name: 'synth datasets, models and reports',
    sql: `
      CREATE TABLE synth_records (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('dataset', 'model', 'report')),
        workspace TEXT NOT NULL,
        record TEXT NOT NULL CHECK (json_valid(record)),
        created_at TEXT NOT NULL
      );
      CREATE INDEX synth_records_kind_workspace ON synth_records (kind, workspace, created_at);
    `,
  },
];

export interface SynthRecords {
  put<Kind extends SynthRecordKind>(kind: Kind, record: RecordOf<Kind>): void;
  get<Kind extends SynthRecordKind>(kind: Kind, id: string): RecordOf<Kind> | undefined;
  list<Kind extends SynthRecordKind>(kind: Kind, workspace: string): RecordOf<Kind>[];
  remove(id: string): boolean;
}

/**
 * @example
 * const records = sqliteSynthRecords(store.database);
 * records.put('dataset', dataset);
 */
export function sqliteSynthRecords(database: Database.Database): SynthRecords {
  applyMigrations(database, { scope: 'synth', migrations });
  const insert = database.prepare(
    `INSERT INTO synth_records (id, kind, workspace, record, created_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET record = excluded.record`,
  );
  const select = database.prepare('SELECT record FROM synth_records WHERE kind = ? AND id = ?').pluck();
  const selectAll = database
    .prepare('SELECT record FROM synth_records WHERE kind = ? AND workspace = ? ORDER BY created_at DESC, id')
    .pluck();
  const remove = database.prepare('DELETE FROM synth_records WHERE id = ?');
  return {
    put: (kind, record) => void insert.run(record.id, kind, record.workspace, JSON.stringify(record), record.createdAt),
    get: (kind, id) => {
      const text = select.get(kind, id) as string | undefined;
      return text === undefined ? undefined : JSON.parse(text);
    },
    list: (kind, workspace) => (selectAll.all(kind, workspace) as string[]).map((text) => JSON.parse(text)),
    remove: (id) => remove.run(id).changes > 0,
  };
}

/**
 * A record of the workspace, or not_found — a record of another workspace answers exactly as a missing one.
 * @example
 * const dataset = ownedRecord(records, 'dataset', { workspace: 'acme', id });
 */
export function ownedRecord<Kind extends SynthRecordKind>(
  records: SynthRecords,
  kind: Kind,
  where: { workspace: string; id: string },
): RecordOf<Kind> {
  const record = records.get(kind, where.id);
  if (!record || record.workspace !== where.workspace)
    throw new GenstackError({ code: 'not_found', message: `No ${kind} '${where.id}'.`, param: 'id' });
  return record;
}
