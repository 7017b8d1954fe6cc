// Character tests of the Korean address search, written on character codes: a Hangul `charAt` allocates a string per look.
import { isRegexWhitespace } from '../regex-whitespace.ts';

/**
 * `[0-9A-Za-z]`: a number or a Latin letter glued to a building number makes it something else.
 *
 * @example
 * isAsciiLetterOrDigit('B'.charCodeAt(0)); // true
 */
export function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/**
 * `[\s(,:"'=]`, with `\s` as JavaScript reads it: what may come right before an administrative word, a quote or an equals
 * sign too, as data writes a value (`"addr":"서울 강남구 …"`, `address=서울 …`).
 *
 * @example
 * isAdministrativeWordBoundary('('.charCodeAt(0)); // true
 */
export function isAdministrativeWordBoundary(code: number): boolean {
  return code === 0x28 || code === 0x2c || code === 0x3a || code === 0x22 || code === 0x27 || code === 0x3d || isRegexWhitespace(code);
}
