// Turns any user query into a safe FTS5 MATCH expression: the query's index terms, each quoted, joined by OR.
import { searchTerms } from '../store/index.ts';

/**
 * Null when the query has no searchable term. Quoting every term means FTS5 syntax in a query (", *, NEAR, AND, ^, :)
 * is only ever text, never an error.
 * @example
 * matchExpression('요금제를 "바꾸려면"*'); // '"요금제" OR "요금" OR "금제" OR "제를" OR "바꾸려면" OR …'
 */
export function matchExpression(query: string): string | null {
  const terms = [...new Set(searchTerms(query))];
  if (terms.length === 0) return null;
  return quoteTerms(terms);
}

/**
 * Index terms as an OR of quoted FTS5 strings.
 * @example
 * quoteTerms(['환불', 'a"b']); // '"환불" OR "a""b"'
 */
export function quoteTerms(terms: string[]): string {
  return terms.map((term) => `"${term.replaceAll('"', '""')}"`).join(' OR ');
}
