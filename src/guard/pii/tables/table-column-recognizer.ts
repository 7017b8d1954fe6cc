// The identifiers in a table pasted as text, read by their column's header: "dob", "여권번호", "user_id", "account",
// "exp" beside a card number. A cell alone ("14/02/1958", "m.kovacs", "110-391-582047") carries no context of its own.
import type { PiiFinding, PiiRecognizer, PiiType } from '../types.ts';
import { piiTypes } from '../types.ts';
import { createFinding } from '../recognizers/create-finding.ts';
import { hasKnownShape, hasShapeOf } from '../value-shapes.ts';
import { cellsUnderHeaders, mayHoldTable, tablesIn } from './pasted-tables.ts';

const recognizerName = 'table-column';

/**
 * A cell whose value has the shape its column's header names, 0.85: the header is as good a label as one written before
 * a value, and the shape keeps a column of something else under a like header out ("vehicle" of models, "exp" of years).
 *
 * @example
 * tableColumnRecognizer.find('Surname\tDOB\nMacLeod\t14/02/1958', {})[0]?.text; // '14/02/1958'
 */
export const tableColumnRecognizer: PiiRecognizer = {
  name: recognizerName,
  types: piiTypes.filter(hasKnownShape),
  mightMatch: mayHoldTable,
  find(text) {
    const findings: PiiFinding[] = [];
    for (const table of tablesIn(text))
      for (const cell of cellsUnderHeaders(text, table)) {
        const kind = table.columns[cell.column];
        if (kind === undefined || kind === 'person' || kind === 'generic-person') continue;
        const value = text.slice(cell.start, cell.end);
        if (hasShapeOf(kind, value))
          findings.push(createFinding({ type: kind as PiiType, text: value, start: cell.start, score: 0.85, recognizer: recognizerName }));
      }
    return findings;
  },
};
