// Finds a node's best split over all predictors: threshold splits on quantile bins, category subsets by the ordering trick.
import type { PredictorBins } from './predictor-bins.ts';
import type { SplitScratch, SplitTarget } from './split-target.ts';

/** The rows of one node: `rows[start … end − 1]`. */
export interface NodeRows {
  rows: Int32Array;
  start: number;
  end: number;
}

export interface SplitSearch {
  /** Binned columns by column index. */
  features: readonly PredictorBins[];
  /** Column indices the tree may split on (the columns visited before its target). */
  predictors: readonly number[];
  target: SplitTarget;
  minLeaf: number;
  scratch: SplitScratch;
}

export interface BestSplit {
  feature: number;
  /** Impurity decrease in row units: Σ n·Gini for classes, sum of squared errors for values. */
  gain: number;
  /** Bins (continuous) or codes (discrete) present in the node that go left, and those that go right. */
  leftBins: number[];
  rightBins: number[];
  leftRows: number;
}

interface NodeSummary {
  rowCount: number;
  /** classification: Σ count²; regression: Σ y. */
  total: number;
  majority: number;
}

/**
 * Best split of a node or null when no split leaves `minLeaf` rows on both sides.
 * @example
 * const split = findBestSplit({ rows, start: 0, end: rows.length }, search);
 */
export function findBestSplit(node: NodeRows, search: SplitSearch): BestSplit | null {
  const candidates = searchNode(node, { search, predictors: search.predictors, balanced: false });
  let best: BestSplit | null = null;
  for (const candidate of candidates) if (best === null || candidate.gain > best.gain) best = candidate;
  return best;
}

/**
 * One split per predictor at the point that halves the node's rows (in the same bin / category order the best-split
 * search uses), whatever its gain: the first step of a lookahead for interactions such as XOR, where no single split
 * gains anything on its own.
 */
export function balancedSplits(node: NodeRows, search: SplitSearch): BestSplit[] {
  return searchNode(node, { search, predictors: search.predictors, balanced: true });
}

function searchNode(node: NodeRows, mode: { search: SplitSearch; predictors: readonly number[]; balanced: boolean }): BestSplit[] {
  const { search } = mode;
  const summary = summarize(node, search);
  const candidates: BestSplit[] = [];
  for (const feature of mode.predictors) {
    const candidate = searchFeature({ node, search, summary, balanced: mode.balanced }, feature);
    if (candidate) candidates.push(candidate);
  }
  if (search.target.kind === 'classification') {
    const { codes } = search.target;
    for (let index = node.start; index < node.end; index += 1) search.scratch.nodeClass[codes[node.rows[index] ?? 0] ?? 0] = 0;
  }
  return candidates;
}

