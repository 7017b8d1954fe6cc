// Calendar periods of token budgets, in UTC: a day starts at 00:00Z, a month on its first day.
import type { TokenBudget } from '../../store/index.ts';

export interface BudgetPeriod {
  /** ISO date the period starts on (the key_usage row's `period_start`). */
  start: string;
  /** When the next period starts and the budget is whole again. */
  resetAt: Date;
}

/**
 * @example
 * budgetPeriod('month', new Date('2025-03-14T09:00:00Z')); // { start: '2025-03-01', resetAt: 2025-04-01T00:00:00Z }
 */
export function budgetPeriod(period: TokenBudget['period'], now: Date): BudgetPeriod {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  const start = period === 'day' ? new Date(Date.UTC(year, month, now.getUTCDate())) : new Date(Date.UTC(year, month, 1));
  const resetAt = period === 'day' ? new Date(Date.UTC(year, month, now.getUTCDate() + 1)) : new Date(Date.UTC(year, month + 1, 1));
  return { start: start.toISOString().slice(0, 10), resetAt };
}
