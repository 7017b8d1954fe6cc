// Vector retrieval: sqlite-vec KNN over the base's vec0 table; with a filter it over-fetches, then filters in SQL.
import type Database from 'better-sqlite3';
import { vectorTableName, type KnowledgeBase } from '../store/index.ts';
import type { SearchFilter } from '../types.ts';
import type { RankedChunk } from './lexical-search.ts';
import { filterCondition } from './search-filter.ts';
import { prepared } from './statement-cache.ts';

/** sqlite-vec's ceiling on k. */
const maximumNeighbours = 4096;

/**
 * Nearest chunks by cosine similarity, best first.
 * @example
 * vectorSearch({ database, base, vector, limit: 20 }); // [{ rowid: 3, relevance: 0.82 }, …]
 */
export function vectorSearch(options: {
  database: Database.Database;
  base: KnowledgeBase;
  vector: Float32Array;
  filter?: SearchFilter;
  limit: number;
  /** How many neighbours to fetch per wanted result when a filter may drop some. */
  overFetch?: number;
}): RankedChunk[] {
  const table = vectorTableName(options.base.id);
  const condition = filterCondition(options.filter);
  const neighbours = Math.min(maximumNeighbours, condition.sql ? options.limit * (options.overFetch ?? 10) : options.limit);
  const sql = condition.sql
    ? `WITH knn AS (SELECT rowid, distance FROM ${table} WHERE embedding MATCH ? AND k = ?)
       SELECT knn.rowid AS rowid, knn.distance AS distance FROM knn
       JOIN knowledge_chunks c ON c.seq = knn.rowid JOIN knowledge_documents d ON d.id = c.doc_id
       WHERE 1${condition.sql} ORDER BY knn.distance LIMIT ?`
    : `SELECT rowid, distance FROM ${table} WHERE embedding MATCH ? AND k = ? ORDER BY distance`;
  const parameters = condition.sql ? [...condition.parameters, options.limit] : [];
  const rows = prepared(options.database, sql).all(options.vector, neighbours, ...parameters) as Array<{
    rowid: number;
    distance: number;
  }>;
  return rows.map((row) => ({ rowid: row.rowid, relevance: Math.max(0, Math.min(1, 1 - row.distance)) }));
}
