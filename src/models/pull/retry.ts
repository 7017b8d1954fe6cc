// Retries a download step after transient failures, with exponential backoff and full jitter.
import { downloadFailed, isTransient, abortedError } from './download-errors.ts';

const maximumDelayMs = 30_000;

/**
 * Delay before retry number `attempt` (1-based): a random wait between half and all of base·2^(attempt-1).
 * Jitter keeps many clients that failed together from retrying together.
 * @example
 * backoffDelay({ attempt: 3, baseMs: 500 }); // between 1000 and 2000
 */
export function backoffDelay(options: { attempt: number; baseMs: number; random?: () => number }): number {
  const ceiling = Math.min(maximumDelayMs, options.baseMs * 2 ** Math.max(0, options.attempt - 1));
  const random = options.random ?? Math.random;
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}

/** Waits `milliseconds`, rejecting with the signal's reason as soon as it aborts. */
export function sleep(milliseconds: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, milliseconds);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export interface RetryOptions {
  url: string;
  maxRetries: number;
  baseMs: number;
  signal?: AbortSignal;
  /** Asked after each transient failure: when the failed try still moved bytes, the retry budget starts over. */
  madeProgress?: () => boolean;
}

/**
 * Runs `task` until it succeeds, a final error occurs, or the retries are spent ('download_failed').
 * @example
 * await withRetries(() => fetchOnce(), { url, maxRetries: 5, baseMs: 500 });
 */
export async function withRetries<T>(task: () => Promise<T>, options: RetryOptions): Promise<T> {
  let failures = 0;
  let attempts = 0;
  for (;;) {
    attempts += 1;
    try {
      return await task();
    } catch (error) {
      if (options.signal?.aborted) throw abortedError(options.url, error);
      if (!isTransient(error)) throw error;
      // A long download over a flaky link may drop many times; only failures without progress count.
      failures = options.madeProgress?.() ? 1 : failures + 1;
      if (failures > options.maxRetries) throw downloadFailed(options.url, attempts, error);
      try {
        await sleep(backoffDelay({ attempt: failures, baseMs: options.baseMs }), options.signal);
      } catch (abortReason) {
        throw abortedError(options.url, abortReason);
      }
    }
  }
}
