// Phone numbers (Korean mobile, area codes 02 and 031-064, 070, 0505, +82; +1 and +44), e-mail addresses and IP addresses.
import type { Random } from '../random.ts';

const areaCodes = ['02', '031', '032', '033', '041', '042', '043', '044', '051', '052', '053', '054', '055', '061', '062', '063', '064'];

/**
 * A Korean phone number in one of the ways people write them.
 * @example
 * koreanPhone(random); // '010-4821-0937', '02 345 6789', '+82 10-4821-0937', '0505-123-4567'
 */
export function koreanPhone(random: Random): string {
  const separator = random.pick(['-', '-', '-', ' ', '', '.']);
  const kind = random.integer(10);
  if (kind < 5) {
    const digits = [`010`, random.digits(4).replace(/^0/, String(random.between(2, 9))), random.digits(4)];
    if (random.chance(0.15)) return `${random.pick(['+82 10-', '+82-10-', '+82 10 '])}${digits[1]}-${digits[2]}`;
    return digits.join(separator);
  }
  if (kind < 8) {
    const area = random.pick(areaCodes);
    const middle = area === '02' && random.chance(0.5) ? String(random.between(200, 999)) : String(random.between(2000, 9899));
    if (random.chance(0.1)) return `+82 ${area.slice(1)}-${middle}-${random.digits(4)}`;
    return [area, middle, random.digits(4)].join(separator);
  }
  if (kind < 9) return ['070', String(random.between(4000, 8999)), random.digits(4)].join(separator);
  return ['0505', String(random.between(100, 999)), random.digits(4)].join(separator === '' ? '-' : separator);
}

const usAreaCodes = ['212', '415', '646', '312', '617', '206', '213', '305', '512', '718'];

/** A +1 (NANP) number; the exchange avoids the 555 fiction block. */
export function usPhone(random: Random): string {
  const area = random.pick(usAreaCodes);
  const exchange = String(random.between(201, 989)).replace(/^555$/, '556');
  const line = random.digits(4);
  return random.pick([
    `+1 ${area}-${exchange}-${line}`,
    `+1 (${area}) ${exchange}-${line}`,
    `(${area}) ${exchange}-${line}`,
    `${area}-${exchange}-${line}`,
    `+1.${area}.${exchange}.${line}`,
  ]);
}

/** A +44 number: London landline or a UK mobile. */
export function ukPhone(random: Random): string {
  if (random.chance(0.5))
    return random.pick([`+44 20 7${random.digits(3)} ${random.digits(4)}`, `020 7${random.digits(3)} ${random.digits(4)}`]);
  const mobile = `7${random.pick(['4', '5', '7', '8', '9'])}${random.digits(2)}`;
  return random.pick([`+44 ${mobile} ${random.digits(6)}`, `0${mobile} ${random.digits(6)}`]);
}

const domains = [
  'naver.com',
  'gmail.com',
  'daum.net',
  'kakao.com',
  'hanmail.net',
  'outlook.com',
  'yahoo.co.kr',
  'hanbit-logistics.co.kr',
  'seoulmed.or.kr',
  'acme-corp.com',
  'proton.me',
  'company.kr',
];

/** An e-mail address built from a romanised name. */
export function email(random: Random, localHint: string): string {
  const local = localHint.toLowerCase().replace(/[^a-z]/g, '');
  const suffix = random.pick(['', String(random.between(1, 99)), String(random.between(1970, 2005)), '_kr', '.work']);
  const joined = random.pick([local, `${local.slice(0, 1)}.${local.slice(1)}`, `${local}${suffix}`]);
  return `${joined || 'user'}@${random.pick(domains)}`;
}

/** An IPv4 address, private or public; sometimes an IPv6 one. */
export function ipAddress(random: Random): string {
  if (random.chance(0.12)) return `2001:db8:${random.between(1, 9999).toString(16)}::${random.between(1, 65535).toString(16)}`;
  const first = random.pick(['10', '172', '192', '211', '121', '58', '175', '203', '115']);
  const second = first === '192' ? '168' : first === '172' ? String(random.between(16, 31)) : String(random.between(0, 255));
  return `${first}.${second}.${random.between(0, 255)}.${random.between(1, 254)}`;
}
