// Scores a message against intents described by texts (tool descriptions, example utterances) with character n-gram TF-IDF cosine.
import { matchingWords } from '../language/index.ts';
import { characterNgrams, countItems } from './character-ngrams.ts';
import { englishStem, expandWithConcepts } from './concept-match.ts';

export interface IntentDescription {
  id: string;
  /** Descriptions and example utterances; Korean and English both work. */
  texts: readonly string[];
}

export interface IntentScore {
  id: string;
  /** Cosine similarity in [0, 1]. */
  score: number;
}

export interface IntentClassifier {
  /** Intents sorted by score, best first (ties keep declaration order). */
  classify(text: string): IntentScore[];
}

type Vector = Map<string, number>;

/** Function words carry no intent; left in, "the" alone would tie a question to every tool description. */
const stopWords = new Set(
  'a an the of to in on at for from by with and or but is are was were be been am do does did i me my you your we our it its this that these those what which who how can could would should will please some any just'.split(
    ' ',
  ),
);

/**
 * Features of a text: word features plus character 2- and 3-grams, after concept expansion.
 * @example
 * intentFeatures('날씨').has('w:weather'); // true, from the concept lexicon
 */
export function intentFeatures(text: string): Map<string, number> {
  const features: string[] = [];
  for (const word of matchingWords(expandWithConcepts(text))) {
    if (stopWords.has(word)) continue;
    const stem = englishStem(word);
    features.push(`w:${stem}`);
    for (const gram of characterNgrams(stem, [2, 3])) features.push(gram);
  }
  return countItems(features);
}

/**
 * Builds a classifier at load time from the intents' texts.
 * @example
 * const classifier = createIntentClassifier([{ id: 'weather', texts: ['Get the weather for a city'] }]);
 * classifier.classify('서울 날씨 어때?')[0]; // { id: 'weather', score: 0.3… }
 */
export function createIntentClassifier(intents: readonly IntentDescription[]): IntentClassifier {
  const documents = intents.map((intent) => intentFeatures(intent.texts.join('\n')));
  const documentFrequency = new Map<string, number>();
  for (const document of documents)
    for (const feature of document.keys()) documentFrequency.set(feature, (documentFrequency.get(feature) ?? 0) + 1);
  // Smoothed IDF: a feature shared by every intent still counts a little, one seen nowhere counts most.
  const inverseFrequency = (feature: string): number => Math.log((documents.length + 1) / ((documentFrequency.get(feature) ?? 0) + 1)) + 1;
  const weigh = (counts: Map<string, number>): Vector => {
    const vector: Vector = new Map();
    for (const [feature, count] of counts) vector.set(feature, (1 + Math.log(count)) * inverseFrequency(feature));
    return vector;
  };
  const vectors = documents.map((document) => weigh(document));
  const norms = vectors.map((vector) => norm(vector));
  return {
    classify(text) {
      const query = weigh(intentFeatures(text));
      const queryNorm = norm(query);
      const scores = intents.map((intent, index) => {
        const vector = vectors[index] ?? new Map<string, number>();
        const denominator = queryNorm * (norms[index] ?? 0);
        return { id: intent.id, score: denominator === 0 ? 0 : dot(query, vector) / denominator, index };
      });
      scores.sort((a, b) => b.score - a.score || a.index - b.index);
      return scores.map(({ id, score }) => ({ id, score }));
    },
  };
}

function dot(small: Vector, large: Vector): number {
  let sum = 0;
  for (const [feature, weight] of small) sum += weight * (large.get(feature) ?? 0);
  return sum;
}

function norm(vector: Vector): number {
  let sum = 0;
  for (const weight of vector.values()) sum += weight * weight;
  return Math.sqrt(sum);
}
