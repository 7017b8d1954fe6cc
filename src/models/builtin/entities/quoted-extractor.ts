// Extracts quoted strings ("…", '…', “…”, 「…」), which users use for exact titles and messages.
import { findMatches } from './claimed-spans.ts';
import type { TextEntity } from './types.ts';

const quotePattern = /"([^"\n]+)"|“([^”\n]+)”|‘([^’\n]+)’|「([^」\n]+)」|『([^』\n]+)』|(?<![A-Za-z0-9])'([^'\n]+)'(?![A-Za-z0-9])/gu;

/**
 * @example
 * extractQuoted('subject "Q3 report" please')[0]?.value; // 'Q3 report'
 */
export function extractQuoted(text: string): TextEntity[] {
  return findMatches(text, quotePattern).flatMap((match) => {
    const value = match
      .slice(1)
      .find((group) => group !== undefined)
      ?.trim();
    if (!value) return [];
    return [{ kind: 'quoted' as const, value, text: match[0], start: match.index, end: match.index + match[0].length }];
  });
}
