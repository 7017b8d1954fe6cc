// Korean identity numbers with real structure: RRN/FRN (birth date, century digit, checksum or the post-2020 random tail), BRN and CRN checksums.
import { pad, type Random } from '../random.ts';

const rrnWeights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];

function weightedSum(digits: string, weights: readonly number[]): number {
  return weights.reduce((sum, weight, index) => sum + weight * Number(digits[index]), 0);
}

/** A real calendar date between the years given, as YYMMDD plus its full year. */
export function birthDate(random: Random, range: { from: number; to: number }) {
  const year = random.between(range.from, range.to);
  const month = random.between(1, 12);
  const day = random.between(1, new Date(Date.UTC(year, month, 0)).getUTCDate());
  return { year, month, day, compact: `${pad(year % 100, 2)}${pad(month, 2)}${pad(day, 2)}` };
}

export type RrnKind = 'checksum' | 'no-checksum';

/**
 * A resident (or, with `foreigner`, foreigner) registration number. `checksum` numbers carry the pre-October-2020
 * check digit; `no-checksum` numbers follow the 2020 reform (gender digit, then six random digits).
 * @example
 * rrnDigits(random, { kind: 'checksum' }); // '8503141234567' shaped, valid check digit
 */
export function rrnDigits(random: Random, options: { kind: RrnKind; foreigner?: boolean }): string {
  const born = options.kind === 'checksum' ? birthDate(random, { from: 1940, to: 2019 }) : birthDate(random, { from: 1950, to: 2023 });
  const male = random.chance(0.5);
  const base = options.foreigner ? 5 : 1;
  const centuryOffset = born.year >= 2000 ? 2 : 0;
  const genderDigit = base + centuryOffset + (male ? 0 : 1);
  if (options.kind === 'no-checksum') return `${born.compact}${genderDigit}${random.digits(6)}`;
  // Before 2020 digits 8-11 were the registration office code and digit 12 a serial.
  const body = `${born.compact}${genderDigit}${pad(random.between(0, 9599), 4)}${random.integer(10)}`;
  const sum = weightedSum(body, rrnWeights);
  const check = options.foreigner ? (13 - (sum % 11)) % 10 : (11 - (sum % 11)) % 10;
  return `${body}${check}`;
}

/** Business registration number (사업자등록번호): 3-2-5 digits with the National Tax Service check digit. */
export function brnDigits(random: Random): string {
  const office = pad(random.between(101, 899), 3);
  const kind = pad(random.pick([1, 2, 3, 5, 6, 7, 8, 81, 82, 86, 87, 88]), 2);
  const body = `${office}${kind}${random.digits(4)}`;
  const weights = [1, 3, 7, 1, 3, 7, 1, 3, 5];
  let sum = weightedSum(body, weights);
  sum += Math.floor((Number(body[8]) * 5) / 10);
  return `${body}${(10 - (sum % 10)) % 10}`;
}

/** Corporate registration number (법인등록번호): registry office + corporation kind + serial + check digit (weights 1,2). */
export function crnDigits(random: Random): string {
  const office = random.pick(['1101', '1301', '1201', '1345', '1358', '1615', '1701', '1801', '2001', '1311']);
  const kind = random.pick(['11', '11', '11', '12', '13', '14', '71']);
  const body = `${office}${kind}${random.digits(6)}`;
  const sum = weightedSum(body, [1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2]);
  return `${body}${(10 - (sum % 10)) % 10}`;
}

/** Splits a 13-digit RRN/FRN/CRN as written: usually with a hyphen, sometimes a space or nothing. */
export function formatThirteen(random: Random, digits: string): string {
  const separator = random.pick(['-', '-', '-', '-', ' ', '']);
  return `${digits.slice(0, 6)}${separator}${digits.slice(6)}`;
}

/** 123-45-67890, sometimes without hyphens. */
export function formatBrn(random: Random, digits: string): string {
  return random.chance(0.8) ? `${digits.slice(0, 3)}-${digits.slice(3, 5)}-${digits.slice(5)}` : digits;
}

/** Korean passport: M/S/R/G/D + 8 digits, or the 2021 format letter + 3 digits + letter + 4 digits. */
export function koreanPassport(random: Random): string {
  const letter = random.pick(['M', 'M', 'M', 'S', 'R', 'G']);
  if (random.chance(0.6)) return `${letter}${random.digits(8)}`;
  return `${letter}${random.digits(3)}${random.pick(['A', 'B', 'C', 'D', 'E', 'F'])}${random.digits(4)}`;
}

const licenceRegions = ['11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21', '22', '23', '24', '25', '26', '28'];

/** Korean driver's licence: region(2)-year(2)-serial(6)-check(2), e.g. 11-19-123456-01. */
export function koreanDriverLicence(random: Random): string {
  const parts = [random.pick(licenceRegions), pad(random.between(0, 24), 2), random.digits(6), random.digits(2)];
  return random.chance(0.85) ? parts.join('-') : parts.join('');
}

/** Health-insurance card number (건강보험증 번호): 11 digits, written plain or as 1-2345678901. */
export function koreanHealthInsurance(random: Random): string {
  const digits = `${random.between(1, 9)}${random.digits(10)}`;
  return random.chance(0.6) ? digits : `${digits.slice(0, 1)}-${digits.slice(1)}`;
}

/** Hospital patient / medical record number (등록번호, MRN): 8 digits, sometimes with a year prefix. */
export function medicalRecordNumber(random: Random): string {
  const shape = random.integer(4);
  if (shape === 0) return `${random.between(2015, 2025)}-${random.digits(6)}`;
  if (shape === 1) return `MRN${random.digits(7)}`;
  return random.digits(8);
}
