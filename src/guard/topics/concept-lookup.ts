// Finds the lexicon concepts one content word belongs to.
import { englishStem } from '../../models/builtin/index.ts';
import { topicConcepts, type TopicConcept } from './topic-lexicon.ts';

const hangul = /[\uac00-\ud7a3]/u;
const englishIndex = new Map<string, TopicConcept[]>();
const koreanEntries: Array<{ stem: string; concept: TopicConcept }> = [];
for (const concept of topicConcepts) {
  for (const word of concept.en) {
    const stem = englishStem(word);
    englishIndex.set(stem, [...(englishIndex.get(stem) ?? []), concept]);
  }
  for (const stem of concept.ko) koreanEntries.push({ stem, concept });
}
const cache = new Map<string, readonly TopicConcept[]>();

/**
 * @example
 * conceptsOf('두통약').map((concept) => concept.id); // ['medicine']
 * conceptsOf('약정'); // []
 */
export function conceptsOf(word: string): readonly TopicConcept[] {
  const cached = cache.get(word);
  if (cached) return cached;
  const found = new Set<TopicConcept>(englishIndex.get(englishStem(word)) ?? []);
  if (hangul.test(word) || /^[a-z]+$/u.test(word)) {
    for (const { stem, concept } of koreanEntries) {
      const matches = [...stem].length >= 2 ? word.startsWith(stem) : word === stem;
      if (matches) found.add(concept);
    }
  }
  const concepts = [...found];
  if (cache.size > 20_000) cache.clear();
  cache.set(word, concepts);
  return concepts;
}
