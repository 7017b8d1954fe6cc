// The Luhn (mod 10) check that every payment card number carries.

/**
 * @example
 * passesLuhn('4111111111111111'); // true
 * passesLuhn('4111111111111112'); // false
 */
export function passesLuhn(digits: string): boolean {
  if (digits.length === 0) return false;
  let sum = 0;
  // Character codes, not Number(digits[i]): a one-character string per digit cost more than the check itself.
  for (let index = 0; index < digits.length; index += 1) {
    let digit = digits.charCodeAt(digits.length - 1 - index) - 48;
    if (digit < 0 || digit > 9) return false;
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}
