// The staff member a desk's reply names in brackets after the desk, before the colon that opens the reply ("Reply from
// Desert Sun Bank Fraud Investigations (Alicia): Received.", "Loss Prevention (Tomás): …"): the desk's words are a firm's
// function, so the desk itself is no person, but the listed given name in its brackets is the one who answered.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { wordsThatAreNotNames } from './english-name-words.ts';
import { namesTeamOrFunction } from './team-display-words.ts';
import { isListedFirstName } from './latin-name.ts';

const recognizerName = 'staff-after-desk';

/** Up to five capitalised words of a desk (a firm's name may lead), then one given name in brackets, then the colon. */
const deskThenStaff = /((?:[A-Z][A-Za-z&'’-]*[ \t]+){0,4}[A-Z][A-Za-z&'’-]*)[ \t]*\([ \t]*([A-ZÀ-Þ][a-zà-ÿ]{1,14})[ \t]*\)[ \t]*:/g;

/**
 * Whether `text` holds a bracket closed right before a colon, which every such reply's head holds.
 *
 * @example
 * mayHoldStaffAfterDesk('Loss Prevention (Tomás): noted'); // true
 */
export function mayHoldStaffAfterDesk(text: string): boolean {
  return text.includes('):');
}

/**
 * The listed given names in brackets after a desk named by its function's words. 0.7.
 *
 * @example
 * findStaffAfterDesks('Reply from Harbor Bank Fraud Investigations (Alicia): Received.').map((finding) => finding.text); // ['Alicia']
 * findStaffAfterDesks('Payroll (Toronto): Received.'); // []
 */
export const findStaffAfterDesks = rememberLastText((text: string): readonly PiiFinding[] => {
  if (!mayHoldStaffAfterDesk(text)) return [];
  const findings: PiiFinding[] = [];
  deskThenStaff.lastIndex = 0;
  for (let match = deskThenStaff.exec(text); match !== null; match = deskThenStaff.exec(text)) {
    const staff = match[2]!;
    // A listed first name only: a desk's site stands in its brackets too ("Payroll (Toronto):").
    if (!namesTeamOrFunction(match[1]!) || !isListedFirstName(staff) || wordsThatAreNotNames.has(staff)) continue;
    const start = match.index + match[0].lastIndexOf(staff);
    findings.push({ type: 'PERSON', start, end: start + staff.length, text: staff, score: 0.7, recognizer: recognizerName });
  }
  return findings;
});
