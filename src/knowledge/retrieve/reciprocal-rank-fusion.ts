// Reciprocal-rank fusion: merges ranked lists by 1/(k + rank), which needs no score calibration between bm25 and cosine.
import type { RankedChunk } from './lexical-search.ts';

/**
 * Fused relevance in [0,1]: 1 for a chunk ranked first in every list. `weights` scale each list's votes.
 * @example
 * fuseRankings([[{ rowid: 1, relevance: 9 }], [{ rowid: 1, relevance: 0.8 }]]); // [{ rowid: 1, relevance: 1 }]
 */
export function fuseRankings(rankings: RankedChunk[][], options: { k?: number; weights?: number[] } = {}): RankedChunk[] {
  const k = options.k ?? 60;
  const lists = rankings
    .map((ranking, index) => ({ ranking, weight: options.weights?.[index] ?? 1 }))
    .filter(({ ranking }) => ranking.length > 0);
  if (lists.length === 0) return [];
  const maximum = lists.reduce((sum, { weight }) => sum + weight, 0) / (k + 1);
  const fused = new Map<number, number>();
  for (const { ranking, weight } of lists) {
    ranking.forEach((entry, position) => fused.set(entry.rowid, (fused.get(entry.rowid) ?? 0) + weight / (k + position + 1)));
  }
  return [...fused]
    .map(([rowid, score]) => ({ rowid, relevance: score / maximum }))
    .sort((a, b) => b.relevance - a.relevance || a.rowid - b.rowid);
}
