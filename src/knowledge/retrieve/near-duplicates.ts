// Near-duplicate removal: the same normalised text, or character-shingle Jaccard ≥ 0.9, keeps only the higher-ranked chunk.
import { normalizeText } from '../../models/builtin/index.ts';

/**
 * Keeps the order; drops an item when it nearly duplicates one already kept.
 * @example
 * removeNearDuplicates([{ text: '환불은 7일 이내' }, { text: '환불은  7일 이내!' }], { text: (item) => item.text }); // first only
 */
export function removeNearDuplicates<Item>(items: Item[], options: { text: (item: Item) => string; threshold?: number }): Item[] {
  const threshold = options.threshold ?? 0.9;
  const kept: Array<{ normalized: string; shingles: Set<string> }> = [];
  return items.filter((item) => {
    const normalized = normalizeText(options.text(item)).replace(/[^\p{L}\p{N} ]/gu, '');
    const shingles = characterShingles(normalized);
    for (const other of kept) {
      if (other.normalized === normalized || jaccard(other.shingles, shingles) >= threshold) return false;
    }
    kept.push({ normalized, shingles });
    return true;
  });
}

/** Overlapping 3-character pieces (Korean syllables count as characters). */
export function characterShingles(text: string, size = 3): Set<string> {
  const characters = [...text];
  const shingles = new Set<string>();
  if (characters.length <= size) shingles.add(text);
  for (let index = 0; index + size <= characters.length; index += 1) shingles.add(characters.slice(index, index + size).join(''));
  return shingles;
}

function jaccard(left: Set<string>, right: Set<string>): number {
  // Sizes bound the best possible score; skip the intersection when even that is too low.
  const smaller = Math.min(left.size, right.size);
  const larger = Math.max(left.size, right.size);
  if (larger === 0) return 1;
  if (smaller / larger < 0.85) return smaller / larger;
  let shared = 0;
  for (const shingle of left) if (right.has(shingle)) shared += 1;
  return shared / (left.size + right.size - shared);
}
