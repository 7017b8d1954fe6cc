// Greedy PrivBayes structure search: add attributes one by one, each with the parent set of highest mutual information.
import { exponentialMechanism, mutualInformationSensitivity } from './privacy-mechanisms.ts';
import { createMutualInformationScorer, type MutualInformationScorer } from './mutual-information.ts';
import { parentSubsets } from './parent-subsets.ts';
import { maxParentConfigurations, minRowsPerCell, structureEvaluationBudget } from './settings.ts';

export interface NetworkStructureNode {
  column: number;
  parents: number[];
}

export interface StructurePrivacy {
  /** ε1, split evenly over the d − 1 choices. */
  epsilon: number;
  /** θ-usefulness cap on a (child, parents) table: |child bins| · |parent configurations| must stay below it. */
  maxUsefulCells: number;
}

export interface LearnNetworkOptions {
  bins: Int32Array[];
  binCounts: number[];
  degree: number;
  privacy: StructurePrivacy | null;
  random: () => number;
  onProgress?: (fraction: number) => void;
}

interface Candidate {
  child: number;
  parents: number[];
  score: number;
  binary: boolean;
}

/** Without privacy the search starts at the attribute most informative about all others; under privacy at random. */
function firstAttribute(scorer: MutualInformationScorer, options: LearnNetworkOptions): number {
  const columnCount = options.bins.length;
  if (options.privacy) return Math.min(columnCount - 1, Math.floor(options.random() * columnCount));
  const totals = new Float64Array(columnCount);
  for (let parent = 0; parent < columnCount; parent++) {
    const codes = scorer.parentCodes([parent]);
    for (let child = parent + 1; child < columnCount; child++) {
      const information = scorer.score(child, codes);
      totals[parent] = (totals[parent] ?? 0) + information;
      totals[child] = (totals[child] ?? 0) + information;
    }
  }
  let best = 0;
  for (let column = 1; column < columnCount; column++) if ((totals[column] ?? 0) > (totals[best] ?? 0)) best = column;
  return best;
}

/** A seeded sub-sample of the new parent sets, always keeping the newest attribute alone (pairwise links). */
function limitSubsets(subsets: number[][], limit: number, random: () => number): number[][] {
  if (subsets.length <= limit) return subsets;
  const [single, ...rest] = subsets;
  for (let index = rest.length - 1; index > 0; index--) {
    const swap = Math.floor(random() * (index + 1));
    [rest[index], rest[swap]] = [rest[swap] ?? [], rest[index] ?? []];
  }
  return [...(single ? [single] : []), ...rest.slice(0, Math.max(0, limit - 1))];
}

function pick(candidates: Candidate[], options: LearnNetworkOptions, rowCount: number): Candidate | undefined {
  const { privacy } = options;
  if (!privacy)
    return candidates.reduce<Candidate | undefined>((best, next) => (!best || next.score > best.score ? next : best), undefined);
  const binary = candidates.every((candidate) => candidate.binary);
  const steps = Math.max(1, options.bins.length - 1);
  const index = exponentialMechanism(
    candidates.map((candidate) => candidate.score),
    { epsilon: privacy.epsilon / steps, sensitivity: mutualInformationSensitivity(rowCount, binary), random: options.random },
  );
  return candidates[index];
}

/**
 * Returns the attributes in sampling order with their parents (at most `degree` each, parents earlier in the order).
 * @example
 * learnNetwork({ bins, binCounts, degree: 2, privacy: null, random: seededRandom(1) });
 * // [{ column: 2, parents: [] }, { column: 0, parents: [2] }, …]
 */
export function learnNetwork(options: LearnNetworkOptions): NetworkStructureNode[] {
  const { bins, binCounts, degree, privacy, random } = options;
  const columnCount = bins.length;
  if (columnCount === 0) return [];
  if (degree === 0) return bins.map((_, column) => ({ column, parents: [] }));
  const rowCount = bins[0]?.length ?? 0;
  const scorer = createMutualInformationScorer({ bins, binCounts });
  const first = firstAttribute(scorer, options);
  const network: NetworkStructureNode[] = [{ column: first, parents: [] }];
  const chosen = [first];
  const candidates = new Map<number, Candidate[]>();
  for (let column = 0; column < columnCount; column++)
    if (column !== first) candidates.set(column, [{ child: column, parents: [], score: 0, binary: true }]);
  const maxConfigurations = Math.min(maxParentConfigurations, privacy ? Math.max(1, privacy.maxUsefulCells) : Infinity);
  const evaluationsPerStep = Math.max(columnCount, Math.floor(structureEvaluationBudget / Math.max(1, columnCount - 1)));
  while (candidates.size > 0) {
    const newest = chosen.at(-1) ?? first;
    const subsets = parentSubsets({ chosen, newest, maxSize: degree, binCounts, maxConfigurations });
    const perSet = Math.max(1, Math.floor(evaluationsPerStep / candidates.size));
    for (const parents of limitSubsets(subsets, perSet, random)) {
      const codes = scorer.parentCodes(parents);
      for (const [child, list] of candidates) {
        const childBins = binCounts[child] ?? 1;
        if (privacy && childBins * codes.configurations > privacy.maxUsefulCells) continue;
        if (!privacy && childBins * codes.configurations * minRowsPerCell > rowCount) continue;
        const binary = childBins <= 2 || codes.configurations <= 2;
        list.push({ child, parents, score: scorer.score(child, codes), binary });
      }
    }
    const best = pick([...candidates.values()].flat(), options, rowCount);
    if (!best) break;
    network.push({ column: best.child, parents: best.parents });
    chosen.push(best.child);
    candidates.delete(best.child);
    options.onProgress?.(network.length / columnCount);
  }
  return network;
}
