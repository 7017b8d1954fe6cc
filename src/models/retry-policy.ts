// When and how long to wait before retrying a model call: exponential backoff with full jitter, honouring Retry-After.
import { GenstackError } from '../core/errors.ts';

export interface RetrySettings {
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

/** Longest wait we accept from a server's Retry-After before giving the error to the caller instead. */
const maxRetryAfterMs = 60_000;

/**
 * Milliseconds to wait before retry number `attempt` (0-based), or undefined when the error must not be retried.
 * @example
 * retryDelay({ error, attempt: 0, settings, random: Math.random }) // e.g. 180
 */
export function retryDelay(options: {
  error: unknown;
  attempt: number;
  settings: RetrySettings;
  random: () => number;
}): number | undefined {
  const { error, attempt, settings } = options;
  if (!(error instanceof GenstackError) || !error.retryable || attempt >= settings.maxRetries) return undefined;
  if (error.retryAfter !== undefined) {
    const wait = error.retryAfter * 1000;
    return wait <= maxRetryAfterMs ? wait : undefined;
  }
  const ceiling = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** attempt);
  return Math.round(ceiling / 2 + (options.random() * ceiling) / 2);
}

/** Resolves after `ms`, or rejects with 'aborted' if the signal fires first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new GenstackError({ code: 'aborted', message: 'The request was cancelled.' }));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new GenstackError({ code: 'aborted', message: 'The request was cancelled.' }));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Should a failed call move on to the next model of a fallback chain? */
export function canFallBack(error: unknown): boolean {
  if (!(error instanceof GenstackError)) return false;
  return error.retryable || ['unavailable', 'model_load_failed', 'upstream_error', 'not_implemented'].includes(error.code);
}
