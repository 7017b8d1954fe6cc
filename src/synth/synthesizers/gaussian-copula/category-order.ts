// Orders a discrete column's category intervals so the copula can express its strongest association as a correlation.
import type { CategoryOrder } from './params.ts';

function frequencyOrder(probabilities: readonly number[]): number[] {
  return probabilities
    .map((_, code) => code)
    .sort((left, right) => (probabilities[right] ?? 0) - (probabilities[left] ?? 0) || left - right);
}

/** Per-category mean of a score column and its adjusted correlation ratio η² (share of the score's variance the categories explain). */
function groupMeans(codes: Float64Array, scores: Float64Array, cardinality: number): { means: Float64Array; eta: number } {
  const sums = new Float64Array(cardinality);
  const counts = new Float64Array(cardinality);
  let total = 0;
  let totalSquares = 0;
  for (let row = 0; row < codes.length; row++) {
    const code = codes[row] ?? 0;
    const score = scores[row] ?? 0;
    sums[code] = (sums[code] ?? 0) + score;
    counts[code] = (counts[code] ?? 0) + 1;
    total += score;
    totalSquares += score * score;
  }
  const grandMean = total / Math.max(1, codes.length);
  const variance = totalSquares - codes.length * grandMean * grandMean;
  const means = new Float64Array(cardinality);
  let between = 0;
  for (let code = 0; code < cardinality; code++) {
    const count = counts[code] ?? 0;
    const mean = count > 0 ? (sums[code] ?? 0) / count : grandMean;
    means[code] = mean;
    between += count * (mean - grandMean) * (mean - grandMean);
  }
  // Adjusted like R², so a column with many small categories does not look associated by chance.
  const raw = variance > 0 ? between / variance : 0;
  const groups = counts.reduce((total, count) => total + (count > 0 ? 1 : 0), 0);
  const eta = codes.length > groups ? 1 - ((1 - raw) * (codes.length - 1)) / (codes.length - groups) : 0;
  return { means, eta };
}

/**
 * The codes in interval order. 'correlated' sorts categories by their mean normal score in the most associated other
 * column, which makes that association monotone (and so visible to a correlation); 'frequency' puts common ones first.
 * @example
 * orderCategories(codes, { probabilities, strategy: 'correlated', scores: [ageScores] }); // [2, 0, 1]
 */
export function orderCategories(
  codes: Float64Array,
  options: { probabilities: readonly number[]; strategy: CategoryOrder; scores: readonly Float64Array[] },
): number[] {
  const { probabilities } = options;
  if (options.strategy === 'code') return probabilities.map((_, code) => code);
  const byFrequency = frequencyOrder(probabilities);
  if (options.strategy === 'frequency' || options.scores.length === 0) return byFrequency;
  let best: { means: Float64Array; eta: number } | null = null;
  for (const scores of options.scores) {
    const candidate = groupMeans(codes, scores, probabilities.length);
    if (best === null || candidate.eta > best.eta) best = candidate;
  }
  const means = best?.means ?? new Float64Array(probabilities.length);
  const rank = new Int32Array(probabilities.length);
  byFrequency.forEach((code, position) => (rank[code] = position));
  return probabilities
    .map((_, code) => code)
    .sort((left, right) => (means[left] ?? 0) - (means[right] ?? 0) || (rank[left] ?? 0) - (rank[right] ?? 0));
}
