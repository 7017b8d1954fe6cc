// Helpers every telecom-care tool shares: bilingual messages and failures, won/date/GB formatting, and the authenticated customer.
import type { z } from 'zod';
import { type AssistantTool, type ToolContext, ToolFailure } from '../../../assistants/index.ts';
import type { Language } from '../../../models/builtin/index.ts';

export type Text = { ko: string; en: string };

export function say(context: { language: Language }, text: Text): string {
  return context.language === 'ko' ? text.ko : text.en;
}

/** Throws the typed failure a tool reports, with its message in the conversation's language. */
export function fail(context: { language: Language }, code: string, text: Text): never {
  throw new ToolFailure(code, say(context, text));
}

const wonFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/**
 * @example
 * won(59000); // '₩59,000'
 * won(-1500); // '-₩1,500'
 */
export function won(amount: number): string {
  return `${amount < 0 ? '-' : ''}₩${wonFormat.format(Math.abs(amount))}`;
}

export function formatAmount(value: number): string {
  return numberFormat.format(value);
}

/**
 * @example
 * formatDate('2026-11-20', 'ko'); // '2026년 11월 20일'
 * formatDate('2026-11-20', 'en'); // 'Nov 20, 2026'
 */
export function formatDate(date: string, language: Language): string {
  const [year = 0, month = 1, day = 1] = date.slice(0, 10).split('-').map(Number);
  if (language === 'ko') return `${year}년 ${month}월 ${day}일`;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${months[month - 1] ?? ''} ${day}, ${year}`;
}

/** A data amount; null reads as unlimited. */
export function formatGb(value: number | null, language: Language): string {
  if (value === null) return language === 'ko' ? '무제한' : 'unlimited';
  return value < 1 ? `${formatAmount(value * 1000)}MB` : `${formatAmount(value)}GB`;
}

export function formatSpeed(mbps: number): string {
  return mbps < 1 ? `${formatAmount(mbps * 1000)}kbps` : `${formatAmount(mbps)}Mbps`;
}

/** The authenticated customer; the runtime refuses account tools before authentication, this is the second lock. */
export function requireCustomer(context: ToolContext): string {
  if (context.customerId === undefined)
    fail(context, 'authentication_required', { ko: '먼저 본인 확인이 필요합니다.', en: 'Please verify your identity first.' });
  return context.customerId;
}

/** Normalises a Korean mobile number typed any common way (01012345678, +82 10-1234-5678) to 010-XXXX-XXXX. */
export function normalizeMobileNumber(input: string): string | undefined {
  let digits = input.replace(/\D/gu, '');
  if (digits.startsWith('82')) digits = `0${digits.slice(2).replace(/^0/u, '')}`;
  if (!/^010\d{8}$/u.test(digits)) return undefined;
  return `${digits.slice(0, 3)}-${digits.slice(3, 7)}-${digits.slice(7)}`;
}

/**
 * Keeps the zod schema and the argument type of a tool together, so `run` and `summarize` see parsed arguments.
 * @example
 * defineTool({ name: 'get_line', parameters: z.object({ number: z.string() }), ... });
 */
export function defineTool<Schema extends z.ZodType<Record<string, unknown>>>(
  tool: Omit<AssistantTool<z.output<Schema>>, 'parameters'> & { parameters: Schema },
): AssistantTool {
  return tool as unknown as AssistantTool;
}
