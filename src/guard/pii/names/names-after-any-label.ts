// A person's full name as the whole value of a form's field, whatever the field's label ("Loan officer: Brent Calloway,
// NMLS #1874432", "Ordering provider: Jennifer Oduya, MD", "Verified by: T. Mwangi, MLS"): the name's own shape says it
// is one, a listed first name before a surname, or initials before one.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { firstNamesThatAreWords, holdsFirmWord } from './english-name-words.ts';
import { isListedFirstName } from './latin-name.ts';

const recognizerName = 'person-name-after-any-label';

/**
 * A label of one to four words that opens a line, its colon, a title perhaps, then two or three capitalised words (a
 * middle initial allowed) or initials and a surname, that end the field: the line's end, a comma (a credential or a
 * number after it), a bracket, a tab, two blanks or a bar.
 */
const labelThenName =
  /(?:^|\n)[ \t]*[A-Z][A-Za-z'’/&.-]*(?:[ \t]+[A-Za-z0-9'’/&.-]+){0,3}[ \t]*[:：][ \t]*(?:(?:Mr|Mrs|Ms|Mx|Dr|Miss)\.?[ \t]+)?((?:[A-Z]\.[ \t]?){1,2}[A-Z][a-z'’]+(?:-[A-Z][a-z]+)?|[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][a-zà-öø-ÿ'’]+(?:-[A-Z][a-zà-öø-ÿ]+)?){1,2})(?=[ \t]*(?:\r?\n|$|,|\(|\t|[ \t]{2}|\|))/g;

/**
 * Full names that fill a labelled field. 0.75. Remembered for the last text.
 *
 * @example
 * findNamesAfterAnyLabel('Loan officer: Brent Calloway, NMLS #1874432').map((finding) => finding.text); // ['Brent Calloway']
 * findNamesAfterAnyLabel('Location: Victoria Station'); // []
 */
export const findNamesAfterAnyLabel = rememberLastText((text: string): readonly PiiFinding[] => {
  const findings: PiiFinding[] = [];
  labelThenName.lastIndex = 0;
  for (let match = labelThenName.exec(text); match !== null; match = labelThenName.exec(text)) {
    const name = match[1]!;
    if (!isPersonsName(name)) continue;
    const start = match.index + match[0].length - name.length;
    findings.push({ type: 'PERSON', start, end: start + name.length, text: name, score: 0.75, recognizer: recognizerName });
  }
  return findings;
});

/**
 * Initials before a surname, a middle initial between two names ("Shontelle R. Bridgewater"), or a listed first name that
 * is no everyday word; and no firm's or trade's word in it.
 */
function isPersonsName(name: string): boolean {
  if (holdsFirmWord(name)) return false;
  if (/^[A-Z]\.|[ \t][A-Z]\.[ \t]/.test(name)) return true;
  const first = name.slice(0, name.search(/[ \t-]/));
  return isListedFirstName(first) && !firstNamesThatAreWords.has(first);
}
