// The check digit of a Korean corporate registration number (법인등록번호, XXXXXX-XXXXXXX).

/**
 * Weights 1,2,1,2… over the first twelve digits; the check digit brings the sum to a multiple of ten.
 *
 * @example
 * hasValidCorporateNumberChecksum('1101110000002'); // true
 */
export function hasValidCorporateNumberChecksum(digits: string): boolean {
  if (digits.length !== 13) return false;
  let sum = 0;
  for (let index = 0; index < 13; index += 1) {
    const code = digits.charCodeAt(index);
    if (code < 48 || code > 57) return false;
    if (index < 12) sum += (code - 48) * (index % 2 === 0 ? 1 : 2);
  }
  return (10 - (sum % 10)) % 10 === digits.charCodeAt(12) - 48;
}
