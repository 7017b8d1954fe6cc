// The embedded job queue: jobs and items in SQLite, handlers run in this process with a concurrency bound per kind.
import type Database from 'better-sqlite3';
import { GenstackError, createId, type Logger } from '../core/index.ts';
import { applyMigrations } from '../store/index.ts';
import { createJobEvents, isFinalStatus, subscribeToJob } from './job-events.ts';
import { jobMigrations } from './job-migrations.ts';
import { applyItemCounts, finalProgress } from './job-progress.ts';
import { createJobRepository } from './job-repository.ts';
import { startJobRun, type JobRun } from './job-run.ts';
import type { JobHandler, JobQueue, JobRecord } from './types.ts';

export interface SqliteJobQueueOptions {
  /** The store's database (`store.database`); the queue adds its tables under migration scope 'jobs'. */
  database: Database.Database;
  now?: () => Date;
  /** At most one progress write and event per job per this many ms; item outcomes and final states are always written. */
  progressThrottleMs?: number;
  logger?: Logger;
}

/**
 * Jobs survive restarts: `start()` resumes what was queued or running. Assumes one process runs the queue of a database.
 * @example
 * const jobs = createSqliteJobQueue({ database: store.database });
 * jobs.register<{ files: string[] }>('ingest', async ({ job, items }) => { items.plan(job.input.files); … });
 * jobs.start();
 * const job = jobs.enqueue('ingest', { files: ['안내서.pdf'] });
 * await jobs.wait(job.id);
 */
export function createSqliteJobQueue(options: SqliteJobQueueOptions): JobQueue {
  applyMigrations(options.database, { scope: 'jobs', migrations: jobMigrations });
  const now = options.now ?? (() => new Date());
  const stamp = () => now().toISOString();
  const repository = createJobRepository(options.database);
  const events = createJobEvents();
  const handlers = new Map<string, { handler: JobHandler; concurrency: number }>();
  const runs = new Map<string, JobRun>();
  let started = false;
  let pumpScheduled = false;

  const existing = (id: string): JobRecord => {
    const job = repository.get(id);
    if (!job) throw new GenstackError({ code: 'not_found', message: `No job '${id}'.`, param: 'id' });
    return job;
  };

  /** Starts queued jobs, oldest first, while each kind has room. */
  const pump = () => {
    pumpScheduled = false;
    if (!started) return;
    for (const [kind, { handler, concurrency }] of handlers) {
      const active = [...runs.values()].filter((run) => run.kind === kind).length;
      if (active >= concurrency) continue;
      // A job retried while its cancelled attempt is still winding down waits for that attempt to settle.
      const candidates = repository.queued(kind, concurrency + runs.size).filter((job) => !runs.has(job.id));
      for (const candidate of candidates.slice(0, concurrency - active)) {
        const job = repository.claim(candidate.id, stamp());
        if (!job) continue;
        events.emit({ type: 'status', job });
        const run = startJobRun({
          job,
          handler,
          repository,
          events,
          now,
          progressThrottleMs: options.progressThrottleMs ?? 250,
          logger: options.logger,
        });
        runs.set(job.id, run);
        void run.settled.then(() => {
          runs.delete(job.id);
          schedulePump();
        });
      }
    }
  };
  const schedulePump = () => {
    if (pumpScheduled || !started) return;
    pumpScheduled = true;
    queueMicrotask(pump);
  };

  const subscribe = (id: string, signal?: AbortSignal) => {
    existing(id);
    return subscribeToJob({ events, jobId: id, current: () => repository.get(id), ...(signal ? { signal } : {}) });
  };

  return {
    register(kind, handler, registration) {
      const concurrency = registration?.concurrency ?? 1;
      if (!Number.isInteger(concurrency) || concurrency < 1) {
        throw new GenstackError({ code: 'invalid_request', message: `Job concurrency must be a positive integer, got ${concurrency}.` });
      }
      handlers.set(kind, { handler: handler as JobHandler, concurrency });
      schedulePump();
    },
    enqueue(kind, input) {
      const job = repository.insert({ id: createId('job'), kind, input, at: stamp() });
      events.emit({ type: 'status', job });
      schedulePump();
      return job;
    },
    get: (id) => repository.get(id),
    list: (filter) => repository.list(filter),
    items(id) {
      existing(id);
      return repository.items(id);
    },
    cancel(id) {
      const at = stamp();
      const job = repository.transaction(() => {
        const current = existing(id);
        if (isFinalStatus(current.status)) {
          throw new GenstackError({
            code: 'conflict',
            message: `Job '${id}' has already ${current.status}; only queued or running jobs can be cancelled.`,
          });
        }
        return repository.setStatus({ id, status: 'cancelled', progress: finalProgress(current.progress), finishedAt: at, at });
      });
      runs.get(id)?.abort('cancel');
      events.emit({ type: 'status', job });
      return job;
    },
    retry(id) {
      const at = stamp();
      const job = repository.transaction(() => {
        const current = existing(id);
        const counts = repository.countItems(id);
        const partlyFailed = current.status === 'succeeded' && (counts.total > 0 ? counts.failed : current.progress.failed) > 0;
        if (current.status !== 'failed' && current.status !== 'cancelled' && !partlyFailed) {
          throw new GenstackError({
            code: 'conflict',
            message: `Job '${id}' is ${current.status}; only failed, cancelled or partly failed jobs can be retried.`,
          });
        }
        repository.resetFailedItems(id, at);
        const progress = finalProgress(applyItemCounts(current.progress, repository.countItems(id)));
        return repository.setStatus({ id, status: 'queued', progress, result: null, error: null, finishedAt: null, at });
      });
      events.emit({ type: 'status', job });
      schedulePump();
      return job;
    },
    subscribe,
    async wait(id, signal) {
      let last = existing(id);
      for await (const event of subscribe(id, signal)) if (event.type === 'status') last = event.job;
      if (!isFinalStatus(last.status)) {
        throw new GenstackError({ code: 'aborted', message: `Stopped waiting for job '${id}', which is ${last.status}.` });
      }
      return last;
    },
    start() {
      if (started) return;
      started = true;
      // Running rows with no handler in this process were cut off by a crash or a stop: they go back in line.
      const at = stamp();
      const requeued = repository.transaction(() =>
        repository
          .runningIds()
          .filter((id) => !runs.has(id))
          .map((id) => {
            const current = existing(id);
            return repository.setStatus({ id, status: 'queued', progress: finalProgress(current.progress), finishedAt: null, at });
          }),
      );
      for (const job of requeued) events.emit({ type: 'status', job });
      options.logger?.debug('job queue started', { resumed: requeued.length });
      schedulePump();
    },
    async stop() {
      started = false;
      const stopping = [...runs.values()];
      for (const run of stopping) run.abort('stop');
      await Promise.all(stopping.map((run) => run.settled));
    },
  };
}
