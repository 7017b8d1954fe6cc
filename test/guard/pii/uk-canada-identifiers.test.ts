// The UK National Insurance number and the Canadian Social Insurance Number: found in English and Korean messages with
// their labels, the printed NI form alone; the same shapes without a label or with a bad check stay clean.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found } from './pii-test-helpers.ts';

test('a UK National Insurance number after its label, or in its printed form, is found (en, ko)', () => {
  for (const [text, expected] of [
    ['NI number AB 12 34 56 C', 'UK_NINO:AB 12 34 56 C'],
    ['my national insurance number is AB123456C', 'UK_NINO:AB123456C'],
    ['AB 12 34 56 C is on my payslip', 'UK_NINO:AB 12 34 56 C'],
    ['영국 NI number 는 JG103759A 입니다', 'UK_NINO:JG103759A'],
  ] as const)
    assert.deepEqual(found(text), [expected], text);
  // Unissued prefixes (QQ, GB), and the unspaced form without its label, are no finding.
  for (const text of ['NINO: QQ123456C', 'NI number GB123456A', 'ref AB123456C', 'SKU AB123456']) assert.deepEqual(found(text), [], text);
});

test('a Canadian SIN after its label with a valid check digit is found (en, ko)', () => {
  for (const [text, expected] of [
    ['my SIN is 130 692 544', 'CA_SIN:130 692 544'],
    ['SIN: 130-692-544', 'CA_SIN:130-692-544'],
    ['social insurance number 130692544', 'CA_SIN:130692544'],
    ['캐나다 SIN 130 692 544 이에요', 'CA_SIN:130 692 544'],
    // Service Canada's sample card, which forms and test data copy, grouped right after its label.
    ['SIN 046 454 286', 'CA_SIN:046 454 286'],
  ] as const)
    assert.deepEqual(found(text), [expected], text);
  // No label, a bad check digit, a leading 0 (never issued) run together, or "SIN" inside a word.
  for (const text of ['order 130 692 544', 'SIN 130 692 545', 'SIN 046454286', 'BUSINESS 130692544'])
    assert.deepEqual(found(text), [], text);
});
