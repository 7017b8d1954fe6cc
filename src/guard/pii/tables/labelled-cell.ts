// A value whose label stands apart from it: a table's cell under its column's header, a JSON field under its key.
import type { ColumnKind } from './column-headers.ts';

export interface LabelledCell {
  /** What the header or the key says the value is. */
  kind: ColumnKind;
  /** The value's span, blanks and quotes around it left out. */
  start: number;
  end: number;
  /**
   * The column the value is in, the same number for every value of one column: a table's (from 0), or the fields of one
   * JSON key (below 0).
   */
  column?: number;
}
