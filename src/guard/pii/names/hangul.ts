// Character tests for Hangul syllables and Latin letters, shared by the name and address recognisers.

/**
 * Whether the UTF-16 unit is a precomposed Hangul syllable (가..힣).
 *
 * @example
 * isHangulSyllable('김'.charCodeAt(0)); // true
 */
export function isHangulSyllable(code: number): boolean {
  return code >= 0xac00 && code <= 0xd7a3;
}

/**
 * Whether the UTF-16 unit is an ASCII letter or digit, i.e. part of a Latin word.
 *
 * @example
 * isLatinWordCharacter('a'.charCodeAt(0)); // true
 */
export function isLatinWordCharacter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
}

/**
 * Start of the run of Hangul syllables that ends just before `end` (equal to `end` when there is none).
 *
 * @example
 * hangulRunStartBefore('고객 홍길동님', 6); // 3
 */
export function hangulRunStartBefore(text: string, end: number): number {
  let start = end;
  while (start > 0 && isHangulSyllable(text.charCodeAt(start - 1))) start -= 1;
  return start;
}

/**
 * End of the run of Hangul syllables that starts at `start` (equal to `start` when there is none).
 *
 * @example
 * hangulRunEndAfter('성명 홍길동입니다.', 3); // 9
 */
export function hangulRunEndAfter(text: string, start: number): number {
  let end = start;
  while (end < text.length && isHangulSyllable(text.charCodeAt(end))) end += 1;
  return end;
}

/**
 * Whether a Hangul syllable ends in a final consonant (받침); after one the copula is written 이 ("박지영이라는"), after a
 * vowel it is dropped ("김민수라는").
 *
 * @example
 * hasFinalConsonant('영'.charCodeAt(0)); // true
 * hasFinalConsonant('수'.charCodeAt(0)); // false
 */
export function hasFinalConsonant(code: number): boolean {
  return isHangulSyllable(code) && (code - 0xac00) % 28 !== 0;
}

/**
 * Whether no Hangul word goes on after `end`: no blank and no syllable, or one blank before a character that is no syllable
 * ("김민수, …", "김민수 (…", "김민수" at the end); "김민수 고객님" goes on.
 *
 * @example
 * endsHangulWords('김민수, 이영희', 3); // true
 * endsHangulWords('주소지 서울', 3); // false
 */
export function endsHangulWords(text: string, end: number): boolean {
  const next = end < text.length && (text.charCodeAt(end) === 0x20 || text.charCodeAt(end) === 0x09) ? end + 1 : end;
  return !isHangulSyllable(text.charCodeAt(next));
}
