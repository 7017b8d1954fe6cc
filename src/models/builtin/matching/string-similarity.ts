// Fuzzy string similarity (Jaro–Winkler, edit distance) on normalised, jamo-decomposed strings: 엔진 오일 ≈ 엔진오일, tshirt ≈ T-Shirt.
import { decomposeHangul, normalizeText } from '../language/index.ts';

/**
 * Jaro–Winkler similarity in [0, 1].
 * @example
 * jaroWinkler('martha', 'marhta'); // ≈ 0.961
 */
export function jaroWinkler(first: string, second: string): number {
  if (first === second) return 1;
  const a = [...first];
  const b = [...second];
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const matchedA = new Array<boolean>(a.length).fill(false);
  const matchedB = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i += 1) {
    for (let j = Math.max(0, i - window); j < Math.min(b.length, i + window + 1); j += 1) {
      if (matchedB[j] || a[i] !== b[j]) continue;
      matchedA[i] = true;
      matchedB[j] = true;
      matches += 1;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < a.length; i += 1) {
    if (!matchedA[i]) continue;
    while (!matchedB[k]) k += 1;
    if (a[i] !== b[k]) transpositions += 1;
    k += 1;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && a[prefix] !== undefined && a[prefix] === b[prefix]) prefix += 1;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/**
 * Levenshtein edit distance.
 * @example
 * editDistance('kitten', 'sitting'); // 3
 */
export function editDistance(first: string, second: string): number {
  const a = [...first];
  const b = [...second];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The form compared by fuzzy matching: normalised, without spaces or punctuation, Hangul as jamo.
 * @example
 * fuzzyKey('T-Shirt'); // 'tshirt'
 */
export function fuzzyKey(text: string): string {
  return decomposeHangul(normalizeText(text).replace(/[^\p{L}\p{N}]+/gu, ''));
}

/**
 * Similarity of two phrases in [0, 1]: the better of Jaro–Winkler and normalised edit distance over fuzzy keys.
 * @example
 * phraseSimilarity('엔진 오일', '엔진오일'); // 1
 */
export function phraseSimilarity(first: string, second: string): number {
  const a = fuzzyKey(first);
  const b = fuzzyKey(second);
  if (a.length === 0 || b.length === 0) return 0;
  if (a === b) return 1;
  const longest = Math.max([...a].length, [...b].length);
  return Math.max(jaroWinkler(a, b), 1 - editDistance(a, b) / longest);
}
