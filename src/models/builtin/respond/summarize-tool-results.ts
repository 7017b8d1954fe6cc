// Turns tool results into a reply: JSON flattened into "key: value" lines and numbered lists, errors reported as errors.
import type { ToolDefinition } from '../../types.ts';
import type { Language } from '../language/index.ts';
import { toolLabel } from '../tools/index.ts';
import { formatInline, humanizeKey } from './format-value.ts';

export interface ToolResult {
  /** Name of the tool that produced the result (from the assistant's call), when known. */
  name?: string;
  content: string;
}

const maximumItems = 10;
const maximumLines = 40;

function parse(content: string): unknown {
  try {
    return JSON.parse(content);
  } catch {
    return content;
  }
}

/**
 * The error message of a result, when the result is an error ({ error }, { ok: false }, "Error: …").
 * @example
 * resultError({ error: { message: 'not found' } }); // 'not found'
 */
export function resultError(value: unknown): string | undefined {
  if (typeof value === 'string')
    return /^\s*(error|오류|에러)\b[:\s]/iu.test(value) ? value.replace(/^\s*(error|오류|에러)\s*:?\s*/iu, '') : undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  const error = record['error'] ?? record['errors'];
  if (typeof error === 'string') return error;
  if (typeof error === 'object' && error !== null) {
    const message = (error as Record<string, unknown>)['message'];
    return typeof message === 'string' ? message : JSON.stringify(error);
  }
  if (record['ok'] === false || record['success'] === false || record['status'] === 'error') {
    const message = record['message'] ?? record['reason'];
    return typeof message === 'string' ? message : 'failed';
  }
  return undefined;
}

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value as object).length === 0;
}

/**
 * Lines describing a value: objects as "- Key: value", arrays of objects as a numbered list.
 * @example
 * describeValue({ total: 1250000 }, 'en'); // ['- Total: 1,250,000']
 */
export function describeValue(value: unknown, language: Language): string[] {
  if (Array.isArray(value)) {
    const lines = value.slice(0, maximumItems).map((item, index) => `${index + 1}. ${formatInline(item, language)}`);
    const more = value.length - maximumItems;
    if (more > 0) lines.push(language === 'ko' ? `… 외 ${more}건` : `… and ${more} more`);
    return lines;
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, item]) => {
      const label = humanizeKey(key, language);
      if (Array.isArray(item) && item.some((entry) => typeof entry === 'object' && entry !== null)) {
        return [`- ${label}:`, ...describeValue(item, language).map((line) => `  ${line}`)];
      }
      return [`- ${label}: ${formatInline(item, language)}`];
    });
  }
  return [formatInline(value, language)];
}

function headline(options: { label: string; language: Language; outcome: 'ok' | 'empty' | 'error'; error?: string }): string {
  const { label, language, outcome } = options;
  if (language === 'ko') {
    if (outcome === 'error') return `${label} 중 오류가 발생했어요: ${options.error}`;
    if (outcome === 'empty') return `${label} 결과가 없어요.`;
    return `${label} 결과입니다.`;
  }
  if (outcome === 'error') return `${label} failed: ${options.error}`;
  if (outcome === 'empty') return `${label} returned no results.`;
  return `Here is the result of ${label}:`;
}

/**
 * @example
 * summarizeToolResults({ results: [{ name: 'get_weather', content: '{"city":"Seoul","temperature":12.5}' }], tools, language: 'en' });
 * // 'Here is the result of get weather:\n- City: Seoul\n- Temperature: 12.5'
 */
export function summarizeToolResults(options: {
  results: readonly ToolResult[];
  tools: readonly ToolDefinition[];
  language: Language;
}): string {
  const { results, tools, language } = options;
  const sections = results.map((result) => {
    const tool = tools.find((item) => item.name === result.name) ?? (result.name ? { name: result.name } : undefined);
    const label = tool ? toolLabel(tool, language) : language === 'ko' ? '도구 실행' : 'the tool';
    const value = parse(result.content);
    const error = resultError(value);
    if (error) return headline({ label, language, outcome: 'error', error });
    if (isEmpty(value)) return headline({ label, language, outcome: 'empty' });
    return [headline({ label, language, outcome: 'ok' }), ...describeValue(value, language).slice(0, maximumLines)].join('\n');
  });
  const failed = results.some((result) => resultError(parse(result.content)) !== undefined);
  if (failed) sections.push(language === 'ko' ? '입력값을 확인한 뒤 다시 시도해 주세요.' : 'Please check the input and try again.');
  return sections.join('\n\n');
}
