// Finds a full name right after a word for someone's job or role ("the technician, Marcus Lee, never came", "our field
// engineer Priya Raman"): English capitalises no common noun there, so the capitalised pair is the person.
import type { PiiFinding } from '../types.ts';
import { roleWords } from './contact-words.ts';
import { latinNameAfter } from './latin-name.ts';

export const englishRoleNameRecognizerName = 'english-role-name';

const roles: ReadonlySet<string> = new Set(roleWords);
/**
 * The capital that starts a capitalised pair ("Marcus Lee"), the shape every full name after a role holds: read there, and
 * the word before it looked up. One alternation of the forty role words over a whole document cost a knowledge document 7%.
 */
const pairStart = /(?<![A-Za-z'’.-])[A-Z](?=[a-z]+[ \t]+[A-Z][a-z'’.])/g;

/**
 * Only full names: a single capitalised word after a role is as often a company or a product ("the agent Hanbit sent").
 * The caller runs this where the feature pass saw a "First Last" shape, which every such name holds.
 *
 * @example
 * findNamesAfterRoles('The technician, Marcus Lee, never showed up').map((finding) => finding.text); // ['Marcus Lee']
 */
export function findNamesAfterRoles(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  pairStart.lastIndex = 0;
  // `test` leaves `lastIndex` right after the capital, with no match array per hit; the pair's second word may start the
  // next pair ("Lee Smith"), and the look-ahead leaves it unread.
  while (pairStart.test(text)) {
    const start = pairStart.lastIndex - 1;
    if (!followsRoleWord(text, start)) continue;
    const name = latinNameAfter(text, { start });
    if (name === undefined || name.wordCount < 2) continue;
    findings.push({
      type: 'PERSON',
      start: name.start,
      end: name.end,
      text: text.slice(name.start, name.end),
      score: 0.8,
      recognizer: englishRoleNameRecognizerName,
    });
    pairStart.lastIndex = name.end;
  }
  return findings;
}

/** Whether a role word, then blanks (or an apposition's comma and blanks), ends right before `start`. */
function followsRoleWord(text: string, start: number): boolean {
  let end = start;
  while (end > 0 && isBlank(text.charCodeAt(end - 1))) end -= 1;
  if (end === start) return false;
  if (text.charCodeAt(end - 1) === 0x2c) end -= 1;
  let wordStart = end;
  while (wordStart > 0 && isLowerLatin(text.charCodeAt(wordStart - 1))) wordStart -= 1;
  if (wordStart === end || (wordStart > 0 && isLatinLetter(text.charCodeAt(wordStart - 1)))) return false;
  return roles.has(text.slice(wordStart, end));
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

function isLowerLatin(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

function isLatinLetter(code: number): boolean {
  return isLowerLatin(code) || (code >= 0x41 && code <= 0x5a);
}
