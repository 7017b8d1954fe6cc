// Extracts ids by shape: prefixed codes (ORD-12345, INV_2026_001), #12345, numbers after "order"/"주문번호", UUIDs.
import { findMatches } from './claimed-spans.ts';
import type { TextEntity } from './types.ts';

const patterns: ReadonlyArray<{ pattern: RegExp; group: number }> = [
  { pattern: /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/giu, group: 0 },
  { pattern: /(?<![A-Za-z0-9-])[A-Za-z]{1,6}[-_]?\d{3,}(?:[-_][A-Za-z0-9]+)*(?![A-Za-z0-9])/gu, group: 0 },
  { pattern: /#(\d{3,})\b/gu, group: 1 },
  {
    pattern:
      /(?<![A-Za-z])(?:order|ticket|invoice|case|id|no\.?|number|주문|주문번호|번호|접수번호|송장번호|아이디)\s*(?:number|no\.?|id|번호)?\s*(?:is|은|는|:|=)?\s*(\d{4,})(?!\d)/giu,
    group: 1,
  },
];

/**
 * @example
 * extractIdentifiers('Where is ORD-12345?')[0]?.value; // 'ORD-12345'
 * extractIdentifiers('주문번호 20931 배송 조회')[0]?.value; // '20931'
 */
export function extractIdentifiers(text: string): TextEntity[] {
  const found: TextEntity[] = [];
  for (const { pattern, group } of patterns) {
    for (const match of findMatches(text, pattern)) {
      const value = match[group];
      if (!value) continue;
      const start = match.index + match[0].lastIndexOf(value);
      const end = start + value.length;
      if (found.some((entity) => start < entity.end && entity.start < end)) continue;
      if (isUnitNotIdentifier(value)) continue;
      found.push({ kind: 'identifier', value, text: value, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** "KRW 30000" is a price, "mp3" a format: letters that are currency or unit names are not id prefixes. */
function isUnitNotIdentifier(value: string): boolean {
  return /^(?:krw|usd|eur|jpy|gbp|won|mp|no|x)[-_]?\d+$/iu.test(value);
}
