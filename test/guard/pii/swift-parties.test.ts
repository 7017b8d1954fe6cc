// A SWIFT MT103 payment pasted whole: the ordering customer's and the beneficiary's accounts, names and addresses are
// read by their fields; a firm's are not a person's.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { found } from './pii-test-helpers.ts';

describe('the parties of a SWIFT payment', () => {
  test('the ordering customer and the beneficiary by their fields (en, ko)', () => {
    const message = [
      '해외송금 전문 조회 (ref WRB24061100427, 상태 ACSC)',
      ':20:WRB24061100427',
      ':32A:240611EUR18450,00',
      ':50K:/1005-804-217396',
      'YEON SEOJIN',
      '409 BAEKJEGOBUN-RO, SONGPA-GU, SEOUL',
      ':57A:CAIXESBBXXX',
      ':59:/ES6506621777840341594580',
      'MARIA LUISA ORTEGA RUIZ',
      'CALLE DE ALCALA 214 4B, 28028 MADRID',
      ':70:RENT JUL-DEC 2024 ROOM 4B',
    ].join('\n');
    assert.deepEqual(found(message), [
      'BANK_ACCOUNT:1005-804-217396',
      'PERSON:YEON SEOJIN',
      'ADDRESS:409 BAEKJEGOBUN-RO, SONGPA-GU, SEOUL',
      'IBAN:ES6506621777840341594580',
      'PERSON:MARIA LUISA ORTEGA RUIZ',
      'ADDRESS:CALLE DE ALCALA 214 4B, 28028 MADRID',
    ]);
  });

  test("a firm's field and a structured field's numbered lines (en)", () => {
    const message = [
      ':50K:/40417728',
      'HANBIT TRADING CO LTD',
      '12 TEHERAN-RO, GANGNAM-GU, SEOUL',
      ':59F:/40038812',
      '1/AMARA OKAFOR',
      '2/14 ADEOLA CLOSE, LEKKI',
      '3/NG/LAGOS',
      ':71A:OUR',
    ].join('\n');
    assert.deepEqual(found(message), ['BANK_ACCOUNT:40038812', 'PERSON:AMARA OKAFOR', 'ADDRESS:14 ADEOLA CLOSE, LEKKI\n3/NG/LAGOS']);
  });
});
