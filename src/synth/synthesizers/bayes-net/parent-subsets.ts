// Candidate parent sets for the greedy search: subsets of the chosen attributes that contain the newest one.

/**
 * Every subset of `chosen` that includes `newest`, with at most `maxSize` members and a product of bin counts
 * (parent configurations) no larger than `maxConfigurations`. Members are sorted by column index.
 * @example
 * parentSubsets({ chosen: [0, 1, 2], newest: 2, maxSize: 2, binCounts: [3, 3, 3], maxConfigurations: 100 });
 * // [[2], [0, 2], [1, 2]]
 */
export function parentSubsets(options: {
  chosen: readonly number[];
  newest: number;
  maxSize: number;
  binCounts: readonly number[];
  maxConfigurations: number;
}): number[][] {
  const { newest, maxSize, binCounts, maxConfigurations } = options;
  const others = options.chosen.filter((column) => column !== newest);
  const subsets: number[][] = [];
  const extend = (members: number[], from: number, configurations: number) => {
    subsets.push([...members].sort((a, b) => a - b));
    if (members.length >= maxSize) return;
    for (let index = from; index < others.length; index++) {
      const column = others[index] ?? 0;
      const next = configurations * (binCounts[column] ?? 1);
      if (next <= maxConfigurations) extend([...members, column], index + 1, next);
    }
  };
  const newestConfigurations = binCounts[newest] ?? 1;
  if (maxSize >= 1 && newestConfigurations <= maxConfigurations) extend([newest], 0, newestConfigurations);
  return subsets;
}
