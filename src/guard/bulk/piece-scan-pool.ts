// Worker threads that scan pieces of a long text side by side: a data export of gigabytes is read at the speed of all
// the machine's cores rather than one.
import { Worker } from 'node:worker_threads';
import { GenstackError } from '../../core/index.ts';
import type { PiiFinding } from '../pii/index.ts';
import type { PieceScanOptions } from './piece-scan-options.ts';
import type { PieceRequest } from './scan-piece.ts';

interface Job {
  id: number;
  request: PieceRequest;
  resolve: (findings: PiiFinding[]) => void;
  reject: (error: Error) => void;
}

type WorkerReply = { id: number; findings: PiiFinding[] } | { id: number; error: string };

const workerEntry = new URL('./piece-scan-worker.mjs', import.meta.url);

/**
 * A fixed number of workers, each scanning one piece at a time; pieces wait in order for the first idle worker.
 *
 * @example
 * const pool = new PieceScanPool({ custom: [] }, 4);
 * const findings = await pool.scan({ text: piece, pieceStart: 0 });
 * await pool.close();
 */
export class PieceScanPool {
  readonly #idle: Worker[] = [];
  readonly #busy = new Map<Worker, Job>();
  readonly #waiting: Job[] = [];
  readonly #workers: Worker[];
  #nextId = 0;
  #failure: Error | undefined;

  constructor(options: PieceScanOptions, size: number) {
    this.#workers = Array.from({ length: size }, () => this.#start(options));
    this.#idle.push(...this.#workers);
  }

  /** The findings of one piece, from the first worker free to scan it. */
  scan(request: PieceRequest): Promise<PiiFinding[]> {
    if (this.#failure) return Promise.reject(this.#failure);
    return new Promise((resolve, reject) => {
      this.#waiting.push({ id: (this.#nextId += 1), request, resolve, reject });
      this.#dispatch();
    });
  }

  /** Stops every worker; pieces still waiting fail. */
  async close(): Promise<void> {
    this.#fail(new GenstackError({ code: 'aborted', message: 'The scan was stopped.' }));
    await Promise.all(this.#workers.map((worker) => worker.terminate()));
  }

  #start(options: PieceScanOptions): Worker {
    const worker = new Worker(workerEntry, { workerData: options });
    worker.on('message', (reply: WorkerReply) => {
      const job = this.#busy.get(worker);
      if (job === undefined || job.id !== reply.id) return;
      this.#busy.delete(worker);
      this.#idle.push(worker);
      if ('error' in reply) job.reject(new GenstackError({ code: 'internal_error', message: `A scan worker failed: ${reply.error}` }));
      else job.resolve(reply.findings);
      this.#dispatch();
    });
    // A worker that dies (out of memory, a fault in its start-up) fails the whole scan: its piece cannot be skipped.
    worker.on('error', (error) =>
      this.#fail(new GenstackError({ code: 'internal_error', message: `A scan worker failed: ${error.message}`, cause: error })),
    );
    worker.on('exit', (code) => {
      if (code !== 0) this.#fail(new GenstackError({ code: 'internal_error', message: `A scan worker stopped (exit code ${code}).` }));
    });
    return worker;
  }

  #dispatch(): void {
    while (this.#idle.length > 0 && this.#waiting.length > 0) {
      const worker = this.#idle.pop()!;
      const job = this.#waiting.shift()!;
      this.#busy.set(worker, job);
      worker.postMessage({ id: job.id, ...job.request });
    }
  }

  #fail(error: Error): void {
    this.#failure ??= error;
    for (const job of [...this.#busy.values(), ...this.#waiting.splice(0)]) job.reject(this.#failure);
    this.#busy.clear();
  }
}
