// Card numbers (Luhn-valid, real issuer prefixes) and their expiry dates, Korean bank accounts in each bank's layout, and mod-97-valid IBANs.
import { pad, type Random } from '../random.ts';

function luhnCheckDigit(body: string): number {
  let sum = 0;
  for (let index = 0; index < body.length; index += 1) {
    let digit = Number(body[body.length - 1 - index]);
    if (index % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

const issuers = [
  { name: 'Visa', prefixes: ['4'], length: 16 },
  { name: 'Mastercard', prefixes: ['51', '52', '53', '54', '55', '2221', '2720'], length: 16 },
  { name: 'American Express', prefixes: ['34', '37'], length: 15 },
  { name: 'JCB', prefixes: ['3528', '3566', '3589'], length: 16 },
  { name: 'Discover', prefixes: ['6011', '65'], length: 16 },
  { name: 'UnionPay', prefixes: ['62'], length: 16 },
  { name: 'BC', prefixes: ['9410', '9420', '9430', '9445'], length: 16 },
] as const;

/**
 * A Luhn-valid card number with a real issuer prefix, grouped the way it is printed.
 * @example
 * creditCard(random); // { issuer: 'Visa', value: '4539 1488 0343 6467' }
 */
export function creditCard(random: Random): { issuer: string; value: string } {
  const issuer = random.pick(issuers);
  const prefix = random.pick(issuer.prefixes);
  const body = prefix + random.digits(issuer.length - prefix.length - 1);
  const digits = body + String(luhnCheckDigit(body));
  const separator = random.pick([' ', '-', '', '-', ' ']);
  if (separator === '') return { issuer: issuer.name, value: digits };
  const groups = issuer.length === 15 ? [4, 6, 5] : [4, 4, 4, 4];
  let offset = 0;
  const value = groups
    .map((size) => {
      const group = digits.slice(offset, offset + size);
      offset += size;
      return group;
    })
    .join(separator);
  return { issuer: issuer.name, value };
}

/** Korean banks with their account layout (digit groups). */
const koreanBanks = [
  { ko: '국민은행', en: 'KB Kookmin Bank', groups: [6, 2, 6] },
  { ko: '신한은행', en: 'Shinhan Bank', groups: [3, 3, 6] },
  { ko: '우리은행', en: 'Woori Bank', groups: [4, 3, 6] },
  { ko: '하나은행', en: 'Hana Bank', groups: [3, 6, 5] },
  { ko: '농협', en: 'NongHyup Bank', groups: [3, 4, 4, 2] },
  { ko: 'IBK기업은행', en: 'IBK', groups: [3, 6, 2, 3] },
  { ko: '카카오뱅크', en: 'KakaoBank', groups: [4, 2, 7] },
  { ko: '토스뱅크', en: 'Toss Bank', groups: [4, 4, 4] },
  { ko: 'SC제일은행', en: 'SC First Bank', groups: [3, 2, 6] },
  { ko: '새마을금고', en: 'MG Saemaeul', groups: [4, 2, 6, 1] },
] as const;

/** A Korean bank account with the bank's names; the number is hyphenated as the bank prints it, or plain. */
export function koreanBankAccount(random: Random): { bankKo: string; bankEn: string; value: string } {
  const bank = random.pick(koreanBanks);
  const groups = bank.groups.map((size) => random.digits(size));
  const value = random.chance(0.75) ? groups.join('-') : groups.join('');
  return { bankKo: bank.ko, bankEn: bank.en, value };
}

const ibanCountries = [
  { country: 'GB', build: (random: Random) => `${random.pick(['NWBK', 'BARC', 'HBUK', 'LOYD', 'MIDL'])}${random.digits(14)}` },
  { country: 'DE', build: (random: Random) => random.digits(18) },
  { country: 'FR', build: (random: Random) => `${random.digits(10)}${random.digits(11)}${random.digits(2)}` },
  { country: 'NL', build: (random: Random) => `${random.pick(['ABNA', 'INGB', 'RABO'])}${random.digits(10)}` },
  { country: 'ES', build: (random: Random) => random.digits(20) },
  { country: 'IT', build: (random: Random) => `${random.pick(['X', 'K', 'A'])}${random.digits(10)}${random.digits(12)}` },
] as const;

function mod97(numeric: string): number {
  let remainder = 0;
  for (const character of numeric) remainder = (remainder * 10 + Number(character)) % 97;
  return remainder;
}

const toNumeric = (text: string) =>
  [...text].map((character) => (/[A-Z]/.test(character) ? String(character.charCodeAt(0) - 55) : character)).join('');

/** A mod-97-valid IBAN, printed in groups of four or compact. */
export function iban(random: Random): string {
  const spec = random.pick(ibanCountries);
  const account = spec.build(random);
  const check = 98 - mod97(toNumeric(`${account}${spec.country}00`));
  const compact = `${spec.country}${String(check).padStart(2, '0')}${account}`;
  return random.chance(0.6) ? (compact.match(/.{1,4}/g) ?? []).join(' ') : compact;
}

/** A US Social Security number with a valid area (not 000, 666 or 9xx), group and serial. */
export function usSsn(random: Random): string {
  let area = random.between(1, 899);
  if (area === 666) area = 667;
  const parts = [
    String(area).padStart(3, '0'),
    String(random.between(1, 99)).padStart(2, '0'),
    String(random.between(1, 9999)).padStart(4, '0'),
  ];
  return parts.join(random.pick(['-', '-', '-', ' ']));
}

/**
 * A card's expiry date as printed on it, MM/YY.
 * @example
 * cardExpiry(random); // '08/27'
 */
export function cardExpiry(random: Random): string {
  return `${pad(random.between(1, 12), 2)}/${random.between(26, 31)}`;
}
