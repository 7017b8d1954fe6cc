// Convex score fusion: each list's scores relative to its best, blended with weights; keeps bm25's margins that rank fusion flattens.
import type { RankedChunk } from './lexical-search.ts';

/**
 * Relevance in [0,1] = Σ weight × (score / best score of that list) / Σ weights; a chunk missing from a list gets 0 there.
 * @example
 * fuseScores([[{ rowid: 1, relevance: 9 }], [{ rowid: 2, relevance: 0.8 }]], { weights: [0.75, 0.25] });
 */
export function fuseScores(rankings: RankedChunk[][], options: { weights: number[] }): RankedChunk[] {
  const total = options.weights.reduce((sum, weight, index) => sum + ((rankings[index]?.length ?? 0) > 0 ? weight : 0), 0);
  if (total === 0) return [];
  const fused = new Map<number, number>();
  rankings.forEach((ranking, index) => {
    const best = ranking[0]?.relevance ?? 0;
    const weight = (options.weights[index] ?? 0) / total;
    if (best <= 0) return;
    for (const entry of ranking) fused.set(entry.rowid, (fused.get(entry.rowid) ?? 0) + (weight * Math.max(0, entry.relevance)) / best);
  });
  return [...fused].map(([rowid, relevance]) => ({ rowid, relevance })).sort((a, b) => b.relevance - a.relevance || a.rowid - b.rowid);
}
