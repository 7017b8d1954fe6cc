// Requests per minute per key, in memory: a token bucket that holds a minute's allowance and refills continuously.
import { GenstackError } from '../../core/errors.ts';

interface Bucket {
  tokens: number;
  limit: number;
  updatedAt: number;
}

export interface RateLimiter {
  /** Takes one request from the key's allowance, or throws `rate_limited` with the seconds to wait. */
  take(options: { keyId: string; keyName: string; limitPerMinute: number | null }): void;
}

/**
 * A bucket allows a burst of a whole minute's requests, then one more every 60/limit seconds.
 * @example
 * const limiter = createRateLimiter();
 * limiter.take({ keyId: key.id, keyName: key.name, limitPerMinute: 60 });
 */
export function createRateLimiter(options: { now?: () => number } = {}): RateLimiter {
  const now = options.now ?? (() => Date.now());
  const buckets = new Map<string, Bucket>();
  return {
    take({ keyId, keyName, limitPerMinute }) {
      if (limitPerMinute === null) return;
      const at = now();
      const perMillisecond = limitPerMinute / 60_000;
      let bucket = buckets.get(keyId);
      // A changed limit starts a fresh full bucket rather than carrying over a fraction of the old one.
      if (!bucket || bucket.limit !== limitPerMinute) {
        bucket = { tokens: limitPerMinute, limit: limitPerMinute, updatedAt: at };
        buckets.set(keyId, bucket);
      }
      bucket.tokens = Math.min(limitPerMinute, bucket.tokens + (at - bucket.updatedAt) * perMillisecond);
      bucket.updatedAt = at;
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return;
      }
      const retryAfter = Math.max(1, Math.ceil((1 - bucket.tokens) / perMillisecond / 1000));
      throw new GenstackError({
        code: 'rate_limited',
        message: `Key '${keyName}' reached its limit of ${limitPerMinute} requests per minute; retry in ${retryAfter} s.`,
        retryAfter,
      });
    },
  };
}
