// Looks for supporting (or contradicting) words just before a candidate, the cheap signal that lifts a format match into a finding.
import { isRegexWhitespace } from '../regex-whitespace.ts';

/** How many UTF-16 units before a candidate count as its context. */
export const contextWindowSize = 30;

/**
 * Whether `pattern` matches within the window of text just before `start`.
 * The pattern must not be global or sticky, so that `test` keeps no state between calls.
 *
 * @example
 * hasContextBefore('전화번호: 010-1234-5678', { start: 6, pattern: /전화|phone/i }); // true
 */
export function hasContextBefore(text: string, options: { start: number; pattern: RegExp; windowSize?: number }): boolean {
  const windowStart = Math.max(0, options.start - (options.windowSize ?? contextWindowSize));
  return options.pattern.test(text.slice(windowStart, options.start));
}

/**
 * The UTF-16 codes of `characters`, for `mayEndWithLabel`.
 *
 * @example
 * characterCodes('호#').has('#'.charCodeAt(0)); // true
 */
export function characterCodes(characters: string): ReadonlySet<number> {
  return new Set(Array.from(characters, (character) => character.charCodeAt(0)));
}

/**
 * Whether the last character before `start` that is neither whitespace (what a regex `\s` matches) nor in `skipped` lies
 * in the window and is one of `lastCharacters`: a necessary condition for a label pattern anchored at the window's end
 * (`계좌번호 ?: ?$`), read on character codes so that most candidates skip the pattern and the window's slice.
 *
 * @example
 * mayEndWithLabel('계좌번호: 110-123', { start: 6, lastCharacters: characterCodes('좌호'), skipped: characterCodes(':') }); // true
 * mayEndWithLabel('연락처: 010-1234', { start: 5, lastCharacters: characterCodes('좌호'), skipped: characterCodes(':') }); // false
 */
export function mayEndWithLabel(
  text: string,
  options: { start: number; lastCharacters: ReadonlySet<number>; skipped: ReadonlySet<number>; windowSize?: number },
): boolean {
  const windowStart = Math.max(0, options.start - (options.windowSize ?? contextWindowSize));
  let index = options.start - 1;
  while (index >= windowStart && (isRegexWhitespace(text.charCodeAt(index)) || options.skipped.has(text.charCodeAt(index)))) index -= 1;
  return index >= windowStart && options.lastCharacters.has(text.charCodeAt(index));
}
