// The official check digit of a Korean business registration number (사업자등록번호, XXX-XX-XXXXX).

const weights = [1, 3, 7, 1, 3, 7, 1, 3, 5] as const;

/**
 * @example
 * hasValidBusinessNumberChecksum('1208147521'); // true
 * hasValidBusinessNumberChecksum('1208147522'); // false
 */
export function hasValidBusinessNumberChecksum(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < 9; index += 1) sum += Number(digits[index]) * (weights[index] ?? 0);
  // The ninth digit counts a second time as the tens of its product with 5.
  sum += Math.floor((Number(digits[8]) * 5) / 10);
  return (10 - (sum % 10)) % 10 === Number(digits[9]);
}
