// Vector retrieval over the base's in-memory index (see store/vector-index.ts); sqlite-vec stays the durable copy.
import type Database from 'better-sqlite3';
import { vectorIndexOf, type KnowledgeBase } from '../store/index.ts';
import type { SearchFilter } from '../types.ts';
import { filteredSearch } from './filtered-rows.ts';
import type { RankedChunk } from './lexical-search.ts';
import { filterCondition } from './search-filter.ts';

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
  const { database, base, limit, vector } = options;
  const index = vectorIndexOf(database, base);
  const condition = filterCondition(options.filter);
  const hits = condition.sql
    ? filteredSearch({
        database,
        base,
        condition,
        limit,
        overFetch: options.overFetch,
        search: (search) => index.search({ ...search, vector }),
      })
    : index.search({ vector, limit });
  return hits.map((hit) => ({ rowid: hit.rowid, relevance: Math.max(0, Math.min(1, hit.similarity)) }));
}
