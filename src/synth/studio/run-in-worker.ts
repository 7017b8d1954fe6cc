// Runs a synth task on a worker thread: the server keeps answering while a model fits, and a cancel stops the work at once.
import { Worker } from 'node:worker_threads';
import { GenstackError, type ErrorCode } from '../../core/index.ts';
import type { SynthTask } from './synth-tasks.ts';

type WorkerMessage =
  | { type: 'progress'; fraction: number; message?: string }
  | { type: 'done'; result: unknown }
  | { type: 'error'; error: { code: ErrorCode; message: string; param: string | null; details?: unknown } };

const entry = new URL('./synth-worker-entry.mjs', import.meta.url);

/**
 * @example
 * const result = await runInWorker(task, { signal, onProgress: (fraction) => context.progress({ done: fraction * 100 }) });
 */
export function runInWorker(
  task: SynthTask,
  options: { signal?: AbortSignal; onProgress?: (fraction: number, message?: string) => void } = {},
): Promise<unknown> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) return reject(new GenstackError({ code: 'aborted', message: 'The synth task was cancelled.' }));
    const worker = new Worker(entry, { workerData: task });
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', abort);
      outcome();
    };
    const abort = () => {
      void worker.terminate();
      finish(() => reject(new GenstackError({ code: 'aborted', message: 'The synth task was cancelled.' })));
    };
    options.signal?.addEventListener('abort', abort, { once: true });
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') options.onProgress?.(message.fraction, message.message);
      else if (message.type === 'done') finish(() => resolve(message.result));
      else
        finish(() =>
          reject(
            new GenstackError({
              code: message.error.code,
              message: message.error.message,
              param: message.error.param,
              details: message.error.details,
            }),
          ),
        );
    });
    worker.on('error', (error) =>
      finish(() =>
        reject(new GenstackError({ code: 'internal_error', message: `The synth worker failed: ${error.message}`, cause: error })),
      ),
    );
    worker.on('exit', (code) =>
      finish(() =>
        reject(new GenstackError({ code: 'internal_error', message: `The synth worker stopped (exit ${code}) before finishing.` })),
      ),
    );
  });
}
