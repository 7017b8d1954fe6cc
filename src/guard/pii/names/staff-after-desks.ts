// The staff member a desk's reply names in brackets after the desk, before the colon that opens the reply ("Reply from
// Desert Sun Bank Fraud Investigations (Alicia): Received.", "Loss Prevention (Tomás): …"): the desk's words are a firm's
// function, so the desk itself is no person, but the listed given name in its brackets is the one who answered; so too
// after a case is handed on to such a desk ("Escalated to Trust & Safety (Marco).").
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { wordsThatAreNotNames } from './english-name-words.ts';
import { namesTeamOrFunction } from './team-display-words.ts';
import { isListedFirstName } from './latin-name.ts';
import { characterPairWords, mayHoldAnyWord } from '../character-pairs.ts';

const recognizerName = 'staff-after-desk';

/** Up to five capitalised words of a desk (a firm's name may lead), then one given name in brackets, then the colon. */
const deskThenStaff = /((?:[A-Z][A-Za-z&'’-]*[ \t]+){0,4}[A-Z][A-Za-z&'’-]*)[ \t]*\([ \t]*([A-ZÀ-Þ][a-zà-ÿ]{1,14})[ \t]*\)[ \t]*:/g;

/**
 * A case handed on to a desk, its staff member in brackets after it, as a moderation or a support log notes it ("Escalated
 * to Trust & Safety (Marco).", "assigned to Payments Ops (Leah)").
 */
const handedToDeskAndStaff =
  /\b(?:[Ee]scalated|[Aa]ssigned|[Pp]assed|[Hh]anded|[Rr]eferred|[Ff]orwarded)[ \t]+(?:it[ \t]+)?to[ \t]+((?:(?:[A-Z][A-Za-z&'’-]*|&)[ \t]+){0,4}[A-Z][A-Za-z&'’-]*)[ \t]*\([ \t]*([A-ZÀ-Þ][a-zà-ÿ]{1,14})[ \t]*\)/g;

const closingBracket = characterPairWords(')');

/**
 * Whether `text` holds a bracket closed right before a colon, which every such reply's head holds, or a bracket and " to ",
 * which a case handed on holds.
 *
 * @example
 * mayHoldStaffAfterDesk('Loss Prevention (Tomás): noted'); // true
 */
export function mayHoldStaffAfterDesk(text: string): boolean {
  // Both ask for a closing bracket ("):" holds one): its character's slot, then the bracket itself, before the rest.
  return mayHoldAnyWord(text, closingBracket) && text.includes(')') && (text.includes('):') || text.includes(' to '));
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
  for (const pattern of [deskThenStaff, handedToDeskAndStaff]) addStaffAfterDesks(text, { pattern, findings });
  return findings;
});

function addStaffAfterDesks(text: string, at: { pattern: RegExp; findings: PiiFinding[] }): void {
  const { pattern, findings } = at;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const staff = match[2]!;
    // A listed first name only: a desk's site stands in its brackets too ("Payroll (Toronto):").
    if (!namesTeamOrFunction(match[1]!) || !isListedFirstName(staff) || wordsThatAreNotNames.has(staff)) continue;
    const start = match.index + match[0].lastIndexOf(staff);
    findings.push({ type: 'PERSON', start, end: start + staff.length, text: staff, score: 0.7, recognizer: recognizerName });
  }
}
