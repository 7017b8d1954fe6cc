// Keys the gazetteer compares: particles stripped, no spaces or punctuation, Hangul as jamo (엔진 오일을 ≈ 엔진오일).
import { decomposeHangul, matchingWords } from '../../models/builtin/index.ts';

/**
 * @example
 * compactKey('T-Shirt'); // 'tshirt'
 */
export function compactKey(text: string): string {
  return decomposeHangul(matchingWords(text).join(''));
}

/** Character trigrams of a key (bigrams for very short keys), for candidate lookup. */
export function characterNgramsOf(key: string): string[] {
  const characters = [...key];
  const size = characters.length >= 4 ? 3 : 2;
  const grams: string[] = [];
  for (let index = 0; index + size <= characters.length; index += 1) grams.push(characters.slice(index, index + size).join(''));
  return grams;
}
