// Tables pasted as text: what each column's header says its cells hold, and the recogniser that reads them.
export { tableColumnRecognizer } from './table-column-recognizer.ts';
export { cellsUnderHeaders, mayHoldTable, openTableHeader, tablesIn, type PastedTable, type TableCell } from './pasted-tables.ts';
export { columnKindOf, type ColumnKind } from './column-headers.ts';