/** Weighted impurity of a node in row units (n·Gini or SSE); splits are judged against the root's. */
export function nodeImpurity(node: NodeRows, target: SplitTarget): number {
  const rowCount = node.end - node.start;
  if (rowCount === 0) return 0;
  if (target.kind === 'regression') {
    let sum = 0;
    let squares = 0;
    for (let index = node.start; index < node.end; index += 1) {
      const value = target.values[node.rows[index] ?? 0] ?? 0;
      sum += value;
      squares += value * value;
    }
    return Math.max(0, squares - (sum * sum) / rowCount);
  }
  const counts = new Map<number, number>();
  for (let index = node.start; index < node.end; index += 1) {
    const code = target.codes[node.rows[index] ?? 0] ?? 0;
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let squares = 0;
  for (const count of counts.values()) squares += count * count;
  return rowCount - squares / rowCount;
}

function summarize(node: NodeRows, search: SplitSearch): NodeSummary {
  const rowCount = node.end - node.start;
  const { target, scratch } = search;
  let total = 0;
  let majority = 0;
  if (target.kind === 'regression') {
    for (let index = node.start; index < node.end; index += 1) total += target.values[node.rows[index] ?? 0] ?? 0;
    return { rowCount, total, majority };
  }
  let majorityCount = 0;
  for (let index = node.start; index < node.end; index += 1) {
    const code = target.codes[node.rows[index] ?? 0] ?? 0;
    const count = (scratch.nodeClass[code] ?? 0) + 1;
    scratch.nodeClass[code] = count;
    total += 2 * count - 1;
    if (count > majorityCount) {
      majorityCount = count;
      majority = code;
    }
  }
  return { rowCount, total, majority };
}

interface FeatureSearch {
  node: NodeRows;
  search: SplitSearch;
  summary: NodeSummary;
  /** Take the cut that halves the rows instead of the one with the largest gain. */
  balanced: boolean;
}

function searchFeature(context: FeatureSearch, feature: number): BestSplit | null {
  const { search } = context;
  const bins = search.features[feature];
  if (!bins) return null;
  const present = countBins(context, bins);
  let result: BestSplit | null = null;
  if (present.length >= 2) {
    orderBins(present, bins.kind === 'continuous' ? null : { scratch: search.scratch, target: search.target });
    const cut =
      search.target.kind === 'regression' ? sweepRegression(present, context) : sweepClassification(present, { context, bins: bins.bins });
    if (cut.index >= 0)
      result = {
        feature,
        gain: cut.gain,
        leftBins: present.slice(0, cut.index + 1),
        rightBins: present.slice(cut.index + 1),
        leftRows: cut.leftRows,
      };
  }
  for (const bin of present) {
    search.scratch.binRows[bin] = 0;
    search.scratch.binSum[bin] = 0;
    search.scratch.binMajority[bin] = 0;
  }
  return result;
}

function countBins(context: FeatureSearch, bins: PredictorBins): number[] {
  const { node, search, summary } = context;
  const { scratch, target } = search;
  const present: number[] = [];
  for (let index = node.start; index < node.end; index += 1) {
    const row = node.rows[index] ?? 0;
    const bin = bins.bins[row] ?? 0;
    const count = scratch.binRows[bin] ?? 0;
    if (count === 0) present.push(bin);
    scratch.binRows[bin] = count + 1;
    if (target.kind === 'regression') scratch.binSum[bin] = (scratch.binSum[bin] ?? 0) + (target.values[row] ?? 0);
    else if (target.codes[row] === summary.majority) scratch.binMajority[bin] = (scratch.binMajority[bin] ?? 0) + 1;
  }
  return present;
}

/** Continuous bins keep their order; categories are ordered by target mean or by their share of the majority class. */
function orderBins(present: number[], discrete: { scratch: SplitScratch; target: SplitTarget } | null): void {
  if (!discrete) {
    present.sort((a, b) => a - b);
    return;
  }
  const { scratch, target } = discrete;
  const numerator = target.kind === 'regression' ? scratch.binSum : scratch.binMajority;
  const key = (bin: number): number => (numerator[bin] ?? 0) / (scratch.binRows[bin] ?? 1);
  present.sort((a, b) => key(a) - key(b) || a - b);
}

interface Cut {
  index: number;
  gain: number;
  leftRows: number;
}

function sweepRegression(present: number[], context: FeatureSearch): Cut {
  const { search, summary } = context;
  const { rowCount, total } = summary;
  const parent = (total * total) / rowCount;
  let leftRows = 0;
  let leftSum = 0;
  const best: Cut = { index: -1, gain: 0, leftRows: 0 };
  for (let position = 0; position < present.length - 1; position += 1) {
    const bin = present[position] ?? 0;
    leftRows += search.scratch.binRows[bin] ?? 0;
    leftSum += search.scratch.binSum[bin] ?? 0;
    const rightRows = rowCount - leftRows;
    if (leftRows < search.minLeaf) continue;
    if (rightRows < search.minLeaf) break;
    const rightSum = total - leftSum;
    const gain = (leftSum * leftSum) / leftRows + (rightSum * rightSum) / rightRows - parent;
    if (context.balanced && leftRows * 2 >= rowCount) return { index: position, gain: Math.max(0, gain), leftRows };
    if (gain > best.gain) Object.assign(best, { index: position, gain, leftRows });
  }
  return best;
}

function sweepClassification(present: number[], input: { context: FeatureSearch; bins: Int32Array }): Cut {
  const { node, search, summary } = input.context;
  const { scratch } = search;
  const codes = search.target.kind === 'classification' ? search.target.codes : new Int32Array(0);
  let offset = 0;
  for (const bin of present) {
    scratch.binStart[bin] = offset;
    offset += scratch.binRows[bin] ?? 0;
  }
  for (let index = node.start; index < node.end; index += 1) {
    const row = node.rows[index] ?? 0;
    const bin = input.bins[row] ?? 0;
    const slot = scratch.binStart[bin] ?? 0;
    scratch.bucketedRows[slot] = row;
    scratch.binStart[bin] = slot + 1;
    const code = codes[row] ?? 0;
    scratch.rightClass[code] = scratch.nodeClass[code] ?? 0;
  }
  const { rowCount } = summary;
  const parent = summary.total / rowCount;
  let leftSquares = 0;
  let rightSquares = summary.total;
  let slot = 0;
  const best: Cut = { index: -1, gain: 0, leftRows: 0 };
  for (let position = 0; position < present.length - 1; position += 1) {
    const end = slot + (scratch.binRows[present[position] ?? 0] ?? 0);
    for (; slot < end; slot += 1) {
      const code = codes[scratch.bucketedRows[slot] ?? 0] ?? 0;
      const left = scratch.leftClass[code] ?? 0;
      const right = scratch.rightClass[code] ?? 0;
      leftSquares += 2 * left + 1;
      rightSquares -= 2 * right - 1;
      scratch.leftClass[code] = left + 1;
      scratch.rightClass[code] = right - 1;
    }
    const leftRows = end;
    const rightRows = rowCount - leftRows;
    if (leftRows < search.minLeaf) continue;
    if (rightRows < search.minLeaf) break;
    const gain = leftSquares / leftRows + rightSquares / rightRows - parent;
    if (input.context.balanced && leftRows * 2 >= rowCount) {
      Object.assign(best, { index: position, gain: Math.max(0, gain), leftRows });
      break;
    }
    if (gain > best.gain) Object.assign(best, { index: position, gain, leftRows });
  }
  for (let index = node.start; index < node.end; index += 1) {
    const code = codes[node.rows[index] ?? 0] ?? 0;
    scratch.leftClass[code] = 0;
    scratch.rightClass[code] = 0;
  }
  return best;
}
