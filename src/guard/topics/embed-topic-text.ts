// Embeds a message for topic matching: the builtin n-gram embedding of each content word plus the lexicon concepts it names.
import { BUILTIN_EMBEDDING_DIMENSIONS, embedText } from '../../models/builtin/index.ts';
import { conceptsOf } from './concept-lookup.ts';
import { topicWords } from './topic-words.ts';

const wordVectorCache = new Map<string, number[]>();

function wordVector(word: string): number[] {
  const cached = wordVectorCache.get(word);
  if (cached) return cached;
  const vector = embedText(word);
  if (wordVectorCache.size > 20_000) wordVectorCache.clear();
  wordVectorCache.set(word, vector);
  return vector;
}

/**
 * A unit vector, or null when the text has no content words (a greeting, "yes").
 * Word by word, so stop words and endings drop out and a concept vector can join its word; a concept is
 * what lets 두통약 meet 항생제, which share no letters.
 * @example
 * const vector = embedTopicText('어떤 주식을 사야 할까요?'); // number[] of length 384
 */
export function embedTopicText(text: string): number[] | null {
  const words = topicWords(text);
  if (words.length === 0) return null;
  let sum: number[] | null = null;
  for (const word of words) {
    sum ??= new Array<number>(BUILTIN_EMBEDDING_DIMENSIONS).fill(0);
    addScaled({ sum, vector: wordVector(word), weight: 1 });
    for (const concept of conceptsOf(word)) addScaled({ sum, vector: wordVector(`concept:${concept.id}`), weight: concept.weight });
  }
  return sum ? toUnitLength(sum) : null;
}

function toUnitLength(vector: number[]): number[] | null {
  const length = Math.sqrt(vector.reduce((total, value) => total + value * value, 0));
  return length === 0 ? null : vector.map((value) => value / length);
}

function addScaled(options: { sum: number[]; vector: readonly number[]; weight: number }): void {
  for (let index = 0; index < options.vector.length; index += 1) {
    options.sum[index] = (options.sum[index] ?? 0) + options.weight * (options.vector[index] ?? 0);
  }
}
