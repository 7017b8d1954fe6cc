// Sample customers: Korean names, romanised emails, mobile numbers, road-name addresses, saved cards and loyalty points.
import type { Customer, LoyaltyTier, PaymentMethod } from '../schemas/index.ts';
import { emailDomains, givenNames, surnames } from './korean-names.ts';
import { placeWeights, samplePlaces } from './korean-places.ts';
import { pick, pickWeighted, type Random, randomDigits, randomInteger } from './random-helpers.ts';

const cards = ['신한카드', 'KB국민카드', '삼성카드', '현대카드', '롯데카드', '하나카드', '우리카드', 'BC카드', 'NH농협카드'];
const banks = ['KB국민은행', '신한은행', '우리은행', '하나은행', 'NH농협은행', 'IBK기업은행', '카카오뱅크', '토스뱅크'];
const surnameWeights = surnames.map(([, , weight]) => weight);
const tiers: [LoyaltyTier, number, number][] = [
  ['basic', 50, 8_000],
  ['silver', 30, 25_000],
  ['gold', 15, 60_000],
  ['platinum', 5, 150_000],
];

function paymentMethodsOf(options: { random: Random; customerNumber: number }): PaymentMethod[] {
  const { random, customerNumber } = options;
  const methods: PaymentMethod[] = [];
  const count = randomInteger(random, { minimum: 1, maximum: 3 });
  for (let index = 0; index < count; index += 1) {
    const id = `PM-${customerNumber}-${index + 1}`;
    if (random() < 0.8) methods.push({ id, type: 'card', label: pick(random, cards), last4: randomDigits(random, 4) });
    else methods.push({ id, type: 'bank', label: `${pick(random, banks)} 계좌이체`, last4: randomDigits(random, 4) });
  }
  if (random() < 0.4) methods.push({ id: `PM-${customerNumber}-${count + 1}`, type: 'points', label: '누리 포인트' });
  return methods;
}

/**
 * @example
 * sampleCustomers({ random: seededRandom(7), count: 500 })[0]; // { customerId: 'C-000001', name: '김서연', … }
 */
export function sampleCustomers(options: { random: Random; count: number }): Customer[] {
  const { random, count } = options;
  const emails = new Set<string>();
  const nameAndZips = new Set<string>();
  const customers: Customer[] = [];
  for (let number = 1; number <= count; number += 1) {
    const [surname, surnameLatin] = surnames[pickWeighted(random, surnameWeights)] ?? ['김', 'kim'];
    const [given, givenLatin] = pick(random, givenNames);
    const name = surname + given;
    const place = samplePlaces[pickWeighted(random, placeWeights)] ?? samplePlaces[0];
    if (!place) throw new Error('no sample places');
    // Name + postal code is a way to sign in, so no two sample customers share both.
    let zip = place.zipPrefix + randomDigits(random, 2);
    for (let attempt = 0; nameAndZips.has(`${name}|${zip}`); attempt += 1)
      zip = (attempt < 50 ? place.zipPrefix + randomDigits(random, 2) : String(10_000 + number).slice(-5)).padStart(5, '0');
    nameAndZips.add(`${name}|${zip}`);
    const localPart =
      random() < 0.5
        ? `${givenLatin}.${surnameLatin}`
        : `${surnameLatin}${givenLatin}${randomInteger(random, { minimum: 70, maximum: 99 })}`;
    const domain = pick(random, emailDomains);
    let email = `${localPart}@${domain}`;
    for (let suffix = 2; emails.has(email); suffix += 1) email = `${localPart}${suffix}@${domain}`;
    emails.add(email);
    const road = pick(random, place.roads);
    const apartment = random() < 0.6;
    const tierIndex = pickWeighted(
      random,
      tiers.map(([, weight]) => weight),
    );
    const [tier, , typicalPoints] = tiers[tierIndex] ?? tiers[0]!;
    customers.push({
      customerId: `C-${String(number).padStart(6, '0')}`,
      name,
      email,
      phone: `010-${randomDigits(random, 4)}-${randomDigits(random, 4)}`,
      address: {
        zip,
        city: place.city.ko,
        district: place.district.ko,
        street: `${road.ko} ${randomInteger(random, { minimum: 1, maximum: 420 })}`,
        ...(apartment
          ? {
              line2: `${randomInteger(random, { minimum: 101, maximum: 115 })}동 ${randomInteger(random, { minimum: 1, maximum: 25 })}0${randomInteger(random, { minimum: 1, maximum: 4 })}호`,
            }
          : {}),
      },
      paymentMethods: paymentMethodsOf({ random, customerNumber: number }),
      loyaltyPoints: Math.round(typicalPoints * random() * 2),
      tier,
    });
  }
  return customers;
}
