// Character tests of the feature pass for the gates of names, addresses and IPv6: each is the first step of a pattern it stands for.
import { isAsciiAlphanumeric } from './recognizers/digit-boundaries.ts';

/**
 * Whether the capital at `index`, which follows a blank, starts the second word of a "First Last" pair: blanks back to a
 * capitalised word ([A-Z][a-z]+, not inside a longer word), and a lower-case letter, an apostrophe or a dot after it.
 * The known-name pattern needs exactly that, so "stations in Busan" or "the 5G Premium plan" hold no shape.
 *
 * @example
 * isNameShapeAt('Sarah Martin', 6); // true
 * isNameShapeAt('fuel prices in Suwon', 15); // false
 */
export function isNameShapeAt(text: string, index: number): boolean {
  if (index + 1 >= text.length) return false;
  const after = text.charCodeAt(index + 1);
  if (!((after >= 0x61 && after <= 0x7a) || after === 0x27 || after === 0x2019 || after === 0x2e)) return false;
  let before = index - 2;
  while (before >= 0 && (text.charCodeAt(before) === 0x20 || text.charCodeAt(before) === 0x09)) before -= 1;
  const wordEnd = before;
  while (before >= 0 && isLowerLatin(text.charCodeAt(before))) before -= 1;
  if (before === wordEnd || before < 0) return false;
  // A hyphenated given name ("Min-jun Park"): its first part, back to its capital.
  if (text.charCodeAt(before) === 0x2d && before > 0) {
    const hyphen = before;
    before -= 1;
    while (before >= 0 && isLowerLatin(text.charCodeAt(before))) before -= 1;
    if (before < 0 || (before === hyphen - 1 && !isUpperLatin(text.charCodeAt(before)))) return false;
  }
  const capital = text.charCodeAt(before);
  if (capital < 0x41 || capital > 0x5a) return false;
  // The pattern's look-behind: the first word does not continue a word, a name with an apostrophe or a hyphenated one; an
  // apostrophe that follows no letter opens a quote ("'Sarah Martin' said").
  if (before === 0) return true;
  const joiner = text.charCodeAt(before - 1);
  if (joiner === 0x27 || joiner === 0x2019) return before === 1 || !isAsciiLetter(text.charCodeAt(before - 2));
  return !isWordJoiner(joiner);
}

function isUpperLatin(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

function isLowerLatin(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

/** [A-Za-z.-]: what may not come before the first word of a "First Last" pair (an apostrophe only after a letter). */
function isWordJoiner(code: number): boolean {
  return isAsciiLetter(code) || code === 0x2e || code === 0x2d;
}

/**
 * Whether the UTF-16 unit is [A-Za-z0-9_], a regex word character (0 for the start of the text is none).
 *
 * @example
 * isWordCharacter('_'.charCodeAt(0)); // true
 */
export function isWordCharacter(code: number): boolean {
  return isAsciiLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x5f;
}

/** A capital Latin letter, ASCII or accented ("M" of "München", "Ö" of "Örebro"; not × at U+00D7). */
export function isCapitalLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0xde && code !== 0xd7);
}

/**
 * Whether the UTF-16 unit is an ASCII letter.
 *
 * @example
 * isAsciiLetter('e'.charCodeAt(0)); // true
 */
export function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/**
 * Whether the UTF-16 unit is one of [0-9A-Fa-f:.], the characters of an IPv6 address (NaN past the end is none).
 *
 * @example
 * isIpv6Character('f'.charCodeAt(0)); // true
 */
export function isIpv6Character(code: number): boolean {
  return (code >= 0x30 && code <= 0x3a) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66) || code === 0x2e;
}

/** Whether the UTF-16 unit is a hex letter, A-F or a-f. */
function isHexLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
}

/** Whether the two characters from `index` are hex digits or letters (a MAC address's pair). */
function isHexPairAt(text: string, index: number): boolean {
  return isHexCharacter(text.charCodeAt(index)) && isHexCharacter(text.charCodeAt(index + 1));
}

/**
 * Whether the UTF-16 unit is a hex digit or letter (NaN past the end is none).
 *
 * @example
 * isHexCharacter('F'.charCodeAt(0)); // true
 */
export function isHexCharacter(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || isHexLetter(code);
}

/**
 * Whether the separator at `at` joins two groups of a MAC address and the next group joins on: two hex characters on each
 * side and the same separator after them ("1A-2B-", "1a:2b:"), or for a dot, four on each side ("001a.2b3c."). "ORD-2024",
 * "E-7", "1.5.2" and "2024-01-15" join none.
 *
 * @example
 * joinsHexGroupsAt('00-1A-2B', 5); // true
 */
