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
