// Lexical support of a sentence by a passage: the share of its content words the passage contains, Korean-aware and bilingual.
import { contentWords, englishStem, glossaryIds, hangulBigrams, koreanNounStem, termWeights } from './content-terms.ts';

const hangulWord = /^[\uac00-\ud7a3]+$/u;

/**
 * Between 0 and 1: each content word of the sentence counts 1 when the passage has it (an English
 * stem, a Korean stem or its 하다/되다 noun as a substring, a number exactly), a share of its
 * bigrams for other Korean words, and 1 when a bilingual concept of the word appears in the passage;
 * the result is then scaled by the share of the sentence's numbers found in the passage. A sentence
 * with no content words is trivially supported.
 * @example
 * lexicalSupport({ sentence: 'Plan changes apply next month [1].', passage: 'Plan changes take effect on the first day of the next month.' });
 * // ≈ 0.8
 */
export function lexicalSupport(options: { sentence: string; passage: string }): number {
  const words = contentWords(options.sentence);
  if (words.length === 0) return 1;
  const passageWords = contentWords(options.passage);
  const passageText = passageWords.join(' ');
  const passageStems = new Set(passageWords.map((word) => englishStem(word)));
  const passageConcepts = new Set(
    [...termWeights(options.passage).keys()].filter((key) => key.startsWith('c:')).map((key) => key.slice(2)),
  );
  const credit = (word: string): number => {
    // A number must be the same number; its unit may be in either language.
    if (/\d/u.test(word)) return numberFound(word, passageText) ? 1 : 0;
    if (glossaryIds(word).some((id) => passageConcepts.has(id))) return 1;
    if (!hangulWord.test(word)) return passageStems.has(englishStem(word)) ? 1 : 0;
    if (passageText.includes(word) || passageText.includes(koreanNounStem(word))) return 1;
    const bigrams = hangulBigrams(word);
    return bigrams.length === 0 ? 0 : bigrams.filter((bigram) => passageText.includes(bigram)).length / bigrams.length;
  };
  const share = words.reduce((sum, word) => sum + credit(word), 0) / words.length;
  // A wrong number is the typical invented detail: the share of the sentence's numbers the passage has scales the whole support.
  const numbers = words.filter((word) => /\d/u.test(word));
  if (numbers.length === 0) return share;
  return (share * numbers.filter((word) => numberFound(word, passageText)).length) / numbers.length;
}

/** 50000원 is supported by "50000원" or "50000 won": the digits must appear as a whole number. */
function numberFound(word: string, passageText: string): boolean {
  const digits = word.match(/\d+(?:\.\d+)?/gu) ?? [];
  return digits.every((number) => new RegExp(`(?:^|[^\\d.])${number.replace('.', '\\.')}(?![\\d]|\\.\\d)`, 'u').test(passageText));
}
