// Token counts for work whose engine reports none (builtin assistant turns, extractive answers), to charge budgets alike.
import { countTokens } from '../../models/builtin/index.ts';

/**
 * The same count the builtin models report as usage, so a budget means the same whatever answered.
 * @example
 * estimateTokens('배송은 얼마나 걸리나요?'); // a small positive number
 */
export function estimateTokens(text: string): number {
  return text ? countTokens(text) : 0;
}
