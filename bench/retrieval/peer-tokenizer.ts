// The Korean-aware tokenizer given to the peers in their "+bigram" variants: Hangul words become character bigrams
// (the usual CJK approach, as in Lucene's CJK analyzer), other words are lower-cased and stemmed by Orama's English stemmer.
import { tokenizer } from '@orama/orama/components';

const wordPattern = /[\p{L}\p{N}]+/gu;
const hangulOnly = /^[\uac00-\ud7a3]+$/u;
const english = tokenizer.createTokenizer({ language: 'english', stemming: true });

/**
 * @example
 * bigramTokens('요금제를 변경 Refunds'); // ['요금', '금제', '제를', '변경', 'refund']
 */
export function bigramTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.normalize('NFKC').toLowerCase().matchAll(wordPattern)) {
    const word = match[0];
    if (!hangulOnly.test(word)) tokens.push(...english.tokenize(word));
    else if (word.length <= 2) tokens.push(word);
    else for (let index = 0; index + 2 <= word.length; index += 1) tokens.push(word.slice(index, index + 2));
  }
  return tokens;
}
