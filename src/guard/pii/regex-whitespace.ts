// The character test behind a regex `\s`, for searches that read character codes instead of running a pattern.

/**
 * Whether the UTF-16 unit is what a regex `\s` matches: ECMAScript's WhiteSpace and LineTerminator.
 *
 * @example
 * isRegexWhitespace('\u3000'.charCodeAt(0)); // true
 * isRegexWhitespace('x'.charCodeAt(0)); // false
 */
export function isRegexWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
