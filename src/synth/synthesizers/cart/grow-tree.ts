// Grows one CART tree depth-first and writes it in the flattened pre-order layout of CartTreeParams.
import type { CartTreeParams } from './cart-params.ts';
import { balancedSplits, findBestSplit, nodeImpurity, type BestSplit, type NodeRows, type SplitSearch } from './split-search.ts';

export interface GrowTreeInput {
  search: SplitSearch;
  /** The fitted rows; reordered in place as nodes are partitioned. */
  rows: Int32Array;
  maxDepth: number;
  /** A split must decrease the impurity by this share of the root impurity. */
  complexity: number;
  /** Payload of a leaf holding `rows[start … end − 1]`. */
  leafPayload: (node: NodeRows) => number[];
}

/**
 * @example
 * const tree = growTree({ search, rows: Int32Array.from({ length: n }, (_, i) => i), maxDepth: 16, complexity: 1e-4, leafPayload });
 */
export function growTree(input: GrowTreeInput): CartTreeParams {
  const tree: CartTreeParams = { feature: [], split: [], left: [], right: [], categorySets: [], leafData: [] };
  const root: NodeRows = { rows: input.rows, start: 0, end: input.rows.length };
  const minGain = Math.max(1e-12, input.complexity * nodeImpurity(root, input.search.target));
  const grow = (node: NodeRows, depth: number): number => {
    const index = tree.feature.length;
    tree.feature.push(-1);
    tree.split.push(0);
    tree.left.push(-1);
    tree.right.push(-1);
    const canSplit = depth < input.maxDepth && node.end - node.start >= 2 * input.search.minLeaf;
    let split = canSplit ? findBestSplit(node, input.search) : null;
    const canLookAhead = depth + 2 <= input.maxDepth && node.end - node.start >= 4 * input.search.minLeaf;
    if ((!split || split.gain < minGain) && canLookAhead) split = lookAhead(node, { search: input.search, minGain });
    if (!split || split.gain < minGain) {
      tree.split[index] = tree.leafData.length;
      for (const value of input.leafPayload(node)) tree.leafData.push(value);
      return index;
    }
    const middle = partition(node, { search: input.search, split });
    tree.feature[index] = split.feature;
    tree.split[index] = splitValue(tree, { search: input.search, split, nodeRows: node.end - node.start });
    tree.left[index] = grow({ rows: node.rows, start: node.start, end: middle }, depth + 1);
    tree.right[index] = grow({ rows: node.rows, start: middle, end: node.end }, depth + 1);
    return index;
  };
  grow(root, 0);
  return tree;
}

/** A two-level split must gain this many times the usual minimum, so lookahead does not chase noise. */
const lookAheadMargin = 5;

/**
 * When no single split pays off, tries each predictor's balanced split followed by the children's best splits and keeps
 * the pair with the largest total gain: recovers XOR-like interactions a greedy tree misses. Its `gain` is the total.
 */
function lookAhead(node: NodeRows, input: { search: SplitSearch; minGain: number }): BestSplit | null {
  let best: BestSplit | null = null;
  let bestTotal = lookAheadMargin * input.minGain;
  for (const candidate of balancedSplits(node, input.search)) {
    const middle = partition(node, { search: input.search, split: candidate });
    const left = findBestSplit({ rows: node.rows, start: node.start, end: middle }, input.search)?.gain ?? 0;
    const right = findBestSplit({ rows: node.rows, start: middle, end: node.end }, input.search)?.gain ?? 0;
    const total = candidate.gain + left + right;
    if (total > bestTotal) {
      best = { ...candidate, gain: total };
      bestTotal = total;
    }
  }
  return best;
}

interface ChosenSplit {
  search: SplitSearch;
  split: BestSplit;
  nodeRows?: number;
}

/** Moves the rows going left to the front of the node and returns where the right child starts. */
function partition(node: NodeRows, chosen: ChosenSplit): number {
  const { binLeft } = chosen.search.scratch;
  const bins = chosen.search.features[chosen.split.feature]?.bins ?? new Int32Array(0);
  for (const bin of chosen.split.leftBins) binLeft[bin] = 1;
  const { rows } = node;
  let front = node.start;
  let back = node.end - 1;
  while (front <= back) {
    if (binLeft[bins[rows[front] ?? 0] ?? 0] === 1) front += 1;
    else {
      const swap = rows[front] ?? 0;
      rows[front] = rows[back] ?? 0;
      rows[back] = swap;
      back -= 1;
    }
  }
  for (const bin of chosen.split.leftBins) binLeft[bin] = 0;
  return front;
}

/** Threshold for continuous splits (centred in the gap between the node's bins); category bitset offset otherwise. */
function splitValue(tree: CartTreeParams, chosen: ChosenSplit): number {
  const { split, search } = chosen;
  const bins = search.features[split.feature];
  if (!bins) return 0;
  if (bins.kind === 'continuous') {
    const lastLeft = Math.max(...split.leftBins);
    const firstRight = Math.min(...split.rightBins);
    return bins.cuts[Math.floor((lastLeft + firstRight - 1) / 2)] ?? 0;
  }
  // Categories the node never saw go with the bigger side, the likelier guess for a sampled row.
  const absentGoLeft = split.leftRows * 2 >= (chosen.nodeRows ?? 0);
  const words = new Array<number>(Math.ceil(bins.binCount / 32)).fill(0);
  const left = new Set(split.leftBins);
  const right = new Set(split.rightBins);
  for (let code = 0; code < bins.binCount; code += 1) {
    const goesLeft = left.has(code) || (!right.has(code) && absentGoLeft);
    if (goesLeft) words[code >>> 5] = ((words[code >>> 5] ?? 0) | (1 << (code & 31))) >>> 0;
  }
  const offset = tree.categorySets.length;
  tree.categorySets.push(...words);
  return offset;
}
