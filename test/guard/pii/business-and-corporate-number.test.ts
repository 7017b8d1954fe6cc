// Business (BRN) and corporate (CRN) registration numbers: checksums, labels, and CRNs never taking resident numbers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasValidBusinessNumberChecksum, hasValidCorporateNumberChecksum } from '../../../src/guard/pii/index.ts';
import { found } from './pii-test-helpers.ts';

test('business number checksum', () => {
  assert.equal(hasValidBusinessNumberChecksum('1208147521'), true);
  assert.equal(hasValidBusinessNumberChecksum('1208147522'), false);
  assert.equal(hasValidBusinessNumberChecksum('2208812340'), true);
});

test('finds a checksum-valid BRN with and without a label', () => {
  assert.deepEqual(found('사업자등록번호: 120-81-47521'), ['BRN:120-81-47521']);
  assert.deepEqual(found('Business registration no. 220-88-12340'), ['BRN:220-88-12340']);
  assert.deepEqual(found('거래처 220-88-12340'), ['BRN:220-88-12340']);
});

test('a bad BRN checksum is dropped unless labelled; ten bare digits need the label', () => {
  assert.deepEqual(found('거래처 120-81-47522'), []);
  assert.deepEqual(found('사업자번호 120-81-47522'), ['BRN:120-81-47522']);
  assert.deepEqual(found('1208147521'), []);
  assert.deepEqual(found('사업자등록번호 1208147521'), ['BRN:1208147521']);
});

test('corporate number checksum', () => {
  assert.equal(hasValidCorporateNumberChecksum('1348110001230'), true);
  assert.equal(hasValidCorporateNumberChecksum('1348110001231'), false);
});

test('finds a CRN with its label in Korean and English', () => {
  assert.deepEqual(found('법인등록번호 110111-1234569'), ['CRN:110111-1234569']);
  assert.deepEqual(found('Corporate registration number: 134811-0001230'), ['CRN:134811-0001230']);
});

test('an unlabelled CRN counts only when it cannot be a resident number', () => {
  // 134811: month 48 is no birth date, and the checksum holds.
  assert.deepEqual(found('134811-0001230'), ['CRN:134811-0001230']);
  // 110111-1234569 reads as a 1911 birth date with gender digit 1: left to the resident recogniser.
  assert.deepEqual(found('110111-1234569'), ['RRN:110111-1234569']);
  assert.deepEqual(found('134811-0001231'), []);
});
