// IBAN validation: the length each country prescribes and the ISO 7064 mod-97 check digits.

// prettier-ignore
/** IBAN lengths per country (ISO 13616 registry, the countries most often seen). */
const ibanLengths: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, CH: 21, CR: 22, CY: 28, CZ: 24,
  DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27,
  GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LI: 21, LT: 20,
  LU: 20, LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24, PL: 28, PS: 29,
  PT: 25, QA: 29, RO: 24, RS: 22, SA: 24, SE: 24, SI: 19, SK: 24, SM: 27, TN: 24, TR: 26, UA: 29, VG: 24, XK: 20,
};

/**
 * Spaces are ignored; the country's length and mod 97 = 1 must both hold.
 *
 * @example
 * isValidIban('DE89 3704 0044 0532 0130 00'); // true
 * isValidIban('DE89 3704 0044 0532 0130 01'); // false
 */
export function isValidIban(iban: string): boolean {
  const compact = iban.replace(/ /g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(compact)) return false;
  if (ibanLengths[compact.slice(0, 2)] !== compact.length) return false;
  return ibanMod97(compact) === 1;
}

/**
 * Whether `iban` has an IBAN's form, its country's code and length, whatever its check digits: an IBAN typed with one
 * character wrong.
 *
 * @example
 * hasIbanForm('ES76 2085 9301 4633 0012 7794'); // true
 */
export function hasIbanForm(iban: string): boolean {
  const compact = iban.replace(/ /g, '');
  return /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(compact) && ibanLengths[compact.slice(0, 2)] === compact.length;
}

/**
 * The remainder mod 97 of the IBAN read as a number after moving its first four characters to the end (A=10 … Z=35).
 *
 * @example
 * ibanMod97('GB82WEST12345698765432'); // 1
 */
export function ibanMod97(compactIban: string): number {
  const rearranged = compactIban.slice(4) + compactIban.slice(0, 4);
  let remainder = 0;
  for (const character of rearranged) {
    const value = Number.parseInt(character, 36);
    remainder = value > 9 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
  }
  return remainder;
}
