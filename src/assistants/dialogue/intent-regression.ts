// Softmax regression over TF-IDF features, trained at load time on the operations' examples: it learns which words
// tell intents apart, where nearest-example matching is swayed by whatever an utterance shares with one example.
import { seededRandom } from '../../core/seeded-random.ts';

export interface LabelledVector {
  /** Index of the intent. */
  label: number;
  /** Feature index → weight (already normalised). */
  features: ReadonlyMap<number, number>;
}

export interface IntentRegression {
  /** Probability of each intent (sums to 1), in the order of the labels it was trained with. */
  probabilities(features: ReadonlyMap<number, number>): Float64Array;
}

const negligibleGradient = 1e-3;
const training = { epochs: 20, learningRate: 0.5, biasRate: 0.05, weightDecay: 1e-4, seed: 7 };

/**
 * Stochastic gradient descent in a fixed shuffled order (seeded), so the same examples always give the same model.
 * @example
 * const regression = trainIntentRegression({ examples, labels: 3, features: vocabulary.size });
 * regression.probabilities(new Map([[12, 0.7], [40, 0.7]])); // Float64Array(3) [0.8, 0.1, 0.1]
 */
export function trainIntentRegression(options: {
  examples: readonly LabelledVector[];
  labels: number;
  features: number;
}): IntentRegression {
  const { labels } = options;
  // Row-major: weights[feature * labels + label], so one feature's weights for every label sit together.
  const weights = new Float64Array(options.features * labels);
  const bias = new Float64Array(labels);

  /** Fills `into` with the softmax of the scores of a sparse vector given as parallel index/value arrays. */
  const softmax = (indices: Int32Array, values: Float64Array, into: Float64Array): Float64Array => {
    into.set(bias);
    for (let entry = 0; entry < indices.length; entry += 1) {
      const row = indices[entry]! * labels;
      const value = values[entry]!;
      for (let label = 0; label < labels; label += 1) into[label]! += weights[row + label]! * value;
    }
    let max = -Infinity;
    for (let label = 0; label < labels; label += 1) max = Math.max(max, into[label]!);
    let total = 0;
    for (let label = 0; label < labels; label += 1) {
      const exponent = Math.exp(into[label]! - max);
      into[label] = exponent;
      total += exponent;
    }
    for (let label = 0; label < labels; label += 1) into[label]! /= total;
    return into;
  };
  const sparse = (features: ReadonlyMap<number, number>) => ({
    indices: Int32Array.from(features.keys()),
    values: Float64Array.from(features.values()),
  });

  const examples = options.examples.map((example) => ({ label: example.label, ...sparse(example.features) }));
  const random = seededRandom(training.seed);
  const order = examples.map((_, index) => index);
  const decay = 1 - training.learningRate * training.weightDecay;
  const gradient = new Float64Array(labels);
  const active = new Int32Array(labels);
  for (let epoch = 0; epoch < training.epochs; epoch += 1) {
    shuffle(order, random);
    for (const index of order) {
      const { label: truth, indices, values } = examples[index]!;
      softmax(indices, values, gradient);
      gradient[truth]! -= 1;
      // Labels the model already rules out get a negligible gradient; skipping them makes later epochs cheap.
      let activeCount = 0;
      for (let label = 0; label < labels; label += 1) {
        bias[label]! -= training.biasRate * gradient[label]!;
        if (Math.abs(gradient[label]!) > negligibleGradient) active[activeCount++] = label;
      }
      for (let entry = 0; entry < indices.length; entry += 1) {
        const row = indices[entry]! * labels;
        const step = training.learningRate * values[entry]!;
        for (let slot = 0; slot < activeCount; slot += 1) {
          const label = active[slot]!;
          weights[row + label] = weights[row + label]! * decay - step * gradient[label]!;
        }
      }
    }
  }
  const probabilities = (features: ReadonlyMap<number, number>): Float64Array => {
    const { indices, values } = sparse(features);
    return softmax(indices, values, new Float64Array(labels));
  };
  return { probabilities };
}

function shuffle(items: number[], random: () => number): void {
  for (let index = items.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [items[index], items[other]] = [items[other]!, items[index]!];
  }
}
