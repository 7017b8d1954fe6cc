// Reciprocal-rank fusion: merges ranked lists by 1/(k + rank), which needs no score calibration between bm25 and cosine.
import type { RankedChunk } from './lexical-search.ts';

/**
 * Fused relevance in [0,1]: 1 for a chunk ranked first in every list.
 * @example
 * fuseRankings([[{ rowid: 1, relevance: 9 }], [{ rowid: 1, relevance: 0.8 }]]); // [{ rowid: 1, relevance: 1 }]
 */
export function fuseRankings(rankings: RankedChunk[][], options: { k?: number } = {}): RankedChunk[] {
  const k = options.k ?? 60;
  const lists = rankings.filter((ranking) => ranking.length > 0);
  if (lists.length === 0) return [];
  const maximum = lists.length / (k + 1);
  const fused = new Map<number, number>();
  for (const ranking of lists) {
    ranking.forEach((entry, position) => fused.set(entry.rowid, (fused.get(entry.rowid) ?? 0) + 1 / (k + position + 1)));
  }
  return [...fused]
    .map(([rowid, score]) => ({ rowid, relevance: score / maximum }))
    .sort((a, b) => b.relevance - a.relevance || a.rowid - b.rowid);
}
