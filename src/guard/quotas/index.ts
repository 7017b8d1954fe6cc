// Per-key quotas: requests per minute (in memory) and token budgets per day or month (in the store).
export { createRateLimiter, type RateLimiter } from './rate-limiter.ts';
export { budgetPeriod, type BudgetPeriod } from './budget-period.ts';
export { checkTokenBudget, chargeTokens, keyUsage, type KeyUsage } from './token-budget.ts';
export { parseRateLimit, parseTokenBudget } from './parse-limits.ts';
export { estimateTokens } from './estimate-tokens.ts';
