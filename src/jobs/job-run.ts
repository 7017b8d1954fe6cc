// One attempt of one job: the handler's context (throttled progress, durable items) and what its outcome does to the job.
import { GenstackError, toGenstackError, type Logger } from '../core/index.ts';
import type { JobEvents } from './job-events.ts';
import { applyItemCounts, estimateSecondsLeft, finalProgress, type ItemCounts } from './job-progress.ts';
import type { JobRepository } from './job-repository.ts';
import { toJson } from './job-rows.ts';
import type { JobContext, JobError, JobHandler, JobProgress, JobRecord } from './types.ts';

export interface JobRun {
  jobId: string;
  kind: string;
  /** Settles once the handler has returned and the outcome is recorded; never rejects. */
  settled: Promise<void>;
  /** `cancel`: the queue has already marked the job cancelled. `stop`: the job goes back to queued to resume later. */
  abort(why: 'cancel' | 'stop'): void;
}

export interface JobRunOptions {
  /** The job as claimed: status running, attempts counted. */
  job: JobRecord;
  handler: JobHandler;
  repository: JobRepository;
  events: JobEvents;
  now: () => Date;
  progressThrottleMs: number;
  logger?: Logger;
}

type Outcome = { ok: true; result: unknown } | { ok: false; error: JobError };

function toJobError(thrown: unknown): JobError {
  const error = toGenstackError(thrown);
  return { code: error.code, message: error.message };
}

/**
 * Starts the handler on the next tick and returns at once.
 * @example
 * const run = startJobRun({ job: claimed, handler, repository, events, now: () => new Date(), progressThrottleMs: 250 });
 * await run.settled;
 */
export function startJobRun(options: JobRunOptions): JobRun {
  const { job, repository, events, now } = options;
  const jobId = job.id;
  const controller = new AbortController();
  let ending: 'cancel' | 'stop' | undefined;
  let finished = false;
  let itemCounts: ItemCounts = repository.countItems(jobId);
  let progress: JobProgress = applyItemCounts(finalProgress(job.progress), itemCounts);
  const startedAt = now().getTime();
  // This attempt's rate only: a resumed job does not count what earlier attempts finished.
  const baseline = { startedAtMs: startedAt, finished: progress.done + progress.failed, bytes: progress.bytes ?? 0 };
  let lastFlushMs = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let unsaved = false;
  let unannounced = false;

  const withEstimate = (value: JobProgress, nowMs: number): JobProgress => {
    const { etaSeconds: _previous, ...rest } = value;
    const etaSeconds = estimateSecondsLeft({ progress: rest, baseline, nowMs });
    return etaSeconds === undefined ? rest : { ...rest, etaSeconds };
  };
  const announce = () => {
    const record = repository.get(jobId);
    if (record) events.emit({ type: 'progress', job: record });
  };
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (finished || (!unsaved && !unannounced)) return;
    const at = now();
    lastFlushMs = at.getTime();
    if (unsaved) repository.saveProgress(jobId, progress, at.toISOString());
    unsaved = unannounced = false;
    announce();
  };
  const schedule = () => {
    const wait = lastFlushMs + options.progressThrottleMs - now().getTime();
    if (wait <= 0) flush();
    else timer ??= setTimeout(flush, wait);
  };
  /** Item writes and the counts they change land in one transaction; subscribers hear of the counts at the throttled pace. */
  const recordItems = (write: () => void) => {
    const at = now();
    repository.transaction(() => {
      write();
      itemCounts = repository.countItems(jobId);
      progress = withEstimate(applyItemCounts(progress, itemCounts), at.getTime());
      repository.saveProgress(jobId, progress, at.toISOString());
    });
    unsaved = false;
    unannounced = true;
  };

  const context: JobContext = {
    job: job as JobRecord & { input: unknown },
    signal: controller.signal,
    progress(update) {
      if (finished) return;
      progress = withEstimate(applyItemCounts({ ...progress, ...update }, itemCounts), now().getTime());
      unsaved = true;
      schedule();
    },
    items: {
      plan(keys) {
        if (finished) return;
        recordItems(() => repository.planItems(jobId, keys, now().toISOString()));
        flush();
      },
      list: () => repository.items(jobId),
      complete(key, outcome) {
        if (finished) return;
        let item: ReturnType<JobRepository['completeItem']> | undefined;
        recordItems(() => (item = repository.completeItem({ jobId, key, ...outcome, at: now().toISOString() })));
        if (item) events.emit({ type: 'item', jobId, item });
        schedule();
      },
    },
  };

  const settle = (outcome: Outcome) => {
    finished = true;
    clearTimeout(timer);
    if (outcome.ok) {
      try {
        toJson(outcome.result, 'result');
      } catch (error) {
        outcome = { ok: false, error: toJobError(error) };
      }
    }
    const at = now().toISOString();
    const changed = repository.transaction(() => {
      const current = repository.get(jobId);
      const counted = applyItemCounts(progress, repository.countItems(jobId));
      if (current?.status !== 'running') {
        // Cancelled while running: keep the final counts, the status is already final. Retried meanwhile: hands off.
        if (current?.status === 'cancelled') repository.saveProgress(jobId, finalProgress(counted), at);
        return undefined;
      }
      if (ending === 'stop')
        return repository.setStatus({ id: jobId, status: 'queued', progress: finalProgress(counted), finishedAt: null, at });
      if (outcome.ok) {
        return repository.setStatus({
          id: jobId,
          status: 'succeeded',
          progress: finalProgress(counted),
          result: outcome.result,
          finishedAt: at,
          at,
        });
      }
      return repository.setStatus({
        id: jobId,
        status: 'failed',
        progress: finalProgress(counted),
        error: outcome.error,
        finishedAt: at,
        at,
      });
    });
    if (changed) events.emit({ type: 'status', job: changed });
  };

  const settled = Promise.resolve()
    .then(() => options.handler(context))
    .then(
      (result): Outcome => ({ ok: true, result }),
      (thrown: unknown): Outcome => {
        if (!ending && !GenstackError.is(thrown)) {
          options.logger?.error('job handler failed', { jobId, kind: job.kind, error: String(thrown), stack: (thrown as Error)?.stack });
        }
        return { ok: false, error: toJobError(thrown) };
      },
    )
    .then(settle)
    .catch((error: unknown) => {
      // The database went away under the job (closed at shutdown): the job stays running and resumes on the next start.
      options.logger?.error('job outcome not recorded', { jobId, kind: job.kind, error: String(error) });
    });

  return {
    jobId,
    kind: job.kind,
    settled,
    abort(why) {
      if (ending) return;
      ending = why;
      const message = why === 'cancel' ? 'The job was cancelled.' : 'The job queue is stopping; the job resumes on the next start.';
      controller.abort(new GenstackError({ code: 'aborted', message }));
    },
  };
}
