// The rows of an SQL INSERT pasted as text (a migration, a ticket's repro, a query log): its column list names what each
// value holds, as a table's header does ("INSERT INTO patients (mrn, full_name, dob) VALUES ('00873412', 'O''Connell,
// Siobhan', '1979-04-02')").
import { rememberLastText } from '../last-text-memo.ts';
import { columnKindOf } from './column-headers.ts';
import type { LabelledCell } from './labelled-cell.ts';

/** An INSERT's column list and the word VALUES after it. */
const insertColumns = /\bINSERT\s+INTO\s+[\w."`[\]]+\s*\(([^()]{1,400})\)\s*VALUES\s*/gi;
/** An INSERT's column list, open before a point: its names are columns, no values. */
const openColumnList = /\bINSERT\s+INTO\s+[\w."`[\]]+\s*\([^()']*$/i;

/**
 * Whether `at` stands inside an INSERT's column list ("INSERT INTO customers (id, full_name, …").
 *
 * @example
 * isInInsertColumns('INSERT INTO t (id, full_name) VALUES', 18); // true
 */
export function isInInsertColumns(text: string, at: number): boolean {
  return openColumnList.test(text.slice(Math.max(0, at - 400), at));
}
/** One value of a row: a quoted string (a quote inside doubled), a number, NULL or a word such as NOW(). */
const rowValue = /\s*(?:'((?:[^'\n]|'')*)'|[^,()'\n]+(?:\(\))?)\s*/y;

/**
 * The values of every INSERT's rows whose column names a kind of value, each under its column; remembered for the last
 * text.
 *
 * @example
 * sqlRowsIn("INSERT INTO t (id, dob) VALUES (1, '1979-04-02')").map((cell) => cell.kind); // ['DATE_OF_BIRTH']
 */
export const sqlRowsIn = rememberLastText((text: string): readonly LabelledCell[] => {
  const cells: LabelledCell[] = [];
  if (!/INSERT/i.test(text)) return cells;
  insertColumns.lastIndex = 0;
  for (let insert = insertColumns.exec(text); insert !== null; insert = insertColumns.exec(text)) {
    const columns = insert[1]!.split(',').map((column) => column.trim().replace(/^[`"[]|[`"\]]$/g, ''));
    const kinds = columns.map(columnKindOf);
    // A patients' table's member number is a health plan's, not a login ("mrn, …, member_id").
    if (kinds.includes('MEDICAL_RECORD'))
      columns.forEach((column, index) => {
        if (kinds[index] === 'USERNAME' && /member/i.test(column)) kinds[index] = 'HEALTH_INSURANCE';
      });
    if (kinds.every((kind) => kind === undefined)) continue;
    // Rows one after another, a comma between them, until the statement ends.
    let at = insert.index + insert[0].length;
    while (text[at] === '(') {
      at = readRow(text, { at: at + 1, kinds, into: cells });
      if (at === -1) break;
      const next = /^\s*,\s*/.exec(text.slice(at, at + 16));
      if (next === null) break;
      at += next[0].length;
    }
  }
  return cells;
});

/** Reads one row's values from `at`, pushing those of a known kind; where the row ends after its bracket, or -1. */
function readRow(text: string, row: { at: number; kinds: readonly (LabelledCell['kind'] | undefined)[]; into: LabelledCell[] }): number {
  let at = row.at;
  for (let column = 0; ; column += 1) {
    rowValue.lastIndex = at;
    const value = rowValue.exec(text);
    if (value === null) return -1;
    const kind = row.kinds[column];
    const quoted = value[1];
    if (kind !== undefined && quoted !== undefined && quoted.trim() !== '') {
      const start = value.index + value[0].indexOf("'") + 1;
      row.into.push({ kind, start, end: start + quoted.length, column: -100 - column });
    }
    at = rowValue.lastIndex;
    if (text[at] === ')') return at + 1;
    if (text[at] !== ',') return -1;
    at += 1;
  }
}
