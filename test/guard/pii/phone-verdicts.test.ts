// The cached libphonenumber verdicts: keys must never let one number answer for another of a different length or region.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import libphonenumber from 'google-libphonenumber';
import {
  digitCount,
  internationalCountryCode,
  isValidNationalPhone,
  koreanNumberType,
} from '../../../src/guard/pii/recognizers/phone-verdicts.ts';
import { found } from './pii-test-helpers.ts';

const { PhoneNumberType } = libphonenumber;

test('Korean verdicts tell a valid mobile number from a shorter one with the same leading digits', () => {
  assert.equal(koreanNumberType('010-1234-5678'), PhoneNumberType.MOBILE);
  // Same seven leading digits, one digit short: a cached mobile verdict must not answer for it.
  assert.equal(koreanNumberType('010-123-456'), undefined);
  assert.equal(koreanNumberType('010-1234-5678'), PhoneNumberType.MOBILE);
  // Korean business numbers are not personal numbers.
  assert.equal(koreanNumberType('1588-1234'), undefined);
});

test('national verdicts are kept apart per region (English numbers)', () => {
  assert.equal(isValidNationalPhone('(415) 555-2671', 'US'), true);
  assert.equal(isValidNationalPhone('(415) 555-2671', 'GB'), false);
  assert.equal(isValidNationalPhone('020 7946 0958', 'GB'), true);
  assert.equal(isValidNationalPhone('020 7946 0958', 'US'), false);
  // A British mobile counts by its range, allocated or not, at its length only.
  assert.equal(isValidNationalPhone('07911 472318', 'GB'), true);
  assert.equal(isValidNationalPhone('07911 47231', 'GB'), false);
  // Toll-free numbers belong to businesses.
  assert.equal(isValidNationalPhone('(800) 555-2671', 'US'), false);
});

test('international verdicts give the country code, and digits are counted without separators', () => {
  assert.equal(internationalCountryCode('+82 10-1234-5678'), 82);
  assert.equal(internationalCountryCode('+1 415 555 2671'), 1);
  assert.equal(internationalCountryCode('+82 1588-1234'), undefined);
  assert.equal(digitCount('+1 (415) 555-2671'), 11);
});

test('a scan repeated after the verdicts are cached finds the same phones, in Korean and English', () => {
  const korean = '연락처 010-1234-5678, 사무실 02-123-4567';
  const english = 'Call me at (415) 555-2671 or +44 20 7946 0958.';
  const first = [found(korean), found(english)];
  assert.deepEqual(first[0], ['PHONE:010-1234-5678', 'PHONE:02-123-4567']);
  assert.deepEqual(first[1], ['PHONE:(415) 555-2671', 'PHONE:+44 20 7946 0958']);
  assert.deepEqual([found(korean), found(english)], first);
});
