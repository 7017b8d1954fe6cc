// Scores a message against each operation's example utterances: nearest examples over TF-IDF character n-grams say how
// much the message sounds like any operation at all, and a softmax regression on the same features says which one.
import { intentFeatures } from '../../models/builtin/index.ts';
import { trainIntentRegression } from './intent-regression.ts';

export interface IntentExamples {
  id: string;
  texts: readonly string[];
}

export interface IntentModel {
  /** Every intent with its score in [0, 1], best first. */
  classify(text: string): Array<{ id: string; score: number }>;
}

type Vector = Map<string, number>;

/** How much the regression's choice counts against the nearest examples' (which alone decide how sure the model is). */
const regressionWeight = 2;

/**
 * Trained at load time. The nearest-examples score of an intent is the mean of its two nearest examples, so one odd example
 * cannot win alone. The regression reorders intents; the best nearest-examples score stays the winner's score, so a
 * message unlike every example stays unsure however the probabilities fall.
 * @example
 * const model = createIntentModel([{ id: 'order_status', texts: ['where is my order', '주문 어디까지 왔어요'] }]);
 * model.classify('내 주문 어디쯤이에요')[0]?.id; // 'order_status'
 */
export function createIntentModel(intents: readonly IntentExamples[]): IntentModel {
  // Training takes a noticeable moment; re-registering an assistant (and every platform a test opens) reuses the model.
  const key = JSON.stringify(intents.map((intent) => [intent.id, intent.texts]));
  const cached = trainedModels.get(key);
  if (cached) return cached;
  const model = trainIntentModel(intents);
  trainedModels.set(key, model);
  if (trainedModels.size > maxCachedModels) trainedModels.delete(trainedModels.keys().next().value!);
  return model;
}

const trainedModels = new Map<string, IntentModel>();
const maxCachedModels = 16;

function trainIntentModel(intents: readonly IntentExamples[]): IntentModel {
  const examples = intents.flatMap((intent, label) =>
    intent.texts.map((text) => ({ id: intent.id, label, features: intentFeatures(text) })),
  );
  const documentFrequency = new Map<string, number>();
  for (const example of examples)
    for (const feature of example.features.keys()) documentFrequency.set(feature, (documentFrequency.get(feature) ?? 0) + 1);
  const featureIndex = new Map([...documentFrequency.keys()].map((feature, index) => [feature, index]));
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
  // The regression sees only features it was trained on, normalised among themselves.
  const indexed = (counts: Map<string, number>): Map<number, number> => {
    const known = new Map<string, number>();
    for (const [feature, count] of counts) if (featureIndex.has(feature)) known.set(feature, count);
    return new Map([...weigh(known)].map(([feature, weight]) => [featureIndex.get(feature)!, weight]));
  };
  const vectors = examples.map((example) => ({ id: example.id, vector: weigh(example.features) }));
  const regression = trainIntentRegression({
    examples: examples.map((example) => ({ label: example.label, features: indexed(example.features) })),
    labels: intents.length,
    features: featureIndex.size,
  });
  const ids = intents.map((intent) => intent.id);

  return {
    classify(text) {
      const counts = intentFeatures(text);
      const query = weigh(counts);
      const nearest = new Map<string, number[]>(ids.map((id) => [id, []]));
      for (const example of vectors) nearest.get(example.id)?.push(dot(query, example.vector));
      const similarity = ids.map((id) => {
        const [first = 0, second = first] = (nearest.get(id) ?? []).sort((a, b) => b - a);
        return (first * 2 + second) / 3;
      });
      const best = Math.max(0, ...similarity);
      const probabilities = ids.length > 0 ? regression.probabilities(indexed(counts)) : new Float64Array(0);
      const blended = ids.map((_, label) => similarity[label]! + regressionWeight * best * probabilities[label]!);
      // Rescaled so the winner scores what the nearest examples gave the best intent: the thresholds read that scale.
      const scale = best / (Math.max(0, ...blended) || 1);
      return ids.map((id, label) => ({ id, score: blended[label]! * scale })).sort((a, b) => b.score - a.score);
    },
  };
}

function dot(first: Vector, second: Vector): number {
  const [small, large] = first.size <= second.size ? [first, second] : [second, first];
  let sum = 0;
  for (const [feature, weight] of small) sum += weight * (large.get(feature) ?? 0);
  return sum;
}
