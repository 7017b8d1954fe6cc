// Extracts clock times: 오후 3시 30분, 3시 반, 15:30, 3pm, noon / 정오.
import { ClaimedSpans, findMatches } from './claimed-spans.ts';
import type { TimeEntity } from './types.ts';

type Resolver = (match: RegExpExecArray) => { hour: number; minute: number } | undefined;

const afternoon = (marker: string | undefined, hour: number): number => {
  if (!marker) return hour;
  if (/오후|저녁|밤|pm|p\.m\./iu.test(marker) && hour < 12) return hour + 12;
  if (/오전|새벽|아침|am|a\.m\./iu.test(marker) && hour === 12) return 0;
  return hour;
};

const rules: ReadonlyArray<{ pattern: RegExp; resolve: Resolver }> = [
  {
    pattern: /(오전|오후|아침|저녁|밤|낮|새벽)?\s*(\d{1,2})\s*시(?!간)(?:\s*(\d{1,2})\s*분|\s*(반))?/gu,
    resolve: (m) => ({ hour: afternoon(m[1], Number(m[2])), minute: m[4] ? 30 : Number(m[3] ?? 0) }),
  },
  {
    pattern: /(?<![\d:])(\d{1,2}):(\d{2})(?::\d{2})?\s*(am|pm|a\.m\.|p\.m\.)?(?![\d])/giu,
    resolve: (m) => ({ hour: afternoon(m[3], Number(m[1])), minute: Number(m[2]) }),
  },
  {
    pattern: /(?<![\d:])(\d{1,2})\s*(am|pm|a\.m\.|p\.m\.)(?![A-Za-z])/giu,
    resolve: (m) => ({ hour: afternoon(m[2], Number(m[1])), minute: 0 }),
  },
  { pattern: /\bnoon\b|정오/giu, resolve: () => ({ hour: 12, minute: 0 }) },
  { pattern: /\bmidnight\b|자정/giu, resolve: () => ({ hour: 0, minute: 0 }) },
];

/**
 * @example
 * extractTimes('오후 3시 반에 회의')[0]?.value; // '15:30'
 * extractTimes('at 9:15 pm')[0]?.value; // '21:15'
 */
export function extractTimes(text: string, claimed = new ClaimedSpans()): TimeEntity[] {
  const found: TimeEntity[] = [];
  for (const rule of rules) {
    for (const match of findMatches(text, rule.pattern)) {
      const start = match.index + (match[0].length - match[0].trimStart().length);
      const end = match.index + match[0].length;
      if (claimed.overlaps(start, end)) continue;
      const time = rule.resolve(match);
      if (!time || time.hour > 23 || time.minute > 59) continue;
      claimed.claim({ start, end });
      const value = `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
      found.push({ kind: 'time', value, text: text.slice(start, end), start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
