// Chooses the order columns are generated in: as given, discrete low-cardinality first, or greedily by mutual information.
import type { ColumnOrderStrategy } from './cart-options.ts';
import type { PredictorBins } from './predictor-bins.ts';

/** Coarse codes per column for the mutual-information estimate; few levels keep its small-sample bias low. */
const informationLevels = 16;

/**
 * Column indices in visiting order.
 * @example
 * columnOrder(features, 'cardinality'); // e.g. [2, 0, 1]: booleans, then categories, then continuous columns
 */
export function columnOrder(features: readonly PredictorBins[], strategy: ColumnOrderStrategy): number[] {
  const indices = features.map((_, index) => index);
  if (strategy === 'input') return indices;
  if (strategy === 'cardinality') {
    const rank = (index: number): number => {
      const bins = features[index];
      return bins?.kind === 'discrete' ? bins.binCount : Number.MAX_SAFE_INTEGER;
    };
    return indices.sort((a, b) => rank(a) - rank(b) || a - b);
  }
  return mutualInformationOrder(features);
}

/**
 * Discrete columns first, then continuous ones; within each group, starts with the column sharing most information with
 * all others, then adds the one best explained by those already chosen.
 */
function mutualInformationOrder(features: readonly PredictorBins[]): number[] {
  const codes = features.map(coarseCodes);
  const count = features.length;
  const information = Array.from({ length: count }, () => new Float64Array(count));
  for (let a = 0; a < count; a += 1)
    for (let b = a + 1; b < count; b += 1) {
      const value = mutualInformation(codes[a] ?? new Int32Array(0), codes[b] ?? new Int32Array(0));
      (information[a] ?? new Float64Array(count))[b] = value;
      (information[b] ?? new Float64Array(count))[a] = value;
    }
  const remaining = new Set(features.map((_, index) => index));
  const order: number[] = [];
  const linkToChosen = new Float64Array(count);
  const total = information.map((row) => row.reduce((sum, value) => sum + value, 0));
  // Discrete columns go first: a tree predicts a number from categories more sharply than categories from 64 bins.
  const tier = (index: number): number => (features[index]?.kind === 'discrete' ? 0 : 1);
  while (remaining.size > 0) {
    let best = -1;
    const nextTier = Math.min(...[...remaining].map(tier));
    for (const candidate of remaining) {
      if (tier(candidate) !== nextTier) continue;
      const score = order.length === 0 ? (total[candidate] ?? 0) : (linkToChosen[candidate] ?? 0);
      const bestScore = order.length === 0 ? (total[best] ?? -1) : (linkToChosen[best] ?? -1);
      if (best < 0 || score > bestScore) best = candidate;
    }
    order.push(best);
    remaining.delete(best);
    for (const candidate of remaining) linkToChosen[candidate] = (linkToChosen[candidate] ?? 0) + (information[best]?.[candidate] ?? 0);
  }
  return order;
}

/** Continuous bins merged to `informationLevels`; discrete codes keep their most frequent levels and pool the rest. */
function coarseCodes(bins: PredictorBins): Int32Array {
  const { binCount } = bins;
  if (bins.kind === 'continuous') return bins.bins.map((bin) => Math.floor((bin * informationLevels) / Math.max(1, binCount)));
  if (binCount <= informationLevels) return bins.bins;
  const frequency = new Float64Array(binCount);
  for (const code of bins.bins) frequency[code] = (frequency[code] ?? 0) + 1;
  const ranked = Array.from({ length: binCount }, (_, code) => code).sort((a, b) => (frequency[b] ?? 0) - (frequency[a] ?? 0) || a - b);
  const level = new Int32Array(binCount).fill(informationLevels - 1);
  ranked.slice(0, informationLevels - 1).forEach((code, index) => (level[code] = index));
  return bins.bins.map((code) => level[code] ?? 0);
}

function mutualInformation(a: Int32Array, b: Int32Array): number {
  const rowCount = a.length;
  const joint = new Float64Array(informationLevels * informationLevels);
  const marginalA = new Float64Array(informationLevels);
  const marginalB = new Float64Array(informationLevels);
  for (let row = 0; row < rowCount; row += 1) {
    const codeA = a[row] ?? 0;
    const codeB = b[row] ?? 0;
    const cell = codeA * informationLevels + codeB;
    joint[cell] = (joint[cell] ?? 0) + 1;
    marginalA[codeA] = (marginalA[codeA] ?? 0) + 1;
    marginalB[codeB] = (marginalB[codeB] ?? 0) + 1;
  }
  let information = 0;
  for (let codeA = 0; codeA < informationLevels; codeA += 1)
    for (let codeB = 0; codeB < informationLevels; codeB += 1) {
      const count = joint[codeA * informationLevels + codeB] ?? 0;
      if (count > 0) information += (count / rowCount) * Math.log((count * rowCount) / ((marginalA[codeA] ?? 1) * (marginalB[codeB] ?? 1)));
    }
  return information;
}
