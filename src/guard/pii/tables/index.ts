// Values whose label stands apart from them: a pasted table's cells under their column's header, a JSON object's fields
// under their keys; what each header says its values hold, and the recogniser that reads them.
export { tableColumnRecognizer } from './table-column-recognizer.ts';
export { labelledCellsIn, mayHoldLabelledCells } from './labelled-values.ts';
export { isCellPadding, openTableHeader } from './pasted-tables.ts';
export { columnKindOf, type ColumnKind } from './column-headers.ts';
export type { LabelledCell } from './labelled-cell.ts';
