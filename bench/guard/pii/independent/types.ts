// The shape of a hand-written text of the independent PII set: the text and the values in it, each with its type.
import type { PiiType } from '../../../../src/guard/pii/types.ts';

/**
 * One text as its writer labelled it: every PII value in the order it appears, as it is written in the text (an exact
 * substring). A value that occurs twice is listed twice. `pii: []` for a text with none.
 *
 * @example
 * const text: IndependentText = { text: '연락처는 010-2345-6789예요', pii: [['PHONE', '010-2345-6789']] };
 */
export interface IndependentText {
  text: string;
  pii: ReadonlyArray<readonly [type: PiiType, value: string]>;
}
