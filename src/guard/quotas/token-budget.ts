// Token budgets per key: checked before a request that spends tokens, charged after it with what the model reported.
import { GenstackError } from '../../core/errors.ts';
import type { ApiKeyRecord, Store, TokenBudget } from '../../store/index.ts';
import { budgetPeriod } from './budget-period.ts';

/** A key without a budget still has its usage recorded, per month. */
const periodWithoutBudget: TokenBudget['period'] = 'month';

export interface KeyUsage {
  period: TokenBudget['period'];
  periodStart: string;
  tokens: number;
  /** Null when the key has no budget. */
  budget: number | null;
  remaining: number | null;
  resetAt: string;
}

/**
 * The key's tokens in the current period, with its budget and when it resets.
 * @example
 * const usage = await keyUsage({ store, key }); // { tokens: 1200, budget: 5000, remaining: 3800, … }
 */
export async function keyUsage(options: { store: Store; key: ApiKeyRecord; now?: Date }): Promise<KeyUsage> {
  const { key } = options;
  const period = key.tokenBudget?.period ?? periodWithoutBudget;
  const current = budgetPeriod(period, options.now ?? new Date());
  const tokens = await options.store.keyUsage.tokens({ keyId: key.id, periodStart: current.start });
  const budget = key.tokenBudget?.tokens ?? null;
  return {
    period,
    periodStart: current.start,
    tokens,
    budget,
    remaining: budget === null ? null : Math.max(0, budget - tokens),
    resetAt: current.resetAt.toISOString(),
  };
}

/**
 * Throws `budget_exceeded` (429, Retry-After until the reset) once the period's budget is spent.
 * @example
 * await checkTokenBudget({ store, key });
 */
export async function checkTokenBudget(options: { store: Store; key: ApiKeyRecord; now?: Date }): Promise<void> {
  const { key } = options;
  if (!key.tokenBudget) return;
  const now = options.now ?? new Date();
  const usage = await keyUsage({ ...options, now });
  if (usage.tokens < key.tokenBudget.tokens) return;
  const per = key.tokenBudget.period === 'day' ? 'daily' : 'monthly';
  throw new GenstackError({
    code: 'budget_exceeded',
    message: `Key '${key.name}' has spent its ${per} budget of ${key.tokenBudget.tokens} tokens (${usage.tokens} used); it resets at ${usage.resetAt}.`,
    retryAfter: Math.max(1, Math.ceil((Date.parse(usage.resetAt) - now.getTime()) / 1000)),
  });
}

/**
 * Adds the tokens a request spent to the key's current period.
 * @example
 * await chargeTokens({ store, key, tokens: result.usage.totalTokens });
 */
export async function chargeTokens(options: { store: Store; key: ApiKeyRecord; tokens: number; now?: Date }): Promise<void> {
  const period = options.key.tokenBudget?.period ?? periodWithoutBudget;
  const { start } = budgetPeriod(period, options.now ?? new Date());
  await options.store.keyUsage.add({ keyId: options.key.id, periodStart: start, tokens: options.tokens });
}