export function joinsHexGroupsAt(text: string, at: number): boolean {
  const separator = text.charCodeAt(at);
  const width = separator === 0x2e ? 4 : 2;
  // The group before is whole ("2024-01-15" joins none: its first group has four digits), and the one after is followed by
  // the same separator. Every index read lies inside the text: a read past either end gives NaN, which slows hot code.
  if (at < width || at + width + 1 >= text.length || text.charCodeAt(at + width + 1) !== separator) return false;
  if (at > width && isAsciiAlphanumeric(text.charCodeAt(at - width - 1))) return false;
  return width === 4 ? isHexQuadAt(text, at - 4) && isHexQuadAt(text, at + 1) : isHexPairAt(text, at - 2) && isHexPairAt(text, at + 1);
}

function isHexQuadAt(text: string, index: number): boolean {
  return isHexPairAt(text, index) && isHexPairAt(text, index + 2);
}

/**
 * Whether the UTF-16 unit joins the groups of a MAC address: a hyphen, a dot or a colon.
 *
 * @example
 * isHexPairSeparator('-'.charCodeAt(0)); // true
 */
export function isHexPairSeparator(code: number): boolean {
  return code === 0x2d || code === 0x2e || code === 0x3a;
}

/**
 * Whether the syllable is 로, 길, 동, 리 or 가: one of these right before a digit (or before the one space there) is an
 * anchor of every Korean address.
 *
 * @example
 * isAddressAnchorSyllable('로'.charCodeAt(0)); // true
 */
export function isAddressAnchorSyllable(code: number): boolean {
  return code === 0xb85c || code === 0xae38 || code === 0xb3d9 || code === 0xb9ac || code === 0xac00;
}

/**
 * Whether a mountain lot's 산 before a digit stands at `at` after its 동 or 리 (a blank between allowed): "서벽리 산 87-2",
 * "학곡리산 27-3".
 *
 * @example
 * isMountainLotAt('서벽리 산 87-2', 4); // true
 */
export function isMountainLotAt(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 0xc0b0) return false;
  const before = text.charCodeAt(at - 1) === 0x20 ? at - 2 : at - 1;
  const code = text.charCodeAt(before);
  return code === 0xb3d9 || code === 0xb9ac;
}

/** The syllables Korean plates use: private (가…주), commercial (아바사자, 배) and rental (하허호) cars. */
export const plateSyllables = '가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주아바사자배하허호';
/** 1 at `code - 0xac00` for a plate syllable: a typed-array read costs less than a Set lookup in the feature pass. */
const plateSyllableTable = new Uint8Array(11_172);
for (const syllable of plateSyllables) plateSyllableTable[syllable.charCodeAt(0) - 0xac00] = 1;

/**
 * Whether the Hangul syllable `code` at `at` is a plate syllable with a digit right before it (or a digit and one space):
 * with the digit after it, every Korean plate holds that shape. Positional parameters: the feature pass calls it from its
 * loop, where an options object would be allocated per call.
 *
 * @example
 * isPlateSyllableAt('12가 3456', 2, '가'.charCodeAt(0)); // true
 */
export function isPlateSyllableAt(text: string, at: number, code: number): boolean {
  if (plateSyllableTable[code - 0xac00] === 0) return false;
  let before = at - 1;
  if (text.charCodeAt(before) === 0x20) before -= 1;
  const digit = text.charCodeAt(before);
  return digit >= 0x30 && digit <= 0x39;
}

/**
 * Whether the colon at `colon` ends a numbered label ("Referee 1: ", "Guest 12:"): a word, a blank, one or two digits,
 * and a blank or the line's end after the colon, which a time ("at 3:30") never has.
 *
 * @example
 * isNumberedLabelColon('Referee 1: Craig Henning', 9); // true
 * isNumberedLabelColon('see you at 3:30', 12); // false
 */
export function isNumberedLabelColon(text: string, colon: number): boolean {
  const after = text.charCodeAt(colon + 1);
  if (colon + 1 < text.length && after !== 0x20 && after !== 0x09 && after !== 0x0a && after !== 0x0d) return false;
  let at = colon - 1;
  while (at >= colon - 2 && isDigitCode(text.charCodeAt(at))) at -= 1;
  return at < colon - 1 && text.charCodeAt(at) === 0x20 && isAsciiLetter(text.charCodeAt(at - 1));
}

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
