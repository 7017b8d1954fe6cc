// Multinomial logistic regression (softmax, L2) trained with mini-batch Adam on sparse features, for TSTR/TRTR utility.
import type { SparseFeatures } from './feature-encoder.ts';

export interface LogisticModel {
  classCount: number;
  width: number;
  /** width × classCount, row-major by feature. */
  weights: Float64Array;
  bias: Float64Array;
}

export interface LogisticOptions {
  classCount: number;
  random: () => number;
  /** L2 penalty on the weights (default 1e-4). */
  l2?: number;
}

const batchSize = 256;
const learningRate = 0.05;

/** Softmax probabilities of one row into `out`. */
function rowProbabilities(model: LogisticModel, features: SparseFeatures, options: { row: number; out: Float64Array }): void {
  const { classCount, weights, bias } = model;
  const { row, out } = options;
  for (let label = 0; label < classCount; label += 1) out[label] = bias[label] ?? 0;
  const start = row * features.perRow;
  for (let entry = start; entry < start + features.perRow; entry += 1) {
    const value = features.values[entry] ?? 0;
    if (value === 0) continue;
    const base = (features.indices[entry] ?? 0) * classCount;
    for (let label = 0; label < classCount; label += 1) out[label] = (out[label] ?? 0) + value * (weights[base + label] ?? 0);
  }
  let max = -Infinity;
  for (let label = 0; label < classCount; label += 1) max = Math.max(max, out[label] ?? 0);
  let total = 0;
  for (let label = 0; label < classCount; label += 1) {
    const exponent = Math.exp((out[label] ?? 0) - max);
    out[label] = exponent;
    total += exponent;
  }
  for (let label = 0; label < classCount; label += 1) out[label] = (out[label] ?? 0) / total;
}

/**
 * Fits softmax regression on labels 0 … classCount − 1 (a few hundred Adam steps on mini-batches of 256).
 * @example
 * const model = fitLogistic(features, labels, { classCount: 3, random: seededRandom(1) });
 */
export function fitLogistic(features: SparseFeatures, labels: Int32Array, options: LogisticOptions): LogisticModel {
  const { classCount, random } = options;
  const l2 = options.l2 ?? 1e-4;
  const size = features.width * classCount;
  const model: LogisticModel = { classCount, width: features.width, weights: new Float64Array(size), bias: new Float64Array(classCount) };
  if (features.rowCount === 0 || classCount < 2) return model;
  const parameters = size + classCount;
  const gradient = new Float64Array(parameters);
  const firstMoment = new Float64Array(parameters);
  const secondMoment = new Float64Array(parameters);
  const probabilities = new Float64Array(classCount);
  const batch = Math.min(batchSize, features.rowCount);
  const steps = Math.min(1500, Math.max(300, Math.ceil((5 * features.rowCount) / batch)));
  for (let step = 1; step <= steps; step += 1) {
    gradient.fill(0);
    for (let draw = 0; draw < batch; draw += 1) {
      const row = Math.floor(random() * features.rowCount);
      rowProbabilities(model, features, { row, out: probabilities });
      probabilities[labels[row] ?? 0] = (probabilities[labels[row] ?? 0] ?? 0) - 1;
      const start = row * features.perRow;
      for (let entry = start; entry < start + features.perRow; entry += 1) {
        const value = features.values[entry] ?? 0;
        if (value === 0) continue;
        const base = (features.indices[entry] ?? 0) * classCount;
        for (let label = 0; label < classCount; label += 1)
          gradient[base + label] = (gradient[base + label] ?? 0) + value * (probabilities[label] ?? 0);
      }
      for (let label = 0; label < classCount; label += 1)
        gradient[size + label] = (gradient[size + label] ?? 0) + (probabilities[label] ?? 0);
    }
    // Linear decay keeps the last steps small, so the result settles instead of jittering with the last batch.
    const rate = learningRate * (1 - (0.9 * (step - 1)) / steps);
    const firstCorrection = 1 - 0.9 ** step;
    const secondCorrection = 1 - 0.999 ** step;
    for (let parameter = 0; parameter < parameters; parameter += 1) {
      const weight = parameter < size ? (model.weights[parameter] ?? 0) : (model.bias[parameter - size] ?? 0);
      const grad = (gradient[parameter] ?? 0) / batch + (parameter < size ? l2 * weight : 0);
      const first = 0.9 * (firstMoment[parameter] ?? 0) + 0.1 * grad;
      const second = 0.999 * (secondMoment[parameter] ?? 0) + 0.001 * grad * grad;
      firstMoment[parameter] = first;
      secondMoment[parameter] = second;
      const updated = weight - (rate * (first / firstCorrection)) / (Math.sqrt(second / secondCorrection) + 1e-8);
      if (parameter < size) model.weights[parameter] = updated;
      else model.bias[parameter - size] = updated;
    }
  }
  return model;
}

/**
 * Class probabilities per row (rows × classCount, row-major).
 * @example
 * predictProbabilities(model, testFeatures); // Float64Array of length rows × classCount
 */
export function predictProbabilities(model: LogisticModel, features: SparseFeatures): Float64Array {
  const result = new Float64Array(features.rowCount * model.classCount);
  const probabilities = new Float64Array(model.classCount);
  for (let row = 0; row < features.rowCount; row += 1) {
    rowProbabilities(model, features, { row, out: probabilities });
    result.set(probabilities, row * model.classCount);
  }
  return result;
}
