// IBANs (mod-97), US Social Security numbers (unissued ranges excluded, bare form only with a label) and ITINs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ibanMod97, isIssuableSocialSecurityNumber, isValidIban } from '../../../src/guard/pii/index.ts';
import { found, scanChecked } from './pii-test-helpers.ts';

test('IBAN mod-97', () => {
  assert.equal(ibanMod97('GB82WEST12345698765432'), 1);
  assert.equal(isValidIban('DE89 3704 0044 0532 0130 00'), true);
  assert.equal(isValidIban('DE89 3704 0044 0532 0130 01'), false);
  assert.equal(isValidIban('DE89 3704 0044 0532 0130'), false);
});

test('finds IBANs spaced or not', () => {
  assert.deepEqual(found('IBAN: GB82 WEST 1234 5698 7654 32 please'), ['IBAN:GB82 WEST 1234 5698 7654 32']);
  assert.deepEqual(found('송금 계좌 DE89370400440532013000 입니다'), ['IBAN:DE89370400440532013000']);
  assert.deepEqual(found('GB82 WEST 1234 5698 7654 33'), []);
  // Typed with a character wrong after an account's label, it still names the account (weakly, as a mistyped card does).
  assert.deepEqual(found('please pay it to her account ES76 2085 9301 4633 0012 7794 (Ibercaja)'), ['IBAN:ES76 2085 9301 4633 0012 7794']);
  assert.deepEqual(found('환불 계좌: DE27 1001 1001 2623 8471 95'), ['IBAN:DE27 1001 1001 2623 8471 95']);
});

test('finds US SSNs and rejects unissued ranges', () => {
  assert.deepEqual(found('SSN: 123-45-6789'), ['US_SSN:123-45-6789']);
  assert.deepEqual(found('사회보장번호 123-45-6789'), ['US_SSN:123-45-6789']);
  for (const unissued of ['000-12-3456', '666-12-3456', '912-34-5678', '123-00-4567', '123-45-0000']) {
    assert.deepEqual(found(`SSN ${unissued}`), [], unissued);
  }
  assert.equal(isIssuableSocialSecurityNumber('123456789'), true);
});

test('the bare SSN form needs its label, and the label raises the score', () => {
  assert.deepEqual(found('123456789'), []);
  assert.deepEqual(found('social security number 123456789'), ['US_SSN:123456789']);
  const [bare] = scanChecked('123-45-6789');
  const [labelled] = scanChecked('SSN 123-45-6789');
  assert.ok(bare && labelled && labelled.score > bare.score);
});

test('a US ITIN (9XX-7X-XXXX) is found as such, its bare and spaced forms after its label (en, ko)', () => {
  for (const [text, expected] of [
    ['ITIN 912-78-1234 for the W-7', 'US_ITIN:912-78-1234'],
    ['my tax id (ITIN) is 912 70 1234', 'US_ITIN:912 70 1234'],
    ['SSN/ITIN: 912781234', 'US_ITIN:912781234'],
    ['미국 납세자번호(ITIN) 912-94-5678 입니다', 'US_ITIN:912-94-5678'],
  ] as const)
    assert.deepEqual(found(text), [expected], text);
  // A group the IRS does not assign, and nine bare digits without the label, are none.
  for (const text of ['912-45-1234 is on the form', '주문번호 912781234 배송 확인', 'order 912 70 1234'])
    assert.deepEqual(found(text), [], text);
});
