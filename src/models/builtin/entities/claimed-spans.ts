// Keeps track of text ranges already taken by an entity, so a phone number's digits are not also read as an amount.
import type { Span } from './types.ts';

export class ClaimedSpans {
  private readonly spans: Array<{ start: number; end: number }> = [];

  overlaps(start: number, end: number): boolean {
    return this.spans.some((span) => start < span.end && span.start < end);
  }

  claim(span: { start: number; end: number }): void {
    this.spans.push({ start: span.start, end: span.end });
  }

  /** Claims and keeps the spans that do not overlap earlier claims; drops the rest. */
  claimAll<T extends Span>(spans: T[]): T[] {
    const kept: T[] = [];
    for (const span of spans) {
      if (this.overlaps(span.start, span.end)) continue;
      this.claim(span);
      kept.push(span);
    }
    return kept;
  }
}

/**
 * All matches of a global regular expression with their offsets.
 * @example
 * findMatches('a1 b2', /\d/gu).map((match) => match.index); // [1, 4]
 */
export function findMatches(text: string, pattern: RegExp): RegExpExecArray[] {
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
  const global = new RegExp(pattern.source, flags);
  return [...text.matchAll(global)] as RegExpExecArray[];
}

/**
 * Words of a text with their offsets (letters and digits only).
 * @example
 * wordSpans('hi 서울!'); // [{ text: 'hi', start: 0, end: 2 }, { text: '서울', start: 3, end: 5 }]
 */
export function wordSpans(text: string): Span[] {
  return findMatches(text, /[\p{L}\p{N}]+/gu).map((match) => ({ text: match[0], start: match.index, end: match.index + match[0].length }));
}
