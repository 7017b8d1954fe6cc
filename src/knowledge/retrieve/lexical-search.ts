// Lexical retrieval: bm25 over the Korean-aware search terms, from the base's in-memory term index (FTS5's formula and
// defaults; see store/lexical-index.ts), filtered through SQL on the documents table.
import type Database from 'better-sqlite3';
import { lexicalIndexOf, searchTerms, type KnowledgeBase, type LexicalIndex } from '../store/index.ts';
import type { SearchFilter } from '../types.ts';
import { filteredSearch } from './filtered-rows.ts';
import { filterCondition } from './search-filter.ts';

export interface RankedChunk {
  rowid: number;
  /** Higher is better: bm25 for lexical, cosine similarity for vectors. */
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
  const { database, base, limit } = options;
  const index = lexicalIndexOf(database, base);
  const terms = weightedTerms(index, options.query);
  if (terms.length === 0) return [];
  const condition = filterCondition(options.filter);
  const hits = condition.sql
    ? filteredSearch({ database, base, condition, limit, search: (search) => index.search({ ...search, terms }) })
    : index.search({ terms, limit });
  return hits.map((hit) => ({ rowid: hit.rowid, relevance: hit.score }));
}

/**
 * The query's distinct terms without those in half the rows or more: bm25 floors their idf at 1e-6, so they cannot
 * change an order, yet they have the longest posting lists. When every term is that common, they all stay.
 */
function weightedTerms(index: LexicalIndex, query: string): string[] {
  const terms = [...new Set(queryTerms(index, query))].filter((term) => index.frequency(term) > 0);
  const weighted = terms.filter((term) => index.frequency(term) < index.count / 2);
  return weighted.length > 0 ? weighted : terms;
}

/**
 * A query's terms: a Korean word whose particle-stripped stem is in the index counts as that stem alone; its syllable
 * bigrams (which reach compounds and other inflections) are only used when the stem itself is unknown, so a matched
 * word does not also spread score over every passage that shares one of its syllable pairs.
 */
function queryTerms(index: LexicalIndex, query: string): string[] {
  const terms: string[] = [];
  for (const word of query.normalize('NFC').split(/[^\p{L}\p{N}]+/u)) {
    if (!word) continue;
    const wordTerms = searchTerms(word);
    const [stem] = wordTerms;
    const hangul = /^[\uac00-\ud7a3]+$/u.test(word);
    terms.push(...(hangul && stem !== undefined && index.frequency(stem) > 0 ? [stem] : wordTerms));
  }
  return terms;
}
