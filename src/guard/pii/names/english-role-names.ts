// Finds a full name right after a word for someone's job or role ("the technician, Marcus Lee, never came", "our field
// engineer Priya Raman"): English capitalises no common noun there, so the capitalised pair is the person.
import type { PiiFinding } from '../types.ts';
import { latinNameAfter } from './latin-name.ts';

export const englishRoleNameRecognizerName = 'english-role-name';

/** Jobs and roles customers name staff and parties by, lower-case as they stand mid-sentence. */
const roleWords = [
  ...['technician', 'engineer', 'agent', 'rep', 'representative', 'advisor', 'adviser', 'consultant', 'driver', 'courier'],
  ...['installer', 'inspector', 'nurse', 'therapist', 'pharmacist', 'officer', 'clerk', 'cashier', 'teller', 'manager'],
  ...['supervisor', 'coordinator', 'specialist', 'operator', 'dispatcher', 'plumber', 'electrician', 'mechanic', 'caregiver'],
  ...['contractor', 'surveyor', 'salesperson', 'receptionist', 'doctor', 'physician', 'dentist', 'surgeon', 'counselor'],
  ...['counsellor', 'attendant', 'planner', 'banker', 'broker', 'adjuster', 'accountant', 'lawyer', 'attorney', 'solicitor'],
];
// The role word, then a blank or an apposition's comma, then a capital: where the name would start.
const roleBeforeName = new RegExp(String.raw`\b(?:${roleWords.join('|')}),?[ \t]+(?=[A-Z])`, 'g');

/**
 * Only full names: a single capitalised word after a role is as often a company or a product ("the agent Hanbit sent").
 * The caller runs this where the feature pass saw a "First Last" shape, which every such name holds.
 *
 * @example
 * findNamesAfterRoles('The technician, Marcus Lee, never showed up').map((finding) => finding.text); // ['Marcus Lee']
 */
export function findNamesAfterRoles(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  roleBeforeName.lastIndex = 0;
  // `test` leaves `lastIndex` where the name starts, with no match array per hit.
  while (roleBeforeName.test(text)) {
    const name = latinNameAfter(text, { start: roleBeforeName.lastIndex });
    if (name === undefined || name.wordCount < 2) continue;
    findings.push({
      type: 'PERSON',
      start: name.start,
      end: name.end,
      text: text.slice(name.start, name.end),
      score: 0.8,
      recognizer: englishRoleNameRecognizerName,
    });
  }
  return findings;
}
