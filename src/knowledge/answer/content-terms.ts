// Matching terms of a sentence: English stems, particle-stripped Korean stems and their Hangul bigrams, numbers, and bilingual concepts.
import { findConcepts, matchingWords, stripKoreanParticle } from '../../models/builtin/index.ts';
import { domainGlossary } from './domain-glossary.ts';
import { englishStopWords, koreanStopWords } from './stop-words.ts';

/** Term key → weight: a whole word counts more than one of its bigrams; a concept bridges languages. */
export type TermWeights = Map<string, number>;

/** 5만 원 and 50,000 won are one amount. */
const koreanMultipliers: Record<string, number> = { 천: 1_000, 만: 10_000, 억: 100_000_000 };
const weights = { word: 1, bigram: 0.5, concept: 0.7 } as const;
const hangulWord = /^[\uac00-\ud7a3]+$/u;
const latinWord = /^[a-z]+$/u;

/**
 * Content words of a text: normalised, particles stripped, stop words and citation markers out,
 * thousands separators dropped so "50,000" stays one number.
 * @example
 * contentWords('요금제 변경은 언제 적용되나요?'); // ['요금제', '변경', '적용되나']
 */
export function contentWords(text: string): string[] {
  const prepared = text
    .replace(/\[\d+(?:\s*,\s*\d+)*\]/gu, ' ')
    .replace(/(\d),(?=\d{3}\b)/gu, '$1')
    .replace(/(\d+(?:\.\d+)?)(억|만|천)/gu, (_match, number: string, unit: string) =>
      String(Number(number) * (koreanMultipliers[unit] ?? 1)),
    );
  return matchingWords(prepared).filter((word) => !englishStopWords.has(word) && !koreanStopWords.has(word));
}

/**
 * Weighted matching terms of a text, keyed `w:` (word or stem), `b:` (Hangul bigram), `n:` (number)
 * and `c:` (bilingual concept).
 * @example
 * [...termWeights('Plan changes apply next month').keys()]; // ['w:plan', 'c:plan', 'w:change', …]
 */
export function termWeights(text: string): TermWeights {
  const terms: TermWeights = new Map();
  const add = (key: string, weight: number): void => {
    terms.set(key, Math.max(terms.get(key) ?? 0, weight));
  };
  const words = contentWords(text);
  for (const word of words) {
    if (latinWord.test(word)) {
      if (word.length > 1) add(`w:${englishStem(word)}`, weights.word);
    } else if (hangulWord.test(word)) {
      // 적용됩니다 and 적용되나요 differ only in their ending, which says nothing about the topic: keep the noun.
      const stem = koreanNounStem(word);
      add(`w:${stem}`, weights.word);
      for (const bigram of hangulBigrams(stem)) add(`b:${bigram}`, weights.bigram);
    } else {
      add(`w:${withoutTrailingParticle(word)}`, weights.word);
      for (const digits of word.match(/\d+(?:\.\d+)?/gu) ?? []) add(`n:${digits}`, weights.word);
    }
    // A word's concepts share one concept weight, so 요금 (fee, price, billing…) counts no more than 로밍 (roaming).
    const ids = conceptIds(word);
    for (const id of ids) add(`c:${id}`, weights.concept / ids.length);
  }
  for (const phraseId of glossaryPhraseIds(normalizedLower(text))) add(`c:${phraseId}`, weights.concept);
  return terms;
}

/**
 * Crude English stem, the same rule as the builtin matcher: plurals and verb endings off.
 * @example
 * englishStem('charges'); // 'charg'
 */
export function englishStem(word: string): string {
  if (word.length <= 3 || !latinWord.test(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 4) return word.slice(0, -2);
  if (/(ses|xes|ches|shes)$/u.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return withoutFinalE(word.slice(0, -1));
  return withoutFinalE(word);
}

/** charge, charged and charges all meet at "charg". */
function withoutFinalE(stem: string): string {
  return stem.length > 4 && stem.endsWith('e') ? stem.slice(0, -1) : stem;
}

/** Sino-Korean noun + 하다/되다 (적용되나, 적용됩니다, 변경한, 사용하면): the noun, so the forms meet. */
const nounBeforeVerbEnding = /^([\uac00-\ud7a3]{2,}?)(?:하|한|할|함|합|해|했|되|된|될|됨|됩|돼|됐|시키|시켜)/u;

/**
 * The noun of a 하다/되다 verb form, or the word itself.
 * @example
 * koreanNounStem('적용됩니다'); // '적용'
 */
export function koreanNounStem(word: string): string {
  if ([...word].length < 3) return word;
  return nounBeforeVerbEnding.exec(word)?.[1] ?? word;
}

/** Adjacent syllable pairs, so 적용되나요 and 적용됩니다 still share 적용. */
export function hangulBigrams(word: string): string[] {
  const syllables = [...word];
  const bigrams: string[] = [];
  for (let index = 0; index + 1 < syllables.length; index += 1) bigrams.push(`${syllables[index]}${syllables[index + 1]}`);
  return bigrams;
}

/** Concepts of one word from the domain glossary and the builtin lexicon (its general ones left out). */
function conceptIds(word: string): string[] {
  const lexicon = findConcepts(word)
    .filter((concept) => !concept.generic)
    .map((concept) => concept.id);
  return [...new Set([...glossaryIds(word), ...lexicon])];
}

/** Glossary concepts of one word; a unit after a number (30일, 2GB) counts as its word. */
export function glossaryIds(word: string): string[] {
  const bare = withoutTrailingParticle(word.replace(/^\d+(?:\.\d+)?/u, ''));
  if (bare.length === 0) return [];
  const ids: string[] = [];
  for (const entry of domainGlossary) {
    const matches = hangulWord.test(bare)
      ? entry.ko.some((alias) => (alias.length === 1 ? bare === alias : bare.startsWith(alias)))
      : entry.en.some((alias) => !alias.includes(' ') && englishStem(alias) === englishStem(bare));
    if (matches) ids.push(entry.id);
  }
  return ids;
}

/** 1일부터 → 1일: the builtin stripper leaves a particle after a number's unit in place. */
function withoutTrailingParticle(word: string): string {
  const match = /^(.*?)([\uac00-\ud7a3]+)$/u.exec(word);
  if (!match?.[2]) return word;
  return `${match[1] ?? ''}${stripKoreanParticle(match[2])}`;
}

function glossaryPhraseIds(text: string): string[] {
  return domainGlossary.filter((entry) => entry.en.some((alias) => alias.includes(' ') && text.includes(alias))).map((entry) => entry.id);
}

function normalizedLower(text: string): string {
  return text.toLowerCase().replace(/\s+/gu, ' ');
}
