// The SQL of the job queue: prepared statements over `jobs` and `job_items`; callers compose them into transactions.
import type Database from 'better-sqlite3';
import type { ItemCounts } from './job-progress.ts';
import { toJobItemRecord, toJobRecord, toJson, type Row } from './job-rows.ts';
import type { JobError, JobItemRecord, JobItemStatus, JobProgress, JobRecord, JobStatus } from './types.ts';

export interface JobListFilter {
  kind?: string;
  status?: JobStatus;
  limit?: number;
}

export type JobRepository = ReturnType<typeof createJobRepository>;

const defaultListLimit = 100;

/**
 * @example
 * const repository = createJobRepository(database);
 * repository.transaction(() => repository.setStatus({ id, status: 'cancelled', at }));
 */
export function createJobRepository(database: Database.Database) {
  const insert = database.prepare(
    `INSERT INTO jobs (id, kind, status, input, progress, attempts, created_at, updated_at)
     VALUES (?, ?, 'queued', ?, '{"done":0,"failed":0}', 0, ?, ?)`,
  );
  const byId = database.prepare('SELECT * FROM jobs WHERE id = ?');
  const queuedOfKind = database.prepare("SELECT * FROM jobs WHERE status = 'queued' AND kind = ? ORDER BY created_at, rowid LIMIT ?");
  const runningIds = database.prepare("SELECT id FROM jobs WHERE status = 'running'");
  const claim = database.prepare(
    "UPDATE jobs SET status = 'running', attempts = attempts + 1, started_at = ?, finished_at = NULL, updated_at = ? WHERE id = ? AND status = 'queued'",
  );
  const saveProgress = database.prepare('UPDATE jobs SET progress = ?, updated_at = ? WHERE id = ?');
  const setStatus = database.prepare(
    'UPDATE jobs SET status = ?, progress = ?, result = ?, error = ?, finished_at = ?, updated_at = ? WHERE id = ?',
  );
  const planItem = database.prepare("INSERT OR IGNORE INTO job_items (job_id, key, status, updated_at) VALUES (?, ?, 'pending', ?)");
  const completeItem = database.prepare(
    `INSERT INTO job_items (job_id, key, status, error, result, updated_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (job_id, key) DO UPDATE SET status = excluded.status, error = excluded.error, result = excluded.result, updated_at = excluded.updated_at`,
  );
  const itemByKey = database.prepare('SELECT * FROM job_items WHERE job_id = ? AND key = ?');
  const itemsOfJob = database.prepare('SELECT * FROM job_items WHERE job_id = ? ORDER BY rowid');
  const countItems = database.prepare(
    "SELECT count(*) AS total, sum(status IN ('done', 'skipped')) AS done, sum(status = 'failed') AS failed FROM job_items WHERE job_id = ?",
  );
  const resetFailedItems = database.prepare(
    "UPDATE job_items SET status = 'pending', error = NULL, result = NULL, updated_at = ? WHERE job_id = ? AND status = 'failed'",
  );

  return {
    transaction<T>(work: () => T): T {
      return database.transaction(work)();
    },
    insert(job: { id: string; kind: string; input: unknown; at: string }): JobRecord {
      insert.run(job.id, job.kind, toJson(job.input, 'input'), job.at, job.at);
      return toJobRecord(byId.get(job.id) as Row);
    },
    get(id: string): JobRecord | undefined {
      const row = byId.get(id) as Row | undefined;
      return row ? toJobRecord(row) : undefined;
    },
    /** Newest first. */
    list(filter: JobListFilter = {}): JobRecord[] {
      const where: string[] = [];
      const values: unknown[] = [];
      for (const column of ['kind', 'status'] as const) {
        if (filter[column] === undefined) continue;
        where.push(`${column} = ?`);
        values.push(filter[column]);
      }
      const sql = `SELECT * FROM jobs ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at DESC, rowid DESC LIMIT ?`;
      return (database.prepare(sql).all(...values, filter.limit ?? defaultListLimit) as Row[]).map(toJobRecord);
    },
    /** Queued jobs of a kind, oldest first. */
    queued(kind: string, limit: number): JobRecord[] {
      return (queuedOfKind.all(kind, limit) as Row[]).map(toJobRecord);
    },
    runningIds(): string[] {
      return (runningIds.all() as Row[]).map((row) => row.id as string);
    },
    /** queued → running; undefined when the job was no longer queued. */
    claim(id: string, at: string): JobRecord | undefined {
      return claim.run(at, at, id).changes > 0 ? toJobRecord(byId.get(id) as Row) : undefined;
    },
    saveProgress(id: string, progress: JobProgress, at: string): void {
      saveProgress.run(toJson(progress, 'progress'), at, id);
    },
    setStatus(change: {
      id: string;
      status: JobStatus;
      progress: JobProgress;
      result?: unknown;
      error?: JobError | null;
      finishedAt: string | null;
      at: string;
    }): JobRecord {
      const result = change.result === undefined ? null : toJson(change.result, 'result');
      const error = change.error ? toJson({ code: change.error.code, message: change.error.message }, 'error') : null;
      setStatus.run(change.status, toJson(change.progress, 'progress'), result, error, change.finishedAt, change.at, change.id);
      return toJobRecord(byId.get(change.id) as Row);
    },
    planItems(jobId: string, keys: string[], at: string): void {
      for (const key of keys) planItem.run(jobId, key, at);
    },
    completeItem(item: {
      jobId: string;
      key: string;
      status: Exclude<JobItemStatus, 'pending'>;
      error?: JobError;
      result?: unknown;
      at: string;
    }): JobItemRecord {
      const error = item.error ? toJson({ code: item.error.code, message: item.error.message }, 'item error') : null;
      const result = item.result === undefined ? null : toJson(item.result, 'item result');
      completeItem.run(item.jobId, item.key, item.status, error, result, item.at);
      return toJobItemRecord(itemByKey.get(item.jobId, item.key) as Row);
    },
    items(jobId: string): JobItemRecord[] {
      return (itemsOfJob.all(jobId) as Row[]).map(toJobItemRecord);
    },
    countItems(jobId: string): ItemCounts {
      const row = countItems.get(jobId) as { total: number; done: number | null; failed: number | null };
      return { total: row.total, done: row.done ?? 0, failed: row.failed ?? 0 };
    },
    resetFailedItems(jobId: string, at: string): void {
      resetFailedItems.run(at, jobId);
    },
  };
}
