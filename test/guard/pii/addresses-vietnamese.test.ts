// Vietnamese addresses by their wards and districts, in English, Korean and Vietnamese texts, with or without tones; a
// hotel's line and a district named alone are no one's.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { foundOfType as ofType } from './pii-test-helpers.ts';

describe('Vietnamese addresses', () => {
  test('a house, its street, its ward and district and the city, with tones or without (en, ko)', () => {
    assert.deepEqual(
      ofType('Please change delivery to 42 Lê Thánh Tôn, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh. My wife will sign.', 'ADDRESS'),
      ['ADDRESS:42 Lê Thánh Tôn, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh'],
    );
    assert.deepEqual(
      ofType(
        '본국 주소 (Address in home country): So 27 Duong Le Loi, Phuong Ben Thanh, Quan 1, TP. Ho Chi Minh\n1. 근로계약기간',
        'ADDRESS',
      ),
      ['ADDRESS:So 27 Duong Le Loi, Phuong Ben Thanh, Quan 1, TP. Ho Chi Minh'],
    );
    assert.deepEqual(
      ofType('급하면 제 번호로 연락 주세요, 제 집은 45/12 Hẻm 212 Nguyễn Trãi, Phường 3, Quận 5, TP. Hồ Chí Minh 이에요.', 'ADDRESS'),
      ['ADDRESS:45/12 Hẻm 212 Nguyễn Trãi, Phường 3, Quận 5, TP. Hồ Chí Minh'],
    );
  });

  test("a commune's quarter and a ward in lower case, a ward left unnamed before the district (en)", () => {
    assert.deepEqual(
      ofType('home: 45/12 đường ĐT743, khu phố Đông Tác, phường Tân Đông Hiệp, TP Dĩ An, Bình Dương\nWitness: QC line 7', 'ADDRESS'),
      ['ADDRESS:45/12 đường ĐT743, khu phố Đông Tác, phường Tân Đông Hiệp, TP Dĩ An, Bình Dương'],
    );
    assert.deepEqual(ofType("going to 7A Lê Thánh Tôn, Bến Nghé, Quận 1, my friend's house, 5th floor", 'ADDRESS'), [
      'ADDRESS:7A Lê Thánh Tôn, Bến Nghé, Quận 1',
    ]);
  });

  test("a hotel's line, a district alone and a street with no ward are no one's address (en, ko)", () => {
    assert.deepEqual(
      ofType('Hotel: Saigon Riverside Suites, 22 Tôn Đức Thắng, Bến Nghé, Quận 1, TP.HCM — Tel (028) 3822 4190', 'ADDRESS'),
      [],
    );
    assert.deepEqual(ofType('Quận 1 has 10 wards; we deliver there in 2 days.', 'ADDRESS'), []);
    assert.deepEqual(ofType('호찌민 1군(Quận 1) 매장은 3층에 있어요', 'ADDRESS'), []);
    assert.deepEqual(ofType('Order 4471 to Lê Lợi street, 2 boxes', 'ADDRESS'), []);
  });
});
