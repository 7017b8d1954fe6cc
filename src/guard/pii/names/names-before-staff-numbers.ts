// An employee as a personnel order, a handover or an access request writes one: the name, then the staff number in
// brackets ("연구개발본부 배성훈 (사번 1408821)", "Priya Raman (employee ID 20417)"). Only a person has a staff number.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { nameEndingAt } from './names-before-sex-and-age.ts';

const recognizerName = 'person-name-before-staff-number';

/** The words of every staff number's label, looked for in one pass before the pattern. */
const staffNumberWord = /사번|직번|mp(?:loyee|\.? ?no)|taff|EMP|STAFF/;

/** A staff number in brackets after a blank: 사번, 직번, employee or staff number or ID, emp no. */
const staffNumber =
  /[ \t]+\((?:사번|직번|(?:[Ee]mployee|EMPLOYEE|[Ss]taff|STAFF|[Ee]mp\.?|EMP\.?)[ \t]*(?:[Nn]o\.?|NO\.?|[Nn]umber|ID|[Ii]d|#))[ \t:：#]*[A-Z0-9-]{3,12}\)/g;

/**
 * Names right before a staff number. 0.8. Remembered for the last text.
 *
 * @example
 * findNamesBeforeStaffNumbers(' - 선임 → 책임: 품질보증팀 Priya Raman (사번 2205314)').map((finding) => finding.text); // ['Priya Raman']
 */
export const findNamesBeforeStaffNumbers = rememberLastText((text: string): readonly PiiFinding[] => {
  if (!holdsLabelBracket(text) || !staffNumberWord.test(text)) return [];
  const findings: PiiFinding[] = [];
  staffNumber.lastIndex = 0;
  for (let match = staffNumber.exec(text); match !== null; match = staffNumber.exec(text)) {
    const name = nameEndingAt(text, match.index);
    if (name !== undefined)
      findings.push({ type: 'PERSON', ...name, text: text.slice(name.start, name.end), score: 0.8, recognizer: recognizerName });
  }
  return findings;
});

/**
 * Whether a bracket after a blank opens with a staff number's label: 사, 직, E, e, S or s ("(사번", "(employee"), as every
 * staff number's bracket does.
 */
function holdsLabelBracket(text: string): boolean {
  for (let at = text.indexOf('(', 1); at !== -1; at = text.indexOf('(', at + 1)) {
    const before = text.charCodeAt(at - 1);
    const next = text.charCodeAt(at + 1);
    if (
      (before === 0x20 || before === 0x09) &&
      (next === 0xc0ac || next === 0xc9c1 || next === 0x45 || next === 0x65 || next === 0x53 || next === 0x73)
    )
      return true;
  }
  return false;
}
