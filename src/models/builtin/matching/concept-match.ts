// Finds which lexicon concepts a text mentions, in either language, and gives their labels.
import { matchingWords } from '../language/index.ts';
import { concepts, type Concept } from './concept-lexicon.ts';

const stemCache = new Map<string, string>();

/**
 * Crude English stem: plural and verb endings off, so "orders", "ordered" and "ordering" meet "order".
 * @example
 * englishStem('deliveries'); // 'delivery'
 */
export function englishStem(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  const stem = computeStem(word);
  if (stemCache.size > 50_000) stemCache.clear();
  stemCache.set(word, stem);
  return stem;
}

function computeStem(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/u.test(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 4) return word.slice(0, -2);
  if (/(ses|xes|ches|shes)$/u.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

const hangulPattern = /[\uac00-\ud7a3]/u;

/**
 * Whether one matching word (particles stripped) mentions the alias.
 * @example
 * wordMatchesAlias('주문하고', '주문하'); // true
 */
export function wordMatchesAlias(word: string, alias: string): boolean {
  if (word === alias) return true;
  if (hangulPattern.test(alias)) return [...alias].length >= 2 && word.startsWith(alias);
  return alias.length >= 3 && englishStem(word) === englishStem(alias);
}

/** Lookup tables built once: exact aliases, English stems (3+ letters), Korean prefixes (2+ syllables). */
const exactIndex = new Map<string, Concept[]>();
const stemIndex = new Map<string, Concept[]>();
const koreanPrefixIndex = new Map<string, Concept[]>();
const addTo = (index: Map<string, Concept[]>, key: string, concept: Concept): void => {
  const list = index.get(key) ?? [];
  if (!list.includes(concept)) list.push(concept);
  index.set(key, list);
};
for (const concept of concepts) {
  for (const alias of [...concept.en, ...concept.ko]) {
    addTo(exactIndex, alias, concept);
    if (hangulPattern.test(alias)) {
      if (alias.length >= 2) addTo(koreanPrefixIndex, alias, concept);
    } else if (alias.length >= 3) addTo(stemIndex, englishStem(alias), concept);
  }
}
const longestKoreanAlias = Math.max(...[...koreanPrefixIndex.keys()].map((alias) => alias.length));

/** Concepts one matching word mentions (same rule as wordMatchesAlias, through the indexes). */
export function conceptsOfWord(word: string): Concept[] {
  const found = new Set<Concept>(exactIndex.get(word) ?? []);
  if (hangulPattern.test(word)) {
    for (let length = 2; length <= Math.min(word.length, longestKoreanAlias); length += 1) {
      for (const concept of koreanPrefixIndex.get(word.slice(0, length)) ?? []) found.add(concept);
    }
  } else {
    for (const concept of stemIndex.get(englishStem(word)) ?? []) found.add(concept);
  }
  return [...found];
}

/**
 * Concepts mentioned by a text (each once, in lexicon order).
 * @example
 * findConcepts('서울 날씨 알려줘').map((concept) => concept.id); // ['get', 'weather']
 */
export function findConcepts(text: string): Concept[] {
  const found = new Set<Concept>();
  for (const word of matchingWords(text)) for (const concept of conceptsOfWord(word)) found.add(concept);
  for (const [pattern, ids] of phraseConcepts) {
    if (pattern.test(text)) for (const concept of concepts) if (ids.includes(concept.id)) found.add(concept);
  }
  return concepts.filter((concept) => found.has(concept));
}

/** Phrases whose meaning is more than their words: "order a latte" is buying, "order status" is not. */
const phraseConcepts: ReadonlyArray<[RegExp, readonly string[]]> = [
  [
    /\b(?:want|like|need|wanna|going|love) to (?:order|buy|purchase|get)\b|\border (?:a|an|some|more|me|one|two|three|four|five|\d+)\b|\bplace an? (?:new )?order\b|\bcan i (?:order|buy|get)\b/iu,
    ['create', 'buy'],
  ],
  [/주문(?:할|하고|하려|하고 싶|해 주|해줘)|시킬게|살게요|사고 싶/u, ['create', 'buy']],
];

/**
 * The text plus every alias of every concept it mentions, so n-grams overlap across languages.
 * @example
 * expandWithConcepts('날씨'); // '날씨 weather forecast … 날씨 기상 …'
 */
export function expandWithConcepts(text: string): string {
  const aliases = findConcepts(text)
    .filter((concept) => !concept.generic)
    .flatMap((concept) => [...concept.en, ...concept.ko]);
  return [text, ...aliases].join(' ');
}

/**
 * The concept whose English aliases include a word (after stemming), if any.
 * @example
 * conceptForEnglishWord('orders')?.ko[0]; // '주문'
 */
export function conceptForEnglishWord(word: string): Concept | undefined {
  const stem = englishStem(word.toLowerCase());
  return concepts.find((concept) => concept.en.some((alias) => englishStem(alias) === stem));
}

/**
 * Korean label of an English identifier's words, verbs last; undefined when a word is unknown.
 * @example
 * koreanLabel(['create', 'order']); // '주문 생성'
 */
export function koreanLabel(words: readonly string[]): string | undefined {
  const nouns: string[] = [];
  const verbs: string[] = [];
  for (const word of words) {
    const concept = conceptForEnglishWord(word);
    if (!concept?.ko[0]) return undefined;
    (concept.verb ? verbs : nouns).push(concept.ko[0]);
  }
  const label = [...new Set([...nouns, ...verbs])].join(' ');
  return label.length > 0 ? label : undefined;
}
