// A list's rows written alike hold alike values: where one row's cell is a person's name, birth date or passport, the same
// cell of the rows next to it, in the same shape, is one too.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { foundOfType as ofType } from './pii-test-helpers.ts';

describe("a row's cell like the cell found in the row above or below", () => {
  test("a companion's name, birth date and passport in a travel agency's list (ko)", () => {
    const companions = '동반자 정보 보내드려요.\n1) PARK JIHO / 1988.02.14 / M39204716\n2) PARK SEOAH / 2019.10.30 / M70418853';
    assert.deepEqual(ofType(companions, 'PERSON'), ['PERSON:PARK JIHO', 'PERSON:PARK SEOAH']);
    assert.deepEqual(ofType(companions, 'DATE_OF_BIRTH'), ['DATE_OF_BIRTH:1988.02.14', 'DATE_OF_BIRTH:2019.10.30']);
    assert.deepEqual(ofType(companions, 'PASSPORT'), ['PASSPORT:M39204716', 'PASSPORT:M70418853']);
  });

  test("a family register's rows, each with a name and a birth date (ko)", () => {
    const register = [
      '구분    성명          출생연월일         주민등록번호         성별',
      '본인    제갈윤서      1990년 04월 17일    900417-2038415     여',
      '부      제갈명        1961년 09월 02일    610902-1054812     남',
    ].join('\n');
    assert.deepEqual(ofType(register, 'DATE_OF_BIRTH'), ['DATE_OF_BIRTH:1990년 04월 17일', 'DATE_OF_BIRTH:1961년 09월 02일']);
    assert.ok(ofType(register, 'PERSON').includes('PERSON:제갈명'));
  });

  test("a hotel's list of guests, the second's name known to no list (en)", () => {
    const guests = 'Guests checked in:\nRahul Mehta, 12/04/1979, Z4829173\nTeina Rapana, 03/11/1984, Z7719025';
    assert.deepEqual(ofType(guests, 'PERSON'), ['PERSON:Rahul Mehta', 'PERSON:Teina Rapana']);
    assert.deepEqual(ofType(guests, 'DATE_OF_BIRTH'), ['DATE_OF_BIRTH:12/04/1979', 'DATE_OF_BIRTH:03/11/1984']);
    assert.deepEqual(ofType(guests, 'PASSPORT'), ['PASSPORT:Z4829173', 'PASSPORT:Z7719025']);
  });

  test("rows of other things, a club's name and rows parted otherwise are none (en, ko)", () => {
    const vaccines = '접종일        백신          차수\n2023-06-14   B형간염        1\n2023-08-17   DTaP-IPV/Hib   1';
    assert.deepEqual(ofType(vaccines, 'DATE_OF_BIRTH'), []);
    const venues = 'Booked by Sarah Collins | 0412 883 901\nAltona Bowls Club | 03 9398 1120';
    assert.deepEqual(ofType(venues, 'PERSON'), ['PERSON:Sarah Collins']);
    const statement = '거래일 | 적요 | 금액\n05-02 | 김민수 | 30,000\n05-03 | 이자 | 112';
    assert.deepEqual(ofType(statement, 'PERSON'), ['PERSON:김민수']);
  });
});
