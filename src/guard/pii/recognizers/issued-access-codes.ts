// A code an organisation issues to let its holder in once or for a while, printed in hyphened groups of letters and digits
// after its name: an identity-protection letter's activation code ("Your activation code is K7R-4HQ-29ZB"), a help desk's
// temporary access pass ("Your temporary access pass is Tap-7Qx9-Lm2R"), a whistle-blowing portal's access key ("my access
// key is K7M2-QP94-WX"), an enrolment or a registration code. Whoever holds it opens the account, as with a password.
import type { PiiFinding } from '../types.ts';
import { overlapsAny } from '../resolve-overlaps.ts';
import { createFinding } from './create-finding.ts';
import { characterPairWords, mayHoldAnyWord } from '../character-pairs.ts';

const recognizer = 'credential';
/** The codes' names, in any case. */
const issuedCodeName =
  /\b(?:activation[ \t]+code|temporary[ \t]+access[ \t]+pass|access[ \t]+pass|access[ \t]+key|enrol(?:l)?ment[ \t]+code|registration[ \t]+code|redemption[ \t]+code)\b/gi;
/**
 * After the name, in its sentence: "is", a colon or a few words at most, then the code: two to five groups of letters and
 * digits joined by hyphens, as a word of its own.
 */
const codeAfterName =
  /(?:[ \t]*(?:is|was|:)[ \t]*|[^\n.?!\d]{0,24}?[ \t](?:is|was|:)[ \t]*)(?<![\w-])([A-Za-z0-9]{2,6}(?:-[A-Za-z0-9]{2,6}){1,4})(?![\w-]|[.,:/]\d)/y;

/**
 * The issued codes of `text` after their names, each 0.8; spans in `taken` are skipped. A code holds two digits at least
 * and a letter or a second group of digits; a date ("2025-07-31") or a word with a hyphen ("sign-in") is none.
 *
 * @example
 * findIssuedAccessCodes('Your activation code is K7R-4HQ-29ZB; enroll by July 31.', []).map((code) => code.text); // ['K7R-4HQ-29ZB']
 * findIssuedAccessCodes('Your access key is on the back of the letter.', []); // []
 */
export function findIssuedAccessCodes(text: string, taken: readonly PiiFinding[]): PiiFinding[] {
  let codes: PiiFinding[] | undefined;
  issuedCodeName.lastIndex = 0;
  for (let name = issuedCodeName.exec(text); name !== null; name = issuedCodeName.exec(text)) {
    codeAfterName.lastIndex = name.index + name[0].length;
    const match = codeAfterName.exec(text);
    if (match === null) continue;
    const value = match[1]!;
    if (!isIssuedCodeShaped(value)) continue;
    const code = createFinding({ type: 'PASSWORD', text: value, start: codeAfterName.lastIndex - value.length, score: 0.8, recognizer });
    if (!overlapsAny(taken, code)) (codes ??= []).push(code);
  }
  return codes ?? [];
}

function isIssuedCodeShaped(value: string): boolean {
  if (/^\d{4}-\d{2}-\d{2}$|^\d{2}-\d{2}-\d{4}$/.test(value)) return false;
  return (value.match(/\d/g)?.length ?? 0) >= 2;
}

const issuedCodeNames = characterPairWords('ctivation', 'ccess pass', 'ccess key', 'nrol', 'egistration code', 'edemption code');

/**
 * Whether `text` may hold one of the names: a cheap test before the search.
 *
 * @example
 * mayHoldIssuedCodeName('Your activation code is K7R-4HQ-29ZB'); // true
 */
export function mayHoldIssuedCodeName(text: string): boolean {
  return mayHoldAnyWord(text, issuedCodeNames) && /ctivation|ccess (?:pass|key)|nrol|egistration code|edemption code/i.test(text);
}
