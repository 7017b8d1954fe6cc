// A leaked password in a combo list's line, the e-mail and the password joined by a colon ("oliver.b@example.com :
// Rugby4ever!2019", "j.kim@mail.kr:Spring#24"), as breach alerts and dark-web monitoring quote them: the line names no
// password, its layout does.
import type { PiiFinding } from '../types.ts';
import { createFinding } from './create-finding.ts';

const recognizer = 'credential';
/**
 * A line of the e-mail alone, perhaps after a list's mark or indent, then a colon, a bar or a semicolon and one word of
 * printable characters ending the line.
 */
const comboLine = /^[ \t]*(?:[-*•>][ \t]*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[ \t]*[:|;][ \t]*([!-~]{6,64})[ \t]*$/;

/**
 * The passwords of `text`'s combo-list lines, each 0.85. The word must mix a letter with a digit or a sign, or both cases,
 * as a password does: a chat's e-mail speaker label before a word ("anna@example.com: thanks!") or a time ("… : 10:42") is
 * none.
 *
 * @example
 * findComboListPasswords('  o.bains@example.com : Rugby4ever!2019').map((found) => found.text); // ['Rugby4ever!2019']
 * findComboListPasswords('anna@example.com: thanks!'); // []
 */
export function findComboListPasswords(text: string): PiiFinding[] {
  let found: PiiFinding[] | undefined;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    const lineStart = text.lastIndexOf('\n', at) + 1;
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd === -1) lineEnd = text.length;
    const match = comboLine.exec(text.slice(lineStart, lineEnd));
    if (match !== null && isPasswordLike(match[1]!)) {
      const value = match[1]!;
      const start = lineStart + match[0].trimEnd().length - value.length;
      (found ??= []).push(createFinding({ type: 'PASSWORD', text: value, start, score: 0.85, recognizer }));
    }
    at = lineEnd;
  }
  return found ?? [];
}

function isPasswordLike(value: string): boolean {
  // A sentence's last mark is no sign of a password ("thanks!"); an address or a link is no password.
  const core = value.replace(/[.!?,]+$/u, '');
  if (!/[A-Za-z]/.test(core) || /@|:\/\/|^www\./iu.test(core)) return false;
  return /\d|[^A-Za-z0-9]/u.test(core) || (/[a-z]/.test(core) && /[A-Z]/.test(core));
}
