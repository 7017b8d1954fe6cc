// Scores every sentence of the retrieved passages against a question: IDF-weighted term coverage plus rank and number bonuses.
import { detectLanguage, type Language } from '../../models/builtin/index.ts';
import type { SearchResult } from '../types.ts';
import { termWeights, type TermWeights } from './content-terms.ts';
import { splitSentences } from './split-sentences.ts';

export interface CandidateSentence {
  /** Index of the passage in the ranked list (0 = best). */
  passageIndex: number;
  /** Index of the sentence within its passage. */
  position: number;
  text: string;
  /** Offsets into the passage's text. */
  start: number;
  end: number;
  terms: TermWeights;
  language: Language;
}

export interface ScoredSentence extends CandidateSentence {
  /** Share of the question's weighted terms the sentence contains (0–1); the relevance threshold applies to it. */
  relevance: number;
  /** Relevance plus the bonuses, used to rank. */
  score: number;
  /** False when the question asks when / how much / how many and the sentence has no number or date. */
  fitsAnswerType: boolean;
}

const rankBonus = 0.08;
const numberBonus = 0.15;
const asksForQuantity =
  /언제|얼마|몇|며칠|기간|날짜|until when|how (?:much|many|long|soon|often)|\bwhen\b|what (?:date|day|time)|\bcost\b/iu;
const hasQuantity = /\d|다음\s?달|익월|매월|매달|영업일|next (?:month|week|billing)|following month|business days?/iu;

/** Every sentence of every passage, with its terms. */
export function collectSentences(passages: readonly SearchResult[]): CandidateSentence[] {
  return passages.flatMap((passage, passageIndex) =>
    splitSentences(passage.text).map((sentence, position) => ({
      passageIndex,
      position,
      ...sentence,
      terms: termWeights(sentence.text),
      language: detectLanguage(sentence.text),
    })),
  );
}

/**
 * Scores sentences against a question. IDF is computed over the sentences themselves (a term in
 * every sentence tells nothing), and question terms in a language no sentence is written in are left out, so a
 * Korean question over English passages is judged on its numbers and bilingual concepts.
 * @example
 * scoreSentences({ question: 'When do plan changes apply?', sentences: collectSentences(results) })[0]?.relevance;
 */
export function scoreSentences(options: { question: string; sentences: readonly CandidateSentence[] }): ScoredSentence[] {
  const { sentences } = options;
  const scripts = new Set<Script>(['any', ...sentences.map((sentence) => (sentence.language === 'ko' ? 'hangul' : 'latin') as Script)]);
  const questionTerms = [...termWeights(options.question)].filter(([key]) => scripts.has(scriptOfTerm(key)));
  const documentFrequency = new Map<string, number>();
  for (const sentence of sentences)
    for (const key of sentence.terms.keys()) documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);
  // Smoothed IDF: stays meaningful with the handful of sentences a few passages hold.
  const idf = (key: string): number => 1 + Math.log((sentences.length + 1) / ((documentFrequency.get(key) ?? 0) + 1));
  const total = questionTerms.reduce((sum, [key, weight]) => sum + weight * idf(key), 0);
  const wantsQuantity = asksForQuantity.test(options.question);
  return sentences.map((sentence) => {
    let matched = 0;
    for (const [key, weight] of questionTerms) if (sentence.terms.has(key)) matched += weight * idf(key);
    const relevance = total > 0 ? matched / total : 0;
    const quantity = hasQuantity.test(sentence.text);
    const bonus = relevance > 0 ? rankBonus / (1 + sentence.passageIndex) + (wantsQuantity && quantity ? numberBonus : 0) : 0;
    return { ...sentence, relevance, score: relevance + bonus, fitsAnswerType: !wantsQuantity || quantity };
  });
}

type Script = 'hangul' | 'latin' | 'any';

/** Concepts and numbers cross languages; words and bigrams need their own script in the passages. */
function scriptOfTerm(key: string): Script {
  if (key.startsWith('c:') || key.startsWith('n:')) return 'any';
  if (/[\uac00-\ud7a3]/u.test(key)) return 'hangul';
  return /[a-z]/u.test(key.slice(2)) ? 'latin' : 'any';
}
