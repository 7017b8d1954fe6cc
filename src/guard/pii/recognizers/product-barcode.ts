// Recognises EAN-13 product barcodes, whose Korean prefix 880 also reads as a 1988 birth date in a resident number.

/**
 * @example
 * isEan13Barcode('8801234567893'); // true
 */
export function isEan13Barcode(digits: string): boolean {
  if (!/^\d{13}$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < 12; index += 1) sum += Number(digits[index]) * (index % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10 === Number(digits[12]);
}
