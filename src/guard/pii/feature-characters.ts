// Character tests of the feature pass for the gates of names, addresses and IPv6: each is the first step of a pattern it stands for.

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
  const capital = text.charCodeAt(before);
  if (capital < 0x41 || capital > 0x5a) return false;
  // The pattern's look-behind: the first word does not continue a word, a name with an apostrophe or a hyphenated one.
  return before === 0 || !isWordJoiner(text.charCodeAt(before - 1));
}

function isLowerLatin(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

/** [A-Za-z'’.-]: what may not come before the first word of a "First Last" pair. */
function isWordJoiner(code: number): boolean {
  return isAsciiLetter(code) || code === 0x27 || code === 0x2019 || code === 0x2e || code === 0x2d;
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

/**
 * Whether 로, 길, 동, 리 or 가 comes right before the digit at `index`, or before the one space there.
 *
 * @example
 * isAddressAnchorBefore('테헤란로 152', 5); // true
 */
export function isAddressAnchorBefore(text: string, index: number): boolean {
  let before = text.charCodeAt(index - 1);
  if (before === 0x20 && index >= 2) before = text.charCodeAt(index - 2);
  return before === 0xb85c || before === 0xae38 || before === 0xb3d9 || before === 0xb9ac || before === 0xac00;
}
