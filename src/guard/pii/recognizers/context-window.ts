// Looks for supporting (or contradicting) words just before a candidate, the cheap signal that lifts a format match into a finding.

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
