// Near-duplicate removal: the same normalised text, or character-shingle Jaccard ≥ 0.9, keeps only the higher-ranked chunk.
import { normalizeText } from '../../models/builtin/index.ts';

/**
 * Keeps the order; drops an item when it nearly duplicates one already kept. With `limit`, stops once that many are
 * kept (the later items are never compared, which is most of the cost when a search over-fetches).
 * @example
 * removeNearDuplicates([{ text: '환불은 7일 이내' }, { text: '환불은  7일 이내!' }], { text: (item) => item.text }); // first only
 */
export function removeNearDuplicates<Item>(
  items: Item[],
  options: { text: (item: Item) => string; threshold?: number; limit?: number },
): Item[] {
  const threshold = options.threshold ?? 0.9;
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const kept: Array<{ item: Item; normalized: string; shingles: Set<ShingleKey> }> = [];
  for (const item of items) {
    if (kept.length >= limit) break;
    const normalized = normalizeText(options.text(item)).replace(/[^\p{L}\p{N} ]/gu, '');
    const shingles = shingleKeys(normalized);
    if (!kept.some((other) => other.normalized === normalized || jaccard(other.shingles, shingles) >= threshold)) {
      kept.push({ item, normalized, shingles });
    }
  }
  return kept.map((entry) => entry.item);
}

/** Overlapping 3-character pieces (Korean syllables count as characters). */
export function characterShingles(text: string, size = 3): Set<string> {
  const characters = [...text];
  const shingles = new Set<string>();
  if (characters.length <= size) shingles.add(text);
  for (let index = 0; index + size <= characters.length; index += 1) shingles.add(characters.slice(index, index + size).join(''));
  return shingles;
}

/** A 3-character shingle as a number when all three are in the BMP (almost always), else as its string. */
type ShingleKey = number | string;

/**
 * The same sets as `characterShingles(text)`, one key per distinct shingle, without building a string per shingle:
 * three BMP code points pack into one number below 2^48; a shingle with an astral character stays a string, and a
 * text under 3 characters is its own (string) shingle, so keys never collide across the two kinds.
 */
function shingleKeys(text: string): Set<ShingleKey> {
  const points: number[] = [];
  for (let index = 0; index < text.length;) {
    const point = text.codePointAt(index)!;
    points.push(point);
    index += point > 0xffff ? 2 : 1;
  }
  const keys = new Set<ShingleKey>();
  if (points.length < 3) return keys.add(text);
  for (let index = 0; index + 3 <= points.length; index += 1) {
    const first = points[index]!;
    const second = points[index + 1]!;
    const third = points[index + 2]!;
    keys.add(
      first <= 0xffff && second <= 0xffff && third <= 0xffff
        ? first * 2 ** 32 + second * 2 ** 16 + third
        : String.fromCodePoint(first, second, third),
    );
  }
  return keys;
}

function jaccard(left: Set<ShingleKey>, right: Set<ShingleKey>): number {
  // Sizes bound the best possible score; skip the intersection when even that is too low.
  const smaller = Math.min(left.size, right.size);
  const larger = Math.max(left.size, right.size);
  if (larger === 0) return 1;
  if (smaller / larger < 0.85) return smaller / larger;
  let shared = 0;
  for (const shingle of left) if (right.has(shingle)) shared += 1;
  return shared / (left.size + right.size - shared);
}
