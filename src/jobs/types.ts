// The job contract shared by every long-running capability (ingestion, renders, synthesis): durable, resumable, observable.

export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';

/** Progress as the job reports it; every field optional except counts of finished items. */
export interface JobProgress {
  /** Items to process (documents, rows, frames), when known. */
  total?: number;
  done: number;
  failed: number;
  bytes?: number;
  totalBytes?: number;
  /** Capability-specific counters, e.g. `{ chunks: 1200 }`. */
  counters?: Record<string, number>;
  /** Estimated seconds left, computed by the queue from the rate so far. */
  etaSeconds?: number;
  message?: string;
}

export interface JobError {
  code: string;
  message: string;
}

export interface JobRecord {
  id: string;
  kind: string;
  status: JobStatus;
  input: unknown;
  progress: JobProgress;
  result: unknown;
  error: JobError | null;
  /** How many times the job has been started (resumes and retries count). */
  attempts: number;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  updatedAt: string;
}

export type JobItemStatus = 'pending' | 'done' | 'failed' | 'skipped';

/** One unit of a job's work (a document of an ingestion), so a resumed or retried job skips what is done. */
export interface JobItemRecord {
  jobId: string;
  key: string;
  status: JobItemStatus;
  error: JobError | null;
  result: unknown;
  updatedAt: string;
}

export type JobEvent =
  { type: 'status'; job: JobRecord } | { type: 'progress'; job: JobRecord } | { type: 'item'; jobId: string; item: JobItemRecord };

export interface JobContext<Input = unknown> {
  job: JobRecord & { input: Input };
  /** Fires on cancel and on queue shutdown; handlers stop promptly and leave finished items recorded. */
  signal: AbortSignal;
  /** Merges into the job's progress (persisted, throttled) and notifies subscribers. */
  progress(update: Partial<JobProgress>): void;
  items: {
    /** Declares the items of this job; existing ones keep their status (so a resume skips finished items). */
    plan(keys: string[]): void;
    list(): JobItemRecord[];
    /** Records an item's outcome durably before the handler moves on. */
    complete(key: string, outcome: { status: Exclude<JobItemStatus, 'pending'>; error?: JobError; result?: unknown }): void;
  };
}

export type JobHandler<Input = unknown> = (context: JobContext<Input>) => Promise<unknown>;

export interface JobQueue {
  /** Registers the handler of a kind; `concurrency` bounds how many jobs of that kind run at once (default 1). */
  register<Input>(kind: string, handler: JobHandler<Input>, options?: { concurrency?: number }): void;
  enqueue(kind: string, input: unknown): JobRecord;
  get(id: string): JobRecord | undefined;
  list(filter?: { kind?: string; status?: JobStatus; limit?: number }): JobRecord[];
  items(id: string): JobItemRecord[];
  /** Cancels a queued or running job; finished items stay done. */
  cancel(id: string): JobRecord;
  /** Runs a failed, cancelled or partly failed job again: failed items go back to pending, done ones are skipped. */
  retry(id: string): JobRecord;
  /** Live events of one job, starting with its current status; ends when the job reaches a final status. */
  subscribe(id: string, signal?: AbortSignal): AsyncIterable<JobEvent>;
  /** Waits until the job reaches a final status. */
  wait(id: string, signal?: AbortSignal): Promise<JobRecord>;
  /** Starts running, resuming jobs that were queued or running when the process stopped. */
  start(): void;
  /** Stops taking work, aborts running handlers (they resume on the next start) and waits for them to settle. */
  stop(): Promise<void>;
}
