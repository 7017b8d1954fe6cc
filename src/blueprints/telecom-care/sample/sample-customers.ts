// Sample customers: individuals (with realistic Korean or foreign names and birth dates) and businesses (with a contact person).
import { addDays, pad } from '../calendar.ts';
import type { Customer, PaymentMethod } from '../schemas/customer-schema.ts';
import { districts } from './korean-addresses.ts';
import { companyStems, companyTrades, emailDomains, foreignNames, olderGivenNames, surnames, youngerGivenNames } from './korean-names.ts';
import type { SampleRandom } from './sample-random.ts';

const cards: readonly (readonly [string, string])[] = [
  ['신한카드', 'Shinhan Card'],
  ['KB국민카드', 'KB Kookmin Card'],
  ['삼성카드', 'Samsung Card'],
  ['현대카드', 'Hyundai Card'],
  ['롯데카드', 'Lotte Card'],
  ['하나카드', 'Hana Card'],
  ['우리카드', 'Woori Card'],
];
const banks: readonly (readonly [string, string])[] = [
  ['KB국민은행', 'KB Kookmin Bank'],
  ['신한은행', 'Shinhan Bank'],
  ['우리은행', 'Woori Bank'],
  ['하나은행', 'Hana Bank'],
  ['NH농협은행', 'NH NongHyup Bank'],
  ['IBK기업은행', 'IBK Industrial Bank'],
  ['카카오뱅크', 'KakaoBank'],
];

export interface CustomerFactory {
  random: SampleRandom;
  /** Hands out unique mobile numbers. */
  newNumber(): string;
}

export function koreanPerson(options: { random: SampleRandom; bornYear: number }): { name: string; romanized: string } {
  const { random } = options;
  const [surname, surnameLatin] = random.weighted(surnames, (entry) => entry[2]);
  const [given, givenLatin] = random.pick(options.bornYear >= 1990 ? youngerGivenNames : olderGivenNames);
  return { name: `${surname}${given}`, romanized: `${givenLatin}.${surnameLatin}` };
}

function address(random: SampleRandom, business: boolean): Customer['address'] {
  const district = random.weighted(districts, (entry) => (entry.city === '서울특별시' ? 3 : entry.city === '경기도' ? 2 : 1));
  const road = `${random.pick(district.roads)} ${random.int(1, 420)}`;
  const street = business
    ? `${road}, ${random.int(2, 18)}층`
    : random.chance(0.6)
      ? `${road}, ${random.int(101, 115)}동 ${random.int(1, 25)}${pad(random.int(1, 4))}호`
      : road;
  return { zip: pad(district.zipStart + random.int(0, 99), 5), city: district.city, district: district.district, street };
}

function paymentMethods(options: { random: SampleRandom; customerNumber: number; english: boolean }): PaymentMethod[] {
  const { random, customerNumber, english } = options;
  const count = random.chance(0.35) ? 2 : 1;
  return Array.from({ length: count }, (_, index) => {
    const isCard = index === 0 ? random.chance(0.6) : random.chance(0.5);
    const [ko, en] = random.pick(isCard ? cards : banks);
    return {
      id: `PM-${customerNumber}-${index + 1}`,
      type: isCard ? 'card' : 'bank-account',
      label: english ? en : ko,
      last4: pad(random.int(0, 9999), 4),
    };
  });
}

function birthDate(random: SampleRandom): string {
  // Adults mostly; a few teenagers and seniors so youth and senior plans have takers.
  const year = random.weighted([1945, 1955, 1965, 1975, 1985, 1995, 2005, 2012], (decade) =>
    decade >= 2005 ? 1 : decade === 1945 ? 1 : 3,
  );
  return addDays(`${year + random.int(0, 9)}-01-01`, random.int(0, 364));
}

export function sampleIndividual(options: { factory: CustomerFactory; customerNumber: number }): Customer {
  const { random } = options.factory;
  const born = birthDate(random);
  const foreign = random.chance(0.05);
  const person = foreign
    ? (() => {
        const [name, romanized] = random.pick(foreignNames);
        return { name, romanized };
      })()
    : koreanPerson({ random, bornYear: Number(born.slice(0, 4)) });
  const methods = paymentMethods({ random, customerNumber: options.customerNumber, english: foreign });
  return {
    customerId: `C-${options.customerNumber}`,
    type: 'individual',
    name: person.name,
    birthDate: born,
    email: `${person.romanized}${random.int(1, 99)}@${random.pick(emailDomains)}`,
    phone: options.factory.newNumber(),
    address: address(random, false),
    paymentMethods: methods,
    autopayMethodId: random.chance(0.75) ? (methods[0]?.id ?? null) : null,
    language: foreign ? 'en' : 'ko',
    joinedAt: addDays('2008-01-01', random.int(0, 6700)),
  };
}

export function sampleBusiness(options: { factory: CustomerFactory; customerNumber: number; businessNumber: string }): Customer {
  const { random } = options.factory;
  const [stem, stemLatin] = random.pick(companyStems);
  const [trade, tradeLatin] = random.pick(companyTrades);
  const form = random.pick(['주식회사 ', '(주)', '', '']);
  const domain = `${stemLatin}${tradeLatin}.co.kr`;
  const contact = koreanPerson({ random, bornYear: random.int(1965, 1998) });
  const contactPhone = options.factory.newNumber();
  const methods = paymentMethods({ random, customerNumber: options.customerNumber, english: false });
  return {
    customerId: `C-${options.customerNumber}`,
    type: 'business',
    name: `${form}${stem}${trade}`,
    businessNumber: options.businessNumber,
    contactPerson: { name: contact.name, phone: contactPhone, email: `${contact.romanized.split('.')[0]}@${domain}` },
    email: `admin@${domain}`,
    phone: contactPhone,
    address: address(random, true),
    paymentMethods: methods,
    autopayMethodId: methods[0]?.id ?? null,
    language: 'ko',
    joinedAt: addDays('2012-01-01', random.int(0, 5000)),
  };
}
