// Hands out a fixed set of slots (context sequences, an embedding context) one request at a time; the rest wait in order.
import { GenstackError } from '../../core/errors.ts';

interface Waiter<T> {
  resolve: (slot: T) => void;
  reject: (error: unknown) => void;
  signal: AbortSignal | undefined;
  onAbort: () => void;
}

/**
 * @example
 * const pool = new SlotPool([sequenceA, sequenceB]);
 * const sequence = await pool.acquire(signal);
 * try { await work(sequence); } finally { pool.release(sequence); }
 */
export class SlotPool<T> {
  private readonly free: T[];
  private readonly waiters: Waiter<T>[] = [];

  constructor(slots: T[]) {
    this.free = [...slots];
  }

  /** Requests waiting for a slot right now. */
  get waiting(): number {
    return this.waiters.length;
  }

  acquire(signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) return Promise.reject(abortError(signal));
    const slot = this.free.pop();
    if (slot !== undefined) return Promise.resolve(slot);
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter<T> = {
        resolve,
        reject,
        signal,
        // A request cancelled while queued leaves the queue, so it never takes a slot it would not use.
        onAbort: () => {
          const index = this.waiters.indexOf(waiter);
          if (index >= 0) this.waiters.splice(index, 1);
          reject(abortError(signal));
        },
      };
      signal?.addEventListener('abort', waiter.onAbort, { once: true });
      this.waiters.push(waiter);
    });
  }

  release(slot: T): void {
    const waiter = this.waiters.shift();
    if (!waiter) {
      this.free.push(slot);
      return;
    }
    waiter.signal?.removeEventListener('abort', waiter.onAbort);
    waiter.resolve(slot);
  }

  /** Fails every queued request, e.g. when the model is being disposed. */
  rejectWaiting(error: unknown): void {
    for (const waiter of this.waiters.splice(0)) {
      waiter.signal?.removeEventListener('abort', waiter.onAbort);
      waiter.reject(error);
    }
  }
}

function abortError(signal: AbortSignal | undefined): GenstackError {
  const reason: unknown = signal?.reason;
  if (reason instanceof GenstackError) return reason;
  return new GenstackError({
    code: 'aborted',
    message: 'The request was cancelled while waiting for a free llama context.',
    cause: reason,
  });
}
