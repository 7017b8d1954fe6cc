// SearchFilter as a SQL condition over the documents table (alias d), so filtering happens before ranking.
import type { SearchFilter } from '../types.ts';

export interface SqlCondition {
  sql: string;
  parameters: unknown[];
}

/**
 * Source: a path equals, or is under a folder (`docs/` or `docs/*`, or `docs` matching `docs/…`); tag: any of; dates:
 * inclusive, compared at the precision given (after '2024-03' keeps all of March).
 * @example
 * filterCondition({ source: 'policies/', tag: ['billing'] }); // { sql: ' AND (…) AND (…)', parameters: [...] }
 */
export function filterCondition(filter: SearchFilter | undefined): SqlCondition {
  const clauses: string[] = [];
  const parameters: unknown[] = [];
  if (!filter) return { sql: '', parameters };
  const sources = toList(filter.source);
  if (sources.length > 0) {
    const parts = sources.map((source) => {
      const prefix = source.replace(/\*+$/u, '');
      if (prefix !== source || prefix.endsWith('/')) {
        parameters.push(prefix.length, prefix);
        return 'substr(d.path, 1, ?) = ?';
      }
      parameters.push(source, source.length + 1, `${source}/`);
      return '(d.path = ? OR substr(d.path, 1, ?) = ?)';
    });
    clauses.push(`(${parts.join(' OR ')})`);
  }
  const tags = toList(filter.tag);
  if (tags.length > 0) {
    clauses.push('EXISTS (SELECT 1 FROM json_each(d.tags) t WHERE t.value IN (SELECT value FROM json_each(?)))');
    parameters.push(JSON.stringify(tags));
  }
  if (filter.after) {
    clauses.push('substr(d.doc_date, 1, ?) >= ?');
    parameters.push(filter.after.length, filter.after);
  }
  if (filter.before) {
    clauses.push('substr(d.doc_date, 1, ?) <= ?');
    parameters.push(filter.before.length, filter.before);
  }
  return { sql: clauses.map((clause) => ` AND ${clause}`).join(''), parameters };
}

function toList(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter((entry) => entry.length > 0);
}
