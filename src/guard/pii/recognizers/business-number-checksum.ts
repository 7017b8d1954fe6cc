// The official check digit of a Korean business registration number (사업자등록번호, XXX-XX-XXXXX).

const weights = [1, 3, 7, 1, 3, 7, 1, 3, 5] as const;

/**
 * @example
 * hasValidBusinessNumberChecksum('1208147521'); // true
 * hasValidBusinessNumberChecksum('1208147522'); // false
 */
export function hasValidBusinessNumberChecksum(digits: string): boolean {
  if (!isDigits(digits, 10)) return false;
  let sum = 0;
  for (let index = 0; index < 9; index += 1) sum += (digits.charCodeAt(index) - 48) * (weights[index] ?? 0);
  // The ninth digit counts a second time as the tens of its product with 5.
  sum += Math.floor(((digits.charCodeAt(8) - 48) * 5) / 10);
  return (10 - (sum % 10)) % 10 === digits.charCodeAt(9) - 48;
}

/** Whether `text` is exactly `length` ASCII digits. */
function isDigits(text: string, length: number): boolean {
  if (text.length !== length) return false;
  for (let index = 0; index < length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return true;
}
