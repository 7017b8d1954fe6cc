// Live job events in memory: the queue emits each state change, subscribers read them as an async iterable per job.
import { EventEmitter } from 'node:events';
import type { JobEvent, JobRecord, JobStatus } from './types.ts';

export type JobEvents = ReturnType<typeof createJobEvents>;

/** Statuses a job leaves only by an explicit retry. */
export function isFinalStatus(status: JobStatus): boolean {
  return status === 'succeeded' || status === 'failed' || status === 'cancelled';
}

function jobIdOf(event: JobEvent): string {
  return event.type === 'item' ? event.jobId : event.job.id;
}

/**
 * @example
 * const events = createJobEvents();
 * const off = events.on(jobId, (event) => console.log(event.type));
 * events.emit({ type: 'status', job });
 */
export function createJobEvents() {
  const emitter = new EventEmitter();
  // One listener per subscriber of a job (SSE clients, waiters): any number is legitimate.
  emitter.setMaxListeners(0);
  return {
    emit(event: JobEvent): void {
      emitter.emit(jobIdOf(event), event);
    },
    on(jobId: string, listener: (event: JobEvent) => void): () => void {
      emitter.on(jobId, listener);
      return () => void emitter.off(jobId, listener);
    },
  };
}

/**
 * The job's current status, then its live events, until a final status (or until `signal` aborts, which ends the
 * iteration quietly). The listener is attached before the snapshot is read, in the same tick, so nothing falls between.
 * @example
 * for await (const event of subscribeToJob({ events, jobId, current: () => repository.get(jobId) })) show(event);
 */
export async function* subscribeToJob(options: {
  events: JobEvents;
  jobId: string;
  current: () => JobRecord | undefined;
  signal?: AbortSignal;
}): AsyncGenerator<JobEvent> {
  const { signal } = options;
  const buffer: JobEvent[] = [];
  let wake: (() => void) | undefined;
  const off = options.events.on(options.jobId, (event) => {
    buffer.push(event);
    wake?.();
  });
  const onAbort = () => wake?.();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const job = options.current();
    if (!job || signal?.aborted) return;
    yield { type: 'status', job };
    if (isFinalStatus(job.status)) return;
    while (!signal?.aborted) {
      const event = buffer.shift();
      if (!event) {
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
        continue;
      }
      yield event;
      if (event.type === 'status' && isFinalStatus(event.job.status)) return;
    }
  } finally {
    off();
    signal?.removeEventListener('abort', onAbort);
  }
}
