// Scores for utility models: accuracy, macro-F1 and ROC AUC for classes; R² and MAE for numbers.

/**
 * Share of rows where the predicted label equals the true one.
 * @example
 * accuracy(Int32Array.of(0, 1, 1), Int32Array.of(0, 1, 0)); // 2/3
 */
export function accuracy(truth: Int32Array, predicted: Int32Array): number {
  if (truth.length === 0) return 0;
  let correct = 0;
  for (let row = 0; row < truth.length; row += 1) if (truth[row] === predicted[row]) correct += 1;
  return correct / truth.length;
}

/**
 * Unweighted mean of per-label F1 over labels present in the truth or the predictions (scikit-learn's macro F1).
 * @example
 * macroF1(Int32Array.of(0, 0, 1, 1), Int32Array.of(0, 1, 1, 1)); // (2/3 + 4/5) / 2
 */
export function macroF1(truth: Int32Array, predicted: Int32Array): number {
  const truePositives = new Map<number, number>();
  const truthCounts = new Map<number, number>();
  const predictedCounts = new Map<number, number>();
  for (let row = 0; row < truth.length; row += 1) {
    const actual = truth[row] ?? 0;
    const guess = predicted[row] ?? 0;
    truthCounts.set(actual, (truthCounts.get(actual) ?? 0) + 1);
    predictedCounts.set(guess, (predictedCounts.get(guess) ?? 0) + 1);
    if (actual === guess) truePositives.set(actual, (truePositives.get(actual) ?? 0) + 1);
  }
  const labels = new Set([...truthCounts.keys(), ...predictedCounts.keys()]);
  if (labels.size === 0) return 0;
  let sum = 0;
  for (const label of labels) {
    const hits = truePositives.get(label) ?? 0;
    const denominator = (truthCounts.get(label) ?? 0) + (predictedCounts.get(label) ?? 0);
    sum += denominator === 0 ? 0 : (2 * hits) / denominator;
  }
  return sum / labels.size;
}

/**
 * ROC AUC by the rank-sum (Mann–Whitney) formula, ties sharing their average rank; null without both classes.
 * @example
 * rocAuc(Uint8Array.of(0, 0, 1, 1), Float64Array.of(0.1, 0.4, 0.35, 0.8)); // 0.75
 */
export function rocAuc(positive: Uint8Array, scores: Float64Array): number | null {
  const order = Array.from(scores.keys()).sort((a, b) => (scores[a] ?? 0) - (scores[b] ?? 0));
  let positives = 0;
  let rankSum = 0;
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && scores[order[end + 1] ?? 0] === scores[order[start] ?? 0]) end += 1;
    const averageRank = (start + end) / 2 + 1;
    for (let position = start; position <= end; position += 1) {
      if (positive[order[position] ?? 0]) {
        positives += 1;
        rankSum += averageRank;
      }
    }
    start = end + 1;
  }
  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) return null;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/**
 * Coefficient of determination 1 − SSres / SStot; a constant truth scores 1 when matched exactly, else 0.
 * @example
 * rSquared(Float64Array.of(1, 2, 3), Float64Array.of(1, 2, 4)); // 0.5
 */
export function rSquared(truth: Float64Array, predicted: Float64Array): number {
  if (truth.length === 0) return 0;
  let mean = 0;
  for (const value of truth) mean += value / truth.length;
  let residual = 0;
  let total = 0;
  for (let row = 0; row < truth.length; row += 1) {
    residual += ((truth[row] ?? 0) - (predicted[row] ?? 0)) ** 2;
    total += ((truth[row] ?? 0) - mean) ** 2;
  }
  if (total === 0) return residual === 0 ? 1 : 0;
  return 1 - residual / total;
}

/**
 * Mean absolute error.
 * @example
 * meanAbsoluteError(Float64Array.of(1, 2, 3), Float64Array.of(1, 2, 4)); // 1/3
 */
export function meanAbsoluteError(truth: Float64Array, predicted: Float64Array): number {
  if (truth.length === 0) return 0;
  let sum = 0;
  for (let row = 0; row < truth.length; row += 1) sum += Math.abs((truth[row] ?? 0) - (predicted[row] ?? 0));
  return sum / truth.length;
}
