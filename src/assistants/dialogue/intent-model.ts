// Scores a message against each operation's example utterances: TF-IDF over character n-grams, nearest examples per intent.
import { intentFeatures } from '../../models/builtin/index.ts';

export interface IntentExamples {
  id: string;
  texts: readonly string[];
}

export interface IntentModel {
  /** Every intent with its score in [0, 1], best first. */
  classify(text: string): Array<{ id: string; score: number }>;
}

type Vector = Map<string, number>;

/**
 * Trained at load time; each intent scores as the mean of its two nearest examples, so one odd example cannot win alone.
 * @example
 * const model = createIntentModel([{ id: 'order_status', texts: ['where is my order', '주문 어디까지 왔어요'] }]);
 * model.classify('내 주문 어디쯤이에요')[0]?.id; // 'order_status'
 */
export function createIntentModel(intents: readonly IntentExamples[]): IntentModel {
  const examples = intents.flatMap((intent) => intent.texts.map((text) => ({ id: intent.id, features: intentFeatures(text) })));
  const documentFrequency = new Map<string, number>();
  for (const example of examples)
    for (const feature of example.features.keys()) documentFrequency.set(feature, (documentFrequency.get(feature) ?? 0) + 1);
  const inverseFrequency = (feature: string) => Math.log((examples.length + 1) / ((documentFrequency.get(feature) ?? 0) + 1)) + 1;
  const weigh = (counts: Map<string, number>): Vector => {
    const vector: Vector = new Map();
    let norm = 0;
    for (const [feature, count] of counts) {
      const weight = (1 + Math.log(count)) * inverseFrequency(feature);
      vector.set(feature, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [feature, weight] of vector) vector.set(feature, weight / norm);
    return vector;
  };
  const vectors = examples.map((example) => ({ id: example.id, vector: weigh(example.features) }));
  const ids = intents.map((intent) => intent.id);

  return {
    classify(text) {
      const query = weigh(intentFeatures(text));
      const scores = new Map<string, number[]>(ids.map((id) => [id, []]));
      for (const example of vectors) scores.get(example.id)?.push(dot(query, example.vector));
      return ids
        .map((id) => {
          const [first = 0, second = first] = (scores.get(id) ?? []).sort((a, b) => b - a);
          return { id, score: (first * 2 + second) / 3 };
        })
        .sort((a, b) => b.score - a.score);
    },
  };
}

function dot(first: Vector, second: Vector): number {
  const [small, large] = first.size <= second.size ? [first, second] : [second, first];
  let sum = 0;
  for (const [feature, weight] of small) sum += weight * (large.get(feature) ?? 0);
  return sum;
}
