// Parses the limits a person types: `--rate-limit 60` and `--token-budget 50000/day` (or /month).
import { GenstackError } from '../../core/errors.ts';
import type { TokenBudget } from '../../store/index.ts';

const maxTokens = 1e12;

/**
 * @example
 * parseTokenBudget('50000/day'); // { tokens: 50000, period: 'day' }
 */
export function parseTokenBudget(text: string): TokenBudget {
  const match = /^\s*(\d{1,13})\s*\/\s*(day|month)\s*$/i.exec(text);
  const tokens = Number(match?.[1]);
  if (!match || tokens < 1 || tokens > maxTokens)
    throw new GenstackError({
      code: 'invalid_request',
      message: `A token budget is N/day or N/month with N a positive whole number, e.g. 50000/day (got '${text}').`,
      param: 'tokenBudget',
    });
  return { tokens, period: match[2]?.toLowerCase() === 'day' ? 'day' : 'month' };
}

/**
 * @example
 * parseRateLimit('60'); // 60
 */
export function parseRateLimit(text: string): number {
  const limit = Number(text);
  if (!/^\s*\d+\s*$/.test(text) || limit < 1 || limit > 1_000_000)
    throw new GenstackError({
      code: 'invalid_request',
      message: `A rate limit is requests per minute, a whole number from 1 to 1000000 (got '${text}').`,
      param: 'rateLimitPerMinute',
    });
  return limit;
}
