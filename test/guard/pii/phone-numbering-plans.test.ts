// The numbering-plan verdicts against libphonenumber itself: for every shape they decide, the same answer as its parse.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import libphonenumber from 'google-libphonenumber';
import { seededRandom } from '../../../src/core/index.ts';
import {
  dialledNationalNumber,
  internationalNationalNumber,
  numberTypeInPlan,
  type PlanRegion,
} from '../../../src/guard/pii/recognizers/phone-numbering-plans.ts';
import { internationalCountryCode, isValidNationalPhone, koreanNumberType } from '../../../src/guard/pii/recognizers/phone-verdicts.ts';

const phoneUtil = libphonenumber.PhoneNumberUtil.getInstance();
const { PhoneNumberType } = libphonenumber;

/** libphonenumber's own type for digits dialled in `region`, or undefined when it cannot parse them. */
function referenceType(digits: string, region: PlanRegion): libphonenumber.PhoneNumberType | undefined {
  try {
    const number = phoneUtil.parse(digits, region);
    return phoneUtil.isValidNumberForRegion(number, region) ? phoneUtil.getNumberType(number) : PhoneNumberType.UNKNOWN;
  } catch {
    return undefined;
  }
}

function referenceCountryCode(digits: string): number | undefined {
  try {
    const number = phoneUtil.parse(`+${digits}`);
    return phoneUtil.isValidNumber(number) ? (number.getCountryCode() ?? undefined) : undefined;
  } catch {
    return undefined;
  }
}

const random = seededRandom(20261129);
const digitsOf = (count: number) => Array.from({ length: count }, () => Math.floor(random() * 10)).join('');
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
// Real prefixes and near misses: carrier codes (08…), international prefixes (00…), business numbers, country codes.
const prefixes: Record<PlanRegion, string[]> = {
  KR: [
    '010',
    '011',
    '016',
    '019',
    '02',
    '031',
    '042',
    '051',
    '064',
    '070',
    '0505',
    '050',
    '060',
    '080',
    '081',
    '0855',
    '00',
    '001',
    '1588',
    '82',
    '',
  ],
  US: ['2', '4', '7', '9', '415', '212', '555', '800', '888', '900', '523', '1', '0', '011', ''],
  GB: ['07', '020', '01', '011', '0800', '0845', '09', '03', '05', '0', '18', '180020', '44', '00', ''],
};

test('dialled numbers: where the plan decides, it gives libphonenumber’s type (Korean, US and UK forms)', () => {
  let decided = 0;
  for (let round = 0; round < 6000; round += 1) {
    for (const region of ['KR', 'US', 'GB'] as const) {
      const digits = pick(prefixes[region]) + digitsOf(Math.floor(random() * 12));
      const national = dialledNationalNumber(digits, region);
      if (national === undefined) continue;
      decided += 1;
      assert.equal(numberTypeInPlan(national, region), referenceType(digits, region) ?? PhoneNumberType.UNKNOWN, `${region} ${digits}`);
    }
  }
  // Most of them: the shapes left to libphonenumber are the rare ones.
  assert.ok(decided > 9000, `only ${decided} decided`);
});

test('international numbers: a number valid in its main region gets libphonenumber’s country code', () => {
  for (let round = 0; round < 8000; round += 1) {
    const digits =
      pick(['1', '44', '82', '820', '8210', '447', '1800', '8215', '7', '33', '86', '8', '4']) + digitsOf(Math.floor(random() * 13));
    const planned = internationalNationalNumber(digits);
    if (planned === undefined || numberTypeInPlan(planned.nationalNumber, planned.region) === PhoneNumberType.UNKNOWN) continue;
    assert.equal(planned.countryCode, referenceCountryCode(digits), digits);
  }
});

test('the cached verdicts agree with libphonenumber on fresh Korean and English numbers', () => {
  for (let round = 0; round < 3000; round += 1) {
    const korean = pick(['010', '02', '031', '070', '0505']) + digitsOf(7 + Math.floor(random() * 2));
    const type = referenceType(korean, 'KR');
    const personal = type === undefined || type === PhoneNumberType.UNKNOWN || type === PhoneNumberType.UAN ? undefined : type;
    assert.equal(koreanNumberType(korean), personal, korean);
    const american = pick(['415', '212', '800', '303']) + digitsOf(7);
    const usType = referenceType(american, 'US');
    const personalUs =
      usType !== undefined && ![PhoneNumberType.UNKNOWN, PhoneNumberType.TOLL_FREE, PhoneNumberType.PREMIUM_RATE].includes(usType);
    assert.equal(isValidNationalPhone(american, 'US'), personalUs, american);
    const british = `+44${pick(['20', '7', '113', '800'])}${digitsOf(8)}`;
    assert.equal(internationalCountryCode(british), referenceCountryCode(british.slice(1)), british);
  }
});

test('known numbers: mobile, Seoul landline, internet phone and business numbers', () => {
  assert.equal(numberTypeInPlan(dialledNationalNumber('01012345678', 'KR')!, 'KR'), PhoneNumberType.MOBILE);
  assert.equal(numberTypeInPlan(dialledNationalNumber('0212345678', 'KR')!, 'KR'), PhoneNumberType.FIXED_LINE);
  assert.equal(numberTypeInPlan(dialledNationalNumber('07012345678', 'KR')!, 'KR'), PhoneNumberType.VOIP);
  assert.equal(numberTypeInPlan('15881234', 'KR'), PhoneNumberType.UAN);
  assert.equal(numberTypeInPlan(dialledNationalNumber('4155552671', 'US')!, 'US'), PhoneNumberType.FIXED_LINE_OR_MOBILE);
  assert.equal(numberTypeInPlan(dialledNationalNumber('02079460958', 'GB')!, 'GB'), PhoneNumberType.FIXED_LINE);
  // An international call and a carrier-selection code are left to libphonenumber.
  assert.equal(dialledNationalNumber('0012025550123', 'KR'), undefined);
  assert.deepEqual(internationalNationalNumber('821012345678'), { countryCode: 82, region: 'KR', nationalNumber: '1012345678' });
  assert.equal(internationalNationalNumber('33123456789'), undefined);
});
