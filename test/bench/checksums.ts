// Check digits the evaluation sets' values must pass, computed apart from the recognisers that check them.

/**
 * Whether the digits pass the Luhn check (cards, IMEIs, Canadian SINs).
 *
 * @example
 * passesLuhn('4111111111111111'); // true
 */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  [...digits].reverse().forEach((character, index) => {
    const doubled = index % 2 === 1 ? Number(character) * 2 : Number(character);
    sum += doubled > 9 ? doubled - 9 : doubled;
  });
  return sum % 10 === 0;
}

/**
 * The ISO 13616 remainder of an IBAN (1 for a valid one), blanks ignored.
 *
 * @example
 * ibanRemainder('GB82 WEST 1234 5698 7654 32'); // 1
 */
export function ibanRemainder(iban: string): number {
  const compact = iban.replace(/\s/g, '');
  const rearranged = `${compact.slice(4)}${compact.slice(0, 4)}`.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  return [...rearranged].reduce((remainder, digit) => (remainder * 10 + Number(digit)) % 97, 0);
}

/** Korean digit words and Han numerals, and the letters a scan puts for digits, as the digits they stand for. */
const digitLookalikes: Readonly<Record<string, string>> = {
  ...Object.fromEntries([...'공영일이삼사오육칠팔구'].map((word, index) => [word, String([0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9][index])])),
  ...Object.fromEntries([...'〇零一二三四五六七八九'].map((numeral, index) => [numeral, String([0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9][index])])),
  O: '0',
  o: '0',
  l: '1',
  I: '1',
  S: '5',
  Z: '2',
  B: '8',
};

/**
 * A disguised value's plain form, as a writer of the hand-written rounds checked it: HTML references and percent-encoding
 * decoded, fullwidth forms made ASCII, characters that do not show and quoting marks dropped, and (with `digitsOnly`) digit words, Han numerals and look-alike letters read
 * as digits, everything else dropped.
 *
 * @example
 * plainValue('4633-B326-1936-2968', { digitsOnly: true }); // '4633832619362968'
 */
export function plainValue(value: string, options: { digitsOnly?: boolean } = {}): string {
  const ascii = value
    .replace(/&#(\d+);|&#x([0-9a-f]+);/gi, (_, decimal: string | undefined, hex: string | undefined) =>
      String.fromCodePoint(decimal !== undefined ? Number(decimal) : Number.parseInt(hex!, 16)),
    )
    .replace(/&nbsp;/g, ' ')
    .replace(/(?:%[0-9A-Fa-f]{2})+/g, (encoded) => decodeURIComponent(encoded))
    .replace(/[\uff01-\uff5e]/g, (character) => String.fromCharCode(character.charCodeAt(0) - 0xfee0))
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]|\n>[ \t]?/g, '');
  if (options.digitsOnly !== true) return ascii;
  return [...ascii]
    .map((character) => digitLookalikes[character] ?? character)
    .join('')
    .replace(/\D/g, '');
}

const englishDigitWords: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'].map((word, digit) => [word, String(digit)]),
  ),
  oh: '0',
};

/**
 * A value read out in English digit words as its digits, the commas and blanks between them dropped; any other value as
 * it is.
 *
 * @example
 * withEnglishDigits('PL one four, one zero nine zero'); // 'PL 141090'
 */
export function withEnglishDigits(value: string): string {
  if (!/\b(?:zero|one|two|three|four|five|six|seven|eight|nine)\b/i.test(value)) return value;
  return value
    .replace(/\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b/gi, (word) => englishDigitWords[word.toLowerCase()]!)
    .replace(/(\d)[ ,]+(?=\d)/g, '$1');
}
