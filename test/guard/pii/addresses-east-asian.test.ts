// Addresses in Han script and romanised Korean addresses, pasted into English and Korean messages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found } from './pii-test-helpers.ts';

const addresses = (text: string) => found(text).filter((finding) => finding.startsWith('ADDRESS:'));

test('a Japanese address from its prefecture or postcode to its building and room is found (en, ko)', () => {
  assert.deepEqual(addresses('Please ship the lid to 神奈川県横浜市港北区日吉本町1丁目5-22 サンハイム日吉402号室 by Friday.'), [
    'ADDRESS:神奈川県横浜市港北区日吉本町1丁目5-22 サンハイム日吉402号室',
  ]);
  assert.deepEqual(addresses('받는 곳: 〒060-0042 北海道札幌市中央区大通西7-3-1 ライオンズ大通 1105'), [
    'ADDRESS:〒060-0042 北海道札幌市中央区大通西7-3-1 ライオンズ大通 1105',
  ]);
  assert.deepEqual(addresses('new address is 福岡県福岡市博多区博多駅前3-9-12. thanks'), ['ADDRESS:福岡県福岡市博多区博多駅前3-9-12']);
});

test('a Chinese address from its region to its road number, floor and flat is found (en, ko)', () => {
  assert.deepEqual(addresses('Deliver to 香港新界沙田大圍道31號8樓C室 after 6pm'), ['ADDRESS:香港新界沙田大圍道31號8樓C室']);
  assert.deepEqual(addresses('주소는 上海市徐汇区漕溪北路88号 이에요'), ['ADDRESS:上海市徐汇区漕溪北路88号']);
});

test('a prefecture, a city or a road without its number is no address (en, ko)', () => {
  for (const text of [
    '東京都の人口は1400万人です',
    'Our 大阪府 office opened in 2024',
    '上海市 branch sold 300 units',
    '香港 trip: 3 nights, 2 adults',
    '도쿄 출장 3박 4일, 東京都 본사 방문',
  ])
    assert.deepEqual(addresses(text), [], text);
});

test('a romanised Korean address keeps its unit, side road, district and city before and after the road (en, ko)', () => {
  assert.deepEqual(addresses('Ship to: 1502-ho, 203-dong, 41 Dongtan-daero 17-gil, Hwaseong-si, Gyeonggi-do'), [
    'ADDRESS:1502-ho, 203-dong, 41 Dongtan-daero 17-gil, Hwaseong-si, Gyeonggi-do',
  ]);
  assert.deepEqual(addresses('영문 주소: Seoul, Mapo-gu, Wausan-ro 21-gil 19, 301-1102'), [
    'ADDRESS:Seoul, Mapo-gu, Wausan-ro 21-gil 19, 301-1102',
  ]);
  assert.deepEqual(addresses('Place of use: 36, Itaewon-ro 27-gil, Yongsan-gu, Seoul, #204'), [
    'ADDRESS:36, Itaewon-ro 27-gil, Yongsan-gu, Seoul, #204',
  ]);
  // A time's last digits before a road are no building number.
  assert.deepEqual(addresses('Accident: 2026-03-08 21:05, Yeongtong-ro, Suwon (rear-end)'), []);
});
