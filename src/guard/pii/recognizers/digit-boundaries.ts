// The boundaries that keep a digit pattern from starting or ending inside a longer number, code or word: regex fragments and the same tests on character codes.

/**
 * Not after a letter or digit, not after `X-` (a product or order code such as `SKU-…`) and not after `1.` or `1,`
 * (the tail of a decimal or a grouped price). `isDigitStartAt` lets a CSV field after a number start ("…-04,010-3392-1187", "…-14,950612-…").
 */
export const digitStart = String.raw`(?<![0-9A-Za-z]|[0-9A-Za-z]-|\d[.,])`;

/** Not before a letter or digit, and not before `-1` or `.1` (the number goes on). */
export const digitEnd = String.raw`(?![0-9A-Za-z]|[-.]\d)`;

/**
 * Whether `code` is an ASCII digit; NaN (a position outside the text) is not.
 *
 * @example
 * isAsciiDigit('7'.charCodeAt(0)); // true
 */
export function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Whether `code` is an ASCII letter or digit ([0-9A-Za-z]); NaN is not.
 *
 * @example
 * isAsciiAlphanumeric('k'.charCodeAt(0)); // true
 */
export function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * Whether a match may start at `index` by the `digitStart` rule, read on character codes (a look-behind costs a regex).
 *
 * @example
 * isDigitStartAt('tel 010-1234', 4); // true
 * isDigitStartAt('SKU-1234', 4); // false
 */
export function isDigitStartAt(text: string, index: number): boolean {
  const before = text.charCodeAt(index - 1);
  if (isAsciiAlphanumeric(before)) return false;
  if (before === 45) return !isAsciiAlphanumeric(text.charCodeAt(index - 2));
  if (before === 46) return !isAsciiDigit(text.charCodeAt(index - 2));
  if (before === 44) return !isAsciiDigit(text.charCodeAt(index - 2)) || startsHyphenatedGroups(text, index);
  return true;
}

/**
 * Whether a CSV field rather than a price's group starts at `index` after "digit,": three digits, a hyphen and a digit
 * ("…-04,010-3392-1187"), or four digits or more ("…-14,950612-2147896"), which no thousands group holds.
 */
function startsHyphenatedGroups(text: string, index: number): boolean {
  if (!isAsciiDigit(text.charCodeAt(index)) || !isAsciiDigit(text.charCodeAt(index + 1)) || !isAsciiDigit(text.charCodeAt(index + 2)))
    return false;
  const after = text.charCodeAt(index + 3);
  return isAsciiDigit(after) || (after === 45 && isAsciiDigit(text.charCodeAt(index + 4)));
}

/**
 * Whether a match may end at `end` (exclusive) by the `digitEnd` rule, read on character codes.
 *
 * @example
 * isDigitEndAt('010-1234-5678 입니다', 13); // true
 * isDigitEndAt('1234-5678-9', 9); // false
 */
export function isDigitEndAt(text: string, end: number): boolean {
  const after = text.charCodeAt(end);
  if (isAsciiAlphanumeric(after)) return false;
  return !((after === 45 || after === 46) && isAsciiDigit(text.charCodeAt(end + 1)));
}
