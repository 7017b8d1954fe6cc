// The confirmation text for a state-changing connector tool: the tool's name and every argument, in the user's language.
import type { Language } from '../../models/builtin/index.ts';

function formatValue(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * Lists a pending call so the user can say yes to exactly what will be sent.
 * @example
 * summarizeCall({ name: 'cancel_order', args: { orderId: 'A-1' }, language: 'en' });
 * // 'Run cancel_order with:\n- orderId: A-1'
 */
export function summarizeCall(options: { name: string; args: Record<string, unknown>; language: Language }): string {
  const { name, args, language } = options;
  const lines = Object.entries(args)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `- ${key}: ${formatValue(value)}`);
  if (lines.length === 0) return language === 'ko' ? `${name} 실행 (입력값 없음)` : `Run ${name} (no arguments)`;
  return [language === 'ko' ? `${name} 실행 내용:` : `Run ${name} with:`, ...lines].join('\n');
}
