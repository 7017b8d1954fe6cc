// Which rows of a base a search filter lets through, in SQL over the documents table: for a candidate list, or all.
import type Database from 'better-sqlite3';
import type { KnowledgeBase } from '../store/index.ts';
import type { SqlCondition } from './search-filter.ts';
import { prepared } from './statement-cache.ts';

/**
 * The rows of the base (among `rowids` when given) that pass `condition` (from filterCondition).
 * @example
 * passingRows({ database, base, condition: filterCondition({ tag: 'billing' }), rowids: [3, 9] }); // Set { 9 }
 */
export function passingRows(options: {
  database: Database.Database;
  base: KnowledgeBase;
  condition: SqlCondition;
  rowids?: number[];
}): Set<number> {
  const { condition } = options;
  const among = options.rowids ? ' AND c.seq IN (SELECT value FROM json_each(?))' : '';
  // With a candidate list, `+` keeps SQLite on rowid lookups instead of walking the base's kb_id index.
  const kbColumn = options.rowids ? '+c.kb_id' : 'c.kb_id';
  const rowids = prepared(
    options.database,
    `SELECT c.seq FROM knowledge_chunks c JOIN knowledge_documents d ON d.id = c.doc_id WHERE ${kbColumn} = ?${among}${condition.sql}`,
  )
    .pluck()
    .all(options.base.id, ...(options.rowids ? [JSON.stringify(options.rowids)] : []), ...condition.parameters) as number[];
  return new Set(rowids);
}

/**
 * Runs a ranked search with a filter: over-fetch and check the candidates in SQL, and only when too few pass, list
 * every allowed row and search again inside them (a narrow filter still gets its best rows).
 * @example
 * filteredSearch({ database, base, condition, limit: 20, search: (options) => index.search({ ...options, vector }) });
 */
export function filteredSearch<Hit extends { rowid: number }>(options: {
  database: Database.Database;
  base: KnowledgeBase;
  condition: SqlCondition;
  limit: number;
  overFetch?: number;
  search: (options: { limit: number; allowed?: (rowid: number) => boolean }) => Hit[];
}): Hit[] {
  const { database, base, condition, limit } = options;
  const fetched = limit * (options.overFetch ?? 4);
  const candidates = options.search({ limit: fetched });
  const passing = passingRows({ database, base, condition, rowids: candidates.map((hit) => hit.rowid) });
  const kept = candidates.filter((hit) => passing.has(hit.rowid));
  if (kept.length >= limit || candidates.length < fetched) return kept.slice(0, limit);
  const allowed = passingRows({ database, base, condition });
  if (allowed.size === 0) return [];
  return options.search({ limit, allowed: (rowid) => allowed.has(rowid) });
}
