// Validation for Korean resident (주민등록번호) and foreigner (외국인등록번호) registration numbers: birth date, gender digit, checksum.
import { currentYear, isValidCalendarDate } from './calendar-date.ts';

const checksumWeights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5] as const;

/** Which register a 13-digit number belongs to, by its 7th (gender and century) digit. */
export function residentNumberKind(digits: string): 'RRN' | 'FRN' | undefined {
  const genderDigit = digits[6];
  if (genderDigit === undefined) return undefined;
  if ('12349'.includes(genderDigit) || genderDigit === '0') return 'RRN';
  if ('5678'.includes(genderDigit)) return 'FRN';
  return undefined;
}

/**
 * Whether the first seven digits hold a real birth date for the century the gender digit names
 * (1/2/5/6: 1900s, 3/4/7/8: 2000s, 9/0: 1800s), not after this year.
 *
 * @example
 * hasValidResidentBirthDate('8503121234567'); // true
 * hasValidResidentBirthDate('8502301234567'); // false (30 February)
 */
export function hasValidResidentBirthDate(digits: string): boolean {
  const genderDigit = digits[6];
  if (digits.length < 7 || genderDigit === undefined) return false;
  const century = '1256'.includes(genderDigit) ? 1900 : '3478'.includes(genderDigit) ? 2000 : 1800;
  const year = century + Number(digits.slice(0, 2));
  if (year > currentYear()) return false;
  return isValidCalendarDate({ year, month: Number(digits.slice(2, 4)), day: Number(digits.slice(4, 6)) });
}

/**
 * The check digit rule used before October 2020 (numbers issued since then have a random last digit, so a failed
 * checksum never rules a number out). Foreigner numbers used the same weights with 13 instead of 11.
 *
 * @example
 * hasValidResidentChecksum('8503121234565'); // true
 */
export function hasValidResidentChecksum(digits: string): boolean {
  if (!/^\d{13}$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < 12; index += 1) sum += Number(digits[index]) * (checksumWeights[index] ?? 0);
  const last = Number(digits[12]);
  if ((11 - (sum % 11)) % 10 === last) return true;
  return residentNumberKind(digits) === 'FRN' && (13 - (sum % 11)) % 10 === last;
}
