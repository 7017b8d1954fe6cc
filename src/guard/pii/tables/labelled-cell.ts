// A value whose label stands apart from it: a table's cell under its column's header, a JSON field under its key.
import type { ColumnKind } from './column-headers.ts';

export interface LabelledCell {
  /** What the header or the key says the value is. */
  kind: ColumnKind;
  /** The value's span, blanks and quotes around it left out. */
  start: number;
  end: number;
  /** The table's column the cell is in, the same number for every cell of one column; none for a JSON field. */
  column?: number;
}
