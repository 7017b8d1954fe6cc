// Offline text embeddings: hashed character n-grams (syllables and jamo for Korean) with signed feature hashing, sublinear tf, L2 norm.
import { decomposeHangul, matchingWords } from '../language/index.ts';
import { characterNgrams, englishStem, stableHash } from '../matching/index.ts';

export const BUILTIN_EMBEDDING_DIMENSIONS = 384;

/** How much each feature family counts: whole words most, single characters least. */
const weights = { word: 1.6, trigram: 1, bigram: 0.7, unigram: 0.15, jamo: 0.35 } as const;

function features(text: string): Map<string, number> {
  const counts = new Map<string, { count: number; weight: number }>();
  const add = (feature: string, weight: number): void => {
    const entry = counts.get(feature);
    if (entry) entry.count += 1;
    else counts.set(feature, { count: 1, weight });
  };
  for (const word of matchingWords(text)) {
    const stem = englishStem(word);
    add(`w:${stem}`, weights.word);
    for (const gram of characterNgrams(stem, [3])) add(gram, weights.trigram);
    for (const gram of characterNgrams(stem, [2])) add(gram, weights.bigram);
    for (const character of stem) add(`u:${character}`, weights.unigram);
    if (/[\uac00-\ud7a3]/u.test(stem)) for (const gram of characterNgrams(decomposeHangul(stem), [2, 3])) add(`j:${gram}`, weights.jamo);
  }
  const weighted = new Map<string, number>();
  for (const [feature, { count, weight }] of counts) weighted.set(feature, (1 + Math.log(count)) * weight);
  return weighted;
}

/**
 * An L2-normalised vector of `dimensions` numbers; the same text always gives the same vector.
 * @example
 * const [a, b] = [embedText('배송 조회'), embedText('배송 상태 조회')];
 * cosineSimilarity(a, b) > cosineSimilarity(a, embedText('환불 규정')); // true
 */
export function embedText(text: string, dimensions: number = BUILTIN_EMBEDDING_DIMENSIONS): number[] {
  const vector = new Array<number>(BUILTIN_EMBEDDING_DIMENSIONS).fill(0);
  for (const [feature, weight] of features(text)) {
    const hash = stableHash(feature);
    const sign = stableHash(feature, 0x9e3779b9) & 1 ? 1 : -1;
    const index = hash % BUILTIN_EMBEDDING_DIMENSIONS;
    vector[index] = (vector[index] ?? 0) + sign * weight;
  }
  return normalize(vector.slice(0, dimensions));
}

/**
 * Scales a vector to unit length (a zero vector stays zero).
 * @example
 * normalize([3, 4]); // [0.6, 0.8]
 */
export function normalize(vector: number[]): number[] {
  const length = Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0));
  return length === 0 ? vector : vector.map((value) => value / length);
}

/**
 * @example
 * cosineSimilarity([1, 0], [1, 0]); // 1
 */
export function cosineSimilarity(first: readonly number[], second: readonly number[]): number {
  let dot = 0;
  let firstNorm = 0;
  let secondNorm = 0;
  for (let index = 0; index < Math.min(first.length, second.length); index += 1) {
    const a = first[index] ?? 0;
    const b = second[index] ?? 0;
    dot += a * b;
    firstNorm += a * a;
    secondNorm += b * b;
  }
  return firstNorm === 0 || secondNorm === 0 ? 0 : dot / Math.sqrt(firstNorm * secondNorm);
}
