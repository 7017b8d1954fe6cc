// Every value in a text whose label stands apart from it: the cells of pasted tables under their headers, the fields of
// JSON objects under their keys and the values of SQL rows under their columns. The name search and the identifier search both read them.
import { rememberLastText } from '../last-text-memo.ts';
import { jsonFieldsIn } from './json-fields.ts';
import { sqlRowsIn } from './sql-rows.ts';
import type { LabelledCell } from './labelled-cell.ts';
import { cellsUnderHeaders, mayHoldTable, tablesIn } from './pasted-tables.ts';

/**
 * The labelled values of `text`, tables' cells first; remembered for the last text.
 *
 * @example
 * labelledCellsIn('name,dob\nKim Minsu,1990-01-02').map((cell) => cell.kind); // ['generic-person', 'DATE_OF_BIRTH']
 */
export const labelledCellsIn = rememberLastText((text: string): readonly LabelledCell[] => {
  const cells: LabelledCell[] = [];
  let firstColumn = 0;
  for (const table of tablesIn(text)) {
    for (const cell of cellsUnderHeaders(text, table))
      cells.push({ kind: table.columns[cell.column]!, start: cell.start, end: cell.end, column: firstColumn + cell.column });
    firstColumn += table.columns.length;
  }
  for (const field of jsonFieldsIn(text)) cells.push(field);
  for (const value of sqlRowsIn(text)) cells.push(value);
  return cells;
});

/**
 * Whether `text` holds a table whose header names a column, or a JSON field or an SQL row whose key names its value: the cheap test
 * before the searches.
 *
 * @example
 * mayHoldLabelledCells('{"passport":"P7730418"}'); // true
 * mayHoldLabelledCells('배송 언제 와요?'); // false
 */
export function mayHoldLabelledCells(text: string): boolean {
  return mayHoldTable(text) || jsonFieldsIn(text).length > 0 || sqlRowsIn(text).length > 0;
}
