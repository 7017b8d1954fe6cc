// Lexical retrieval: FTS5 over the Korean-aware search text, ranked by bm25(), filtered in the same SQL.
import type Database from 'better-sqlite3';
import type { KnowledgeBase } from '../store/index.ts';
import type { SearchFilter } from '../types.ts';
import { matchExpression } from './match-expression.ts';
import { filterCondition } from './search-filter.ts';
import { prepared } from './statement-cache.ts';

export interface RankedChunk {
  rowid: number;
  /** Higher is better: -bm25 for lexical, cosine similarity for vectors. */
  relevance: number;
}

/**
 * Best chunks of a base for a query, best first.
 * @example
 * lexicalSearch({ database, base, query: '환불 기간', limit: 20 }); // [{ rowid: 12, relevance: 3.1 }, …]
 */
export function lexicalSearch(options: {
  database: Database.Database;
  base: KnowledgeBase;
  query: string;
  filter?: SearchFilter;
  limit: number;
}): RankedChunk[] {
  const expression = matchExpression(options.query);
  if (expression === null) return [];
  const condition = filterCondition(options.filter);
  const join = condition.sql ? 'JOIN knowledge_documents d ON d.id = c.doc_id' : '';
  const sql = `SELECT s.rowid AS rowid, bm25(knowledge_chunk_search) AS score
    FROM knowledge_chunk_search s JOIN knowledge_chunks c ON c.seq = s.rowid ${join}
    WHERE knowledge_chunk_search MATCH ? AND c.kb_id = ?${condition.sql}
    ORDER BY score LIMIT ?`;
  const rows = prepared(options.database, sql).all(expression, options.base.id, ...condition.parameters, options.limit) as Array<{
    rowid: number;
    score: number;
  }>;
  return rows.map((row) => ({ rowid: row.rowid, relevance: -row.score }));
}
