// An AWS secret access key pasted beside its access key id, as a leak alert, a commit or a chat shows the pair ("AWS
// access key AKIA… with secret q8Vn…", "AKIA… / xK9v…", "AKIA…:wJal…"): forty characters of base64 with no prefix of
// their own, which only the id a few characters before them names.
import type { PiiFinding } from '../types.ts';
import { createFinding } from './create-finding.ts';

const recognizer = 'secret';
/**
 * Between the id and its secret, on the id's line: a few words ("with secret", "and secret key"), a slash, a colon, a
 * comma or blanks; then the forty characters, alone as a word.
 */
const secretAfterId =
  /[ \t]*(?:[,:/|=][ \t]*)?(?:(?:with|and)[ \t]+)?(?:(?:the[ \t]+)?secret(?:[ \t_-]?(?:access[ \t_-]?)?key)?[ \t]*[:=]?[ \t]*)?["']?(?<![A-Za-z0-9/+])([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/iy;

/**
 * Whether `id` is an AWS access key id: AKIA (a user's long-term key) or ASIA (a session's) and sixteen capitals or digits.
 *
 * @example
 * isAwsKeyId('AKIAIOSFODNN7EXAMPLE'); // true
 */
export function isAwsKeyId(id: string): boolean {
  return id.length === 20 && (id.startsWith('AKIA') || id.startsWith('ASIA'));
}

/**
 * The secret access key written right after an access key id that ends at `idEnd`, 0.95; undefined when none stands there.
 * It mixes digits with both cases, as a random key does, where a word run of forty letters would not.
 *
 * @example
 * awsSecretAfterKeyId('AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY', 20)?.text; // 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY'
 */
export function awsSecretAfterKeyId(text: string, idEnd: number): PiiFinding | undefined {
  secretAfterId.lastIndex = idEnd;
  const match = secretAfterId.exec(text);
  if (match === null) return undefined;
  const value = match[1]!;
  if (!/\d/.test(value) || !/[a-z]/.test(value) || !/[A-Z]/.test(value)) return undefined;
  return createFinding({ type: 'SECRET', text: value, start: secretAfterId.lastIndex - value.length, score: 0.95, recognizer });
}
