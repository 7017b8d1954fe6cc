// Addresses abroad by the words of their parts (Russia's and Central Asia's, Mongolia's, Indonesia's, the Philippines',
// Thailand's, Nepal's), and Chinese addresses with a lane, an entrance and a flat: two parts' words and a number make one.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { foundOfType as ofType } from './pii-test-helpers.ts';

describe('addresses by their parts', () => {
  test("Russia's, Uzbekistan's and Mongolia's parts, a postcode before them, a sentence after them (en, ko)", () => {
    const student = 'Student: 050008, г. Алматы, ул. Абая, д. 52, кв. 17. Name as in passport NURLANOVA AIGERIM';
    assert.deepEqual(ofType(student, 'ADDRESS'), ['ADDRESS:050008, г. Алматы, ул. Абая, д. 52, кв. 17']);
    const flat = 'Flat: г. Москва, ул. Профсоюзная, д. 64, корп. 2, кв. 118 (2 rooms, 54 m², 9th floor)';
    assert.deepEqual(ofType(flat, 'ADDRESS'), ['ADDRESS:г. Москва, ул. Профсоюзная, д. 64, корп. 2, кв. 118']);
    const home = '다 반영했어요. Toshkentdagi uy: Toshkent sh., Chilonzor tumani, 9-kvartal, 14-uy, 27-xonadon\n담당자: 네';
    assert.deepEqual(ofType(home, 'ADDRESS'), ['ADDRESS:Toshkent sh., Chilonzor tumani, 9-kvartal, 14-uy, 27-xonadon']);
    assert.deepEqual(ofType('몽골 주소: Улаанбаатар хот, Баянзүрх дүүрэг, 13-р хороо, 45-р байр, 12 тоот', 'ADDRESS'), [
      'ADDRESS:Улаанбаатар хот, Баянзүрх дүүрэг, 13-р хороо, 45-р байр, 12 тоот',
    ]);
  });

  test("Indonesia's, the Philippines', Thailand's and Nepal's parts after a Korean sentence or a label (ko, en)", () => {
    const seaman =
      'Iya pak. 서류 필요하면 집 주소는 Jl. Pelabuhan Baru No. 17, RT 004/RW 002, Kel. Tegalsari, Kec. Tegal Barat, Kota Tegal 52111';
    assert.deepEqual(ofType(seaman, 'ADDRESS'), [
      'ADDRESS:Jl. Pelabuhan Baru No. 17, RT 004/RW 002, Kel. Tegalsari, Kec. Tegal Barat, Kota Tegal 52111',
    ]);
    assert.deepEqual(ofType('OK. 필리핀 주소도 Purok 3, Brgy. San Isidro, Cabanatuan City, Nueva Ecija 3100 그대로죠?', 'ADDRESS'), [
      'ADDRESS:Purok 3, Brgy. San Isidro, Cabanatuan City, Nueva Ecija 3100',
    ]);
    const thai =
      'Worker: 45 หมู่ 7 ซอยวัดป่า ขอนแก่น 40000. English: 45 Moo 7, Soi Wat Pa, Tambon Ban Pet, Amphoe Mueang Khon Kaen, Khon Kaen 40000';
    assert.deepEqual(ofType(thai, 'ADDRESS'), ['ADDRESS:45 Moo 7, Soi Wat Pa, Tambon Ban Pet, Amphoe Mueang Khon Kaen, Khon Kaen 40000']);
    assert.deepEqual(ofType('Branches: Moo Deng Cafe, Soi 11 and Purok Street', 'ADDRESS'), []);
  });

  test('a Chinese address with its lane, entrance and flat (ko, en)', () => {
    assert.deepEqual(ofType('중국 집은 吉林省延吉市光明街 88号 3单元 502室. 전화 010-5836-2094', 'ADDRESS'), [
      'ADDRESS:吉林省延吉市光明街 88号 3单元 502室',
    ]);
    assert.deepEqual(ofType('Guest: 台北市大安區復興南路一段219巷18號5樓. Emergency: my brother', 'ADDRESS'), [
      'ADDRESS:台北市大安區復興南路一段219巷18號5樓',
    ]);
  });
});
