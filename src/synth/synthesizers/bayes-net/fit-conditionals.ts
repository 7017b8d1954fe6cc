// Conditional tables of the network: smoothed counts without privacy, Laplace-noised joint tables (PrivBayes) with it.
import { compactNumber } from '../json-numbers.ts';
import { countFamily, marginalize } from './count-families.ts';
import type { NetworkStructureNode } from './learn-network.ts';
import { laplaceNoise } from './privacy-mechanisms.ts';
import { smoothingPseudoCount, storedDigits } from './settings.ts';
import type { ConditionalTable, NetworkNode } from './types.ts';

interface BinnedData {
  bins: Int32Array[];
  binCounts: number[];
}

export interface FitConditionalsOptions {
  data: BinnedData;
  network: NetworkStructureNode[];
  /** ε2 under differential privacy, else null. */
  epsilon: number | null;
  random: () => number;
}

const stored = (value: number): number => compactNumber(value, storedDigits);

/** Reads a joint laid out as [...parents, child] (parents fastest) into a sparse conditional table. */
function conditionalFromJoint(joint: Float64Array, options: { configurations: number; childBins: number; smoothing: number }) {
  const { configurations, childBins, smoothing } = options;
  const table: ConditionalTable = { configurations: [], bins: [], weights: [], fallback: [], smoothing };
  for (let bin = 0; bin < childBins; bin++) {
    let total = 0;
    for (let configuration = 0; configuration < configurations; configuration++) total += joint[bin * configurations + configuration] ?? 0;
    table.fallback.push(stored(total));
  }
  for (let configuration = 0; configuration < configurations; configuration++) {
    const bins: number[] = [];
    const weights: number[] = [];
    for (let bin = 0; bin < childBins; bin++) {
      const weight = joint[bin * configurations + configuration] ?? 0;
      if (weight > 0) {
        bins.push(bin);
        weights.push(stored(weight));
      }
    }
    if (bins.length === 0) continue;
    table.configurations.push(configuration);
    table.bins.push(bins);
    table.weights.push(weights);
  }
  return table;
}

const familyOf = (node: NetworkStructureNode): number[] => [...node.parents, node.column].sort((a, b) => a - b);
const isSubset = (small: readonly number[], large: readonly number[]) => small.every((member) => large.includes(member));

/**
 * PrivBayes releases one noisy joint per family that no larger family contains (d − k of them for a full-degree
 * network); the others are read off a containing one, so each released table gets ε2 / releasedCount.
 */
function releasedFamilies(network: NetworkStructureNode[]): { released: number[][]; sourceOf: number[] } {
  const families = network.map(familyOf);
  const order = families.map((_, index) => index).sort((a, b) => (families[b]?.length ?? 0) - (families[a]?.length ?? 0) || a - b);
  const released: number[][] = [];
  const sourceOf = new Array<number>(network.length).fill(0);
  for (const index of order) {
    const family = families[index] ?? [];
    const container = released.findIndex((candidate) => isSubset(family, candidate));
    if (container >= 0) sourceOf[index] = container;
    else sourceOf[index] = released.push(family) - 1;
  }
  return { released, sourceOf };
}

/** Noisy normalised joint: Laplace noise of scale 2·r/(n·ε2) per cell (L1 sensitivity 2/n), negatives clipped. */
function noisyJoint(counts: Float64Array, options: { rowCount: number; scale: number; random: () => number }): Float64Array {
  const joint = new Float64Array(counts.length);
  let total = 0;
  for (let cell = 0; cell < counts.length; cell++) {
    const value = Math.max(0, (counts[cell] ?? 0) / options.rowCount + laplaceNoise(options.random, options.scale));
    joint[cell] = value;
    total += value;
  }
  if (total > 0) for (let cell = 0; cell < joint.length; cell++) joint[cell] = (joint[cell] ?? 0) / total;
  else joint.fill(1 / Math.max(1, joint.length));
  return joint;
}

/**
 * Fits every node's conditional table and reports how many noisy tables were released (0 without privacy).
 * @example
 * fitConditionals({ data, network, epsilon: null, random: seededRandom(1) }).nodes[0].conditional.fallback;
 */
export function fitConditionals(options: FitConditionalsOptions): { nodes: NetworkNode[]; releasedTables: number } {
  const { data, network, epsilon, random } = options;
  const rowCount = data.bins[0]?.length ?? 0;
  const layoutOf = (node: NetworkStructureNode) => ({
    configurations: node.parents.reduce((product, parent) => product * (data.binCounts[parent] ?? 1), 1),
    childBins: data.binCounts[node.column] ?? 1,
  });
  if (epsilon === null) {
    const nodes = network.map((node) => {
      const joint = countFamily(data, [...node.parents, node.column]);
      const conditional = conditionalFromJoint(joint, { ...layoutOf(node), smoothing: smoothingPseudoCount });
      return { column: node.column, parents: node.parents, conditional };
    });
    return { nodes, releasedTables: 0 };
  }
  const { released, sourceOf } = releasedFamilies(network);
  const scale = (2 * released.length) / (Math.max(1, rowCount) * epsilon);
  const joints = released.map((family) => noisyJoint(countFamily(data, family), { rowCount: Math.max(1, rowCount), scale, random }));
  const nodes = network.map((node, index) => {
    const source = sourceOf[index] ?? 0;
    const joint = marginalize(joints[source] ?? new Float64Array(1), {
      members: released[source] ?? [],
      kept: [...node.parents, node.column],
      binCounts: data.binCounts,
    });
    return { column: node.column, parents: node.parents, conditional: conditionalFromJoint(joint, { ...layoutOf(node), smoothing: 0 }) };
  });
  return { nodes, releasedTables: released.length };
}
