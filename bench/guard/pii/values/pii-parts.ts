// Labelled PII values for templates, bound to one random source: each call returns a part that becomes a label.
import type { PiiType } from '../../../../src/guard/pii/types.ts';
import type { PiiPart } from '../compose.ts';
import type { Random } from '../random.ts';
import { englishAddress, koreanAddress } from './addresses.ts';
import { email, ipAddress, koreanPhone, ukPhone, usPhone } from './contact.ts';
import { birthday, englishDate, koreanDate } from './dates.ts';
import { cardExpiry, creditCard, iban, koreanBankAccount, usSsn } from './financial.ts';
import {
  brnDigits,
  crnDigits,
  formatBrn,
  formatThirteen,
  koreanDriverLicence,
  koreanHealthInsurance,
  koreanPassport,
  medicalRecordNumber,
  rrnDigits,
} from './korean-ids.ts';
import { englishName, koreanName } from './people.ts';

const part = (type: PiiType, value: string): PiiPart => ({ type, value });

/** Builders for every labelled value, bound to one random source. */
export function piiParts(random: Random) {
  return {
    /** Half checksum-valid (pre-2020), half post-2020 random-tail numbers. */
    rrn: () => part('RRN', formatThirteen(random, rrnDigits(random, { kind: random.chance(0.55) ? 'checksum' : 'no-checksum' }))),
    frn: () =>
      part('FRN', formatThirteen(random, rrnDigits(random, { kind: random.chance(0.6) ? 'checksum' : 'no-checksum', foreigner: true }))),
    brn: () => part('BRN', formatBrn(random, brnDigits(random))),
    crn: () => part('CRN', formatThirteen(random, crnDigits(random))),
    passportKo: () => part('PASSPORT', koreanPassport(random)),
    passportEn: () => part('PASSPORT', random.pick([random.digits(9), `${random.pick(['C', 'A', 'E'])}${random.digits(8)}`])),
    licenceKo: () => part('DRIVER_LICENSE', koreanDriverLicence(random)),
    licenceEn: () =>
      part(
        'DRIVER_LICENSE',
        random.pick([
          `${random.pick(['D', 'F', 'S', 'B'])}${random.digits(7)}`,
          `${random.pick(['SMITH', 'JONES', 'BROWN'])}${random.digits(6)}${random.pick(['AB', 'JM', 'KL'])}${random.digits(1)}${random.pick(['XY', 'QR'])}`,
          `${random.digits(3)}-${random.digits(3)}-${random.digits(3)}`,
        ]),
      ),
    healthKo: () => part('HEALTH_INSURANCE', koreanHealthInsurance(random)),
    healthEn: () =>
      part(
        'HEALTH_INSURANCE',
        random.pick([
          `${random.pick(['XEH', 'W', 'ZGP', 'YUB'])}${random.digits(9)}`,
          `${random.between(1, 9)}${random.pick(['EG', 'AC', 'TW'])}${random.digits(1)}-${random.pick(['TE5', 'HJ2', 'KA9'])}-${random.pick(['MK73', 'AB12', 'PR45'])}`,
        ]),
      ),
    mrn: () => part('MEDICAL_RECORD', medicalRecordNumber(random)),
    cardExpiry: () => part('CARD_EXPIRY', cardExpiry(random)),
    card: () => {
      const card = creditCard(random);
      return { issuer: card.issuer, part: part('CREDIT_CARD', card.value) };
    },
    bankAccount: () => {
      const account = koreanBankAccount(random);
      return { bankKo: account.bankKo, bankEn: account.bankEn, part: part('BANK_ACCOUNT', account.value) };
    },
    foreignAccount: () =>
      part('BANK_ACCOUNT', random.pick([random.digits(8), `${random.digits(4)}${random.digits(6)}`, random.digits(12)])),
    iban: () => part('IBAN', iban(random)),
    ssn: () => part('US_SSN', usSsn(random)),
    phoneKo: () => part('PHONE', koreanPhone(random)),
    phoneUs: () => part('PHONE', usPhone(random)),
    phoneUk: () => part('PHONE', ukPhone(random)),
    email: (hint: string) => part('EMAIL', email(random, hint)),
    ip: () => part('IP_ADDRESS', ipAddress(random)),
    dobKo: () => part('DATE_OF_BIRTH', koreanDate(random, birthday(random))),
    dobEn: () => part('DATE_OF_BIRTH', englishDate(random, birthday(random))),
    personKo: () => {
      const name = koreanName(random);
      return { ...name, part: part('PERSON', name.full) };
    },
    personEn: () => {
      const name = englishName(random);
      return { ...name, part: part('PERSON', name.full) };
    },
    addressKo: (style?: 'road' | 'lot') => part('ADDRESS', koreanAddress(random, style ? { style } : {}).value),
    addressEn: () => part('ADDRESS', englishAddress(random)),
  };
}

export type PiiParts = ReturnType<typeof piiParts>;
