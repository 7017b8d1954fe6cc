// A simple reranker: blends the retrieval score with how much of the query's terms a chunk contains.
import { searchTerms } from '../store/index.ts';

export interface RerankCandidate {
  text: string;
  score: number;
}

/**
 * New score = 0.7 × retrieval score + 0.3 × share of the query's terms found in the chunk; best first.
 * @example
 * rerankByOverlap('환불 기간', [{ text: '배송 안내', score: 0.9 }, { text: '환불 기간은 7일', score: 0.85 }]);
 */
export function rerankByOverlap<Candidate extends RerankCandidate>(query: string, candidates: Candidate[]): Candidate[] {
  const queryTerms = new Set(searchTerms(query));
  if (queryTerms.size === 0) return candidates;
  return candidates
    .map((candidate, position) => {
      const chunkTerms = new Set(searchTerms(candidate.text));
      let found = 0;
      for (const term of queryTerms) if (chunkTerms.has(term)) found += 1;
      return { candidate: { ...candidate, score: 0.7 * candidate.score + 0.3 * (found / queryTerms.size) }, position };
    })
    .sort((a, b) => b.candidate.score - a.candidate.score || a.position - b.position)
    .map((entry) => entry.candidate);
}
