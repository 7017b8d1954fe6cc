// Fills `{name}` placeholders in a URL template and appends query arguments, the two ways arguments travel in a URL.
import type { Language } from '../../models/builtin/index.ts';
import { ToolFailure } from '../tool-types.ts';

const placeholderPattern = /\{([^{}/?#]+)\}/g;

/** The placeholder names in a URL template, e.g. `['orderId']` for `/orders/{orderId}`. */
export function placeholderNames(template: string): string[] {
  return [...template.matchAll(placeholderPattern)].map((match) => match[1] ?? '');
}

/**
 * Replaces each `{name}` with the URL-encoded argument; a missing one is the caller's mistake (invalid_arguments).
 * @example
 * fillUrlTemplate({ template: 'http://erp/orders/{id}', args: { id: 'A 1' }, language: 'en' }); // 'http://erp/orders/A%201'
 */
export function fillUrlTemplate(options: { template: string; args: Record<string, unknown>; language: Language }): string {
  return options.template.replace(placeholderPattern, (_match, name: string) => {
    const value = options.args[name];
    if (value === undefined || value === null || value === '') {
      throw new ToolFailure('invalid_arguments', options.language === 'ko' ? `'${name}' 값이 필요합니다.` : `'${name}' is required.`);
    }
    return encodeURIComponent(String(value));
  });
}

/**
 * Adds arguments to the query string: arrays repeat the key (OpenAPI's default `form` + `explode`), objects go as JSON.
 * @example
 * appendQuery(url, { status: 'open', tags: ['a', 'b'] }); // ?status=open&tags=a&tags=b
 */
export function appendQuery(url: URL, args: Record<string, unknown>): URL {
  for (const [key, value] of Object.entries(args)) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      url.searchParams.append(key, typeof item === 'object' ? JSON.stringify(item) : String(item));
    }
  }
  return url;
}
