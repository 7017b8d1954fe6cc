// Ridge regression on sparse features by the normal equations (Cholesky), for TSTR/TRTR utility on numeric targets.
import { choleskyOrNull, solveWithCholesky } from '../stats/index.ts';
import type { SparseFeatures } from './feature-encoder.ts';

export interface RidgeModel {
  weights: Float64Array;
  intercept: number;
  /** Targets are standardised while fitting; predictions are mapped back. */
  targetMean: number;
  targetScale: number;
}

/**
 * Fits y ≈ X w + b with penalty λ‖w‖² (λ = 1 by default; the intercept is not penalised).
 * @example
 * const model = fitRidge(features, targets);
 * predictRidge(model, testFeatures);
 */
export function fitRidge(features: SparseFeatures, targets: Float64Array, lambda = 1): RidgeModel {
  const count = targets.length;
  let mean = 0;
  for (const value of targets) mean += value / Math.max(count, 1);
  let squares = 0;
  for (const value of targets) squares += (value - mean) ** 2;
  const deviation = count > 0 ? Math.sqrt(squares / count) : 0;
  const scale = deviation > 0 ? deviation : 1;
  const size = features.width + 1;
  const gram = new Float64Array(size * size);
  const rhs = new Float64Array(size);
  const bias = features.width;
  for (let row = 0; row < count; row += 1) {
    const y = ((targets[row] ?? 0) - mean) / scale;
    const start = row * features.perRow;
    for (let first = start; first < start + features.perRow; first += 1) {
      const firstValue = features.values[first] ?? 0;
      if (firstValue === 0) continue;
      const firstIndex = features.indices[first] ?? 0;
      rhs[firstIndex] = (rhs[firstIndex] ?? 0) + firstValue * y;
      gram[firstIndex * size + bias] = (gram[firstIndex * size + bias] ?? 0) + firstValue;
      for (let second = start; second < start + features.perRow; second += 1) {
        const at = firstIndex * size + (features.indices[second] ?? 0);
        gram[at] = (gram[at] ?? 0) + firstValue * (features.values[second] ?? 0);
      }
    }
    rhs[bias] = (rhs[bias] ?? 0) + y;
  }
  for (let index = 0; index < features.width; index += 1) gram[bias * size + index] = gram[index * size + bias] ?? 0;
  gram[bias * size + bias] = count;
  for (let index = 0; index < features.width; index += 1) gram[index * size + index] = (gram[index * size + index] ?? 0) + lambda;
  // An empty training set leaves the intercept row zero; a touch of jitter keeps the solve defined.
  gram[bias * size + bias] = (gram[bias * size + bias] ?? 0) + 1e-9;
  const lower = choleskyOrNull(gram, size);
  if (!lower) return { weights: new Float64Array(features.width), intercept: 0, targetMean: mean, targetScale: scale };
  solveWithCholesky(lower, size, rhs);
  return { weights: rhs.slice(0, features.width), intercept: rhs[bias] ?? 0, targetMean: mean, targetScale: scale };
}

/**
 * Predictions in the target's own units.
 * @example
 * predictRidge(fitRidge(train, y), test); // Float64Array, one per test row
 */
export function predictRidge(model: RidgeModel, features: SparseFeatures): Float64Array {
  const predictions = new Float64Array(features.rowCount);
  for (let row = 0; row < features.rowCount; row += 1) {
    let value = model.intercept;
    const start = row * features.perRow;
    for (let entry = start; entry < start + features.perRow; entry += 1) {
      value += (features.values[entry] ?? 0) * (model.weights[features.indices[entry] ?? 0] ?? 0);
    }
    predictions[row] = model.targetMean + value * model.targetScale;
  }
  return predictions;
}
