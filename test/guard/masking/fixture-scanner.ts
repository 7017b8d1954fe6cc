// A tiny regex scanner for masking tests, so they do not depend on the real recognisers (which another module owns).
import type { PiiFinding, PiiType } from '../../../src/guard/pii/types.ts';

const patterns: Array<{ type: PiiType; pattern: RegExp }> = [
  { type: 'RRN', pattern: /(?<!\d)\d{6}-[1-4]\d{6}(?!\d)/g },
  { type: 'PHONE', pattern: /(?<![\d-])01[016789]-?\d{3,4}-?\d{4}(?![\d-])/g },
  { type: 'EMAIL', pattern: /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?![\w-])/gi },
];

/** Findings with hand-made scores; overlaps resolved by keeping the earlier, longer one. */
export function fixtureScan(text: string): PiiFinding[] {
  const found = patterns.flatMap(({ type, pattern }) =>
    [...text.matchAll(pattern)].map((match) => ({
      type,
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      score: 0.9,
      recognizer: 'fixture',
    })),
  );
  found.sort((left, right) => left.start - right.start || right.end - left.end);
  return found.filter((finding, index) => found.slice(0, index).every((previous) => previous.end <= finding.start));
}

/** A finding for `value` at its first occurrence in `text`. */
export function findingOf(options: { text: string; value: string; type: PiiType; score?: number }): PiiFinding {
  const start = options.text.indexOf(options.value);
  if (start === -1) throw new Error(`'${options.value}' is not in the text`);
  return {
    type: options.type,
    start,
    end: start + options.value.length,
    text: options.value,
    score: options.score ?? 0.9,
    recognizer: 'hand',
  };
}

/** Splits `text` into random pieces (1..maxSize characters, sometimes empty). */
export function randomChunks(options: { text: string; random: () => number; maxSize?: number }): string[] {
  const chunks: string[] = [];
  for (let index = 0; index < options.text.length;) {
    const size = Math.floor(options.random() * ((options.maxSize ?? 12) + 1));
    chunks.push(options.text.slice(index, index + size));
    index += size;
  }
  return chunks;
}

export { seededRandom } from '../../../src/core/seeded-random.ts';
