// The index's term transform: one function turns chunk text and query text into the same Korean-aware terms.
import { normalizeText, stripKoreanParticle } from '../../models/builtin/index.ts';
import { englishStem } from './english-stem.ts';

const wordPattern = /[\p{L}\p{N}]+/gu;
const hangulOnly = /^[\uac00-\ud7a3]+$/u;

/** Words too common in English to help ranking; they would only widen every OR query. */
const englishStopWords = new Set(
  'a an and are as at be by can do for from how i if in into is it me my of on or our so that the their then there these this to was we what when where which who will with you your'.split(
    ' ',
  ),
);

/**
 * Terms of a text, in order (with repeats, so term frequency survives): each Hangul word gives its particle-stripped
 * stem and its character bigrams, so 요금 matches 요금제를 and 환불 matches 환불하려면; other words give a light stem.
 * @example
 * searchTerms('요금제를 변경'); // ['요금제', '요금', '금제', '제를', '변경']
 * searchTerms('Refunds!'); // ['refund']
 */
export function searchTerms(text: string): string[] {
  const terms: string[] = [];
  for (const match of normalizeText(text).matchAll(wordPattern)) {
    const word = match[0];
    if (hangulOnly.test(word)) pushHangulTerms(word, terms);
    // A lone Latin letter is the tail of a contraction or a possessive ("what's", "customer's"), never a search term.
    else if (!englishStopWords.has(word) && !/^[a-z]$/u.test(word)) terms.push(englishStem(stripKoreanParticle(word)));
  }
  return terms;
}

/**
 * The derived text FTS5 indexes: the terms joined by spaces (unicode61 then splits them back exactly).
 * @example
 * searchText('환불은 7일 이내'); // '환불 7일 이내'
 */
export function searchText(text: string): string {
  return searchTerms(text).join(' ');
}

function pushHangulTerms(word: string, terms: string[]): void {
  const stem = stripKoreanParticle(word);
  terms.push(stem);
  if (word.length < 3) return;
  // Bigrams of the whole word (endings included) make compounds and verb forms reachable; skip the one equal to the stem.
  for (let index = 0; index + 2 <= word.length; index += 1) {
    const bigram = word.slice(index, index + 2);
    if (bigram !== stem) terms.push(bigram);
  }
}

/**
 * One stem per searchable word, in order (the first term searchTerms gives the word; stop words give none): what a
 * reranker compares when an exact word match should count for more than a shared syllable pair.
 * @example
 * wordStems('요금제를 변경하려면 Refunds'); // ['요금제', '변경하려면', 'refund']
 */
export function wordStems(text: string): string[] {
  const stems: string[] = [];
  for (const match of normalizeText(text).matchAll(wordPattern)) {
    const stem = wordStem(match[0]);
    if (stem !== null) stems.push(stem);
  }
  return stems;
}

/**
 * The stem of one already-normalised word (lower case, NFC, letters and digits only), or null for a stop word.
 * @example
 * wordStem('요금제를'); // '요금제'
 * wordStem('the'); // null
 */
export function wordStem(word: string): string | null {
  if (hangulOnly.test(word)) return stripKoreanParticle(word);
  if (englishStopWords.has(word) || /^[a-z]$/u.test(word)) return null;
  return englishStem(stripKoreanParticle(word));
}
