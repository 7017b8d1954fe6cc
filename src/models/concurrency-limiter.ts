// A per-model semaphore: at most `limit` requests in flight, a bounded FIFO queue behind them, 429 beyond.
import { GenstackError } from '../core/errors.ts';

export interface ConcurrencyLimiter {
  /** Resolves with a release function once a slot is free. */
  acquire(signal?: AbortSignal): Promise<() => void>;
  readonly active: number;
  readonly queued: number;
}

/**
 * @example
 * const release = await limiter.acquire(signal);
 * try { await work(); } finally { release(); }
 */
export function createConcurrencyLimiter(options: { limit: number; maxQueue: number; name: string }): ConcurrencyLimiter {
  let active = 0;
  const waiting: Array<{ grant: () => void }> = [];

  const release = () => {
    active -= 1;
    const next = waiting.shift();
    if (next) next.grant();
  };
  const once = () => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      release();
    };
  };

  return {
    get active() {
      return active;
    },
    get queued() {
      return waiting.length;
    },
    acquire(signal) {
      if (active < options.limit) {
        active += 1;
        return Promise.resolve(once());
      }
      if (waiting.length >= options.maxQueue) {
        return Promise.reject(
          new GenstackError({
            code: 'rate_limited',
            message: `Model '${options.name}' is at capacity (${options.limit} running, ${waiting.length} queued).`,
            retryAfter: 1,
          }),
        );
      }
      return new Promise((resolve, reject) => {
        const entry = {
          grant: () => {
            signal?.removeEventListener('abort', onAbort);
            active += 1;
            resolve(once());
          },
        };
        const onAbort = () => {
          const index = waiting.indexOf(entry);
          if (index >= 0) waiting.splice(index, 1);
          reject(new GenstackError({ code: 'aborted', message: 'The request was cancelled while waiting for the model.' }));
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        waiting.push(entry);
      });
    },
  };
}
