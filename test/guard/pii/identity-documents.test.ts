// Passports (Korean current and old formats, US) and Korean driver's licence numbers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, scanChecked } from './pii-test-helpers.ts';

test('the current Korean passport format is found alone and scores higher with a label', () => {
  assert.deepEqual(found('M123A4567'), ['PASSPORT:M123A4567']);
  const [bare] = scanChecked('M123A4567');
  const [labelled] = scanChecked('여권번호: M123A4567');
  assert.ok(bare && labelled && labelled.score > bare.score);
  assert.deepEqual(found('Passport S987B6543 expires soon'), ['PASSPORT:S987B6543']);
});

test('the old Korean format needs a label', () => {
  assert.deepEqual(found('M12345678'), []);
  assert.deepEqual(found('여권 번호 M12345678'), ['PASSPORT:M12345678']);
  assert.deepEqual(found('old passport no. R87654321'), ['PASSPORT:R87654321']);
});

test('a Korean passport number typed in groups is found after its label only (ko, en)', () => {
  assert.deepEqual(found('여권번호 M 1234 5678 입니다'), ['PASSPORT:M 1234 5678']);
  assert.deepEqual(found('여권번호는 M123 A4567 이에요'), ['PASSPORT:M123 A4567']);
  assert.deepEqual(found('Passport no. S-1234-5678, expires 2031'), ['PASSPORT:S-1234-5678']);
  for (const text of ['사이즈 M 1234 5678', 'Size M 1234 5678 in stock', 'SKU M-123 A4567']) assert.deepEqual(found(text), [], text);
});

test("any country's passport number of capitals and digits counts right after the label (en, ko)", () => {
  assert.deepEqual(found('Passenger 1: Mr Maximilian Hoffmann   Passport C8KX24R7T (DEU)'), [
    'PERSON:Maximilian Hoffmann',
    'PASSPORT:C8KX24R7T',
  ]);
  assert.deepEqual(found('Passport no.: FT418275   Nationality: Ukraine'), ['PASSPORT:FT418275']);
  assert.deepEqual(found('여권번호 EK1234567 입니다'), ['PASSPORT:EK1234567']);
  for (const text of ['Passport expiry 2030', 'passport photo size 3x4', 'Passport: ABCDEFGH']) assert.deepEqual(found(text), [], text);
});

test('US nine-digit passports only with a label', () => {
  assert.deepEqual(found('US passport number 123456789'), ['PASSPORT:123456789']);
  assert.deepEqual(found('미국 여권 987654321'), ['PASSPORT:987654321']);
  assert.deepEqual(found('quantity 123456789'), []);
});

test('product codes are not passports', () => {
  assert.deepEqual(found('상품코드 AB1234567 / SKU M-123A4567'), []);
});

test('finds Korean driver licence numbers by region code or region name', () => {
  assert.deepEqual(found('운전면허번호 11-12-345678-90'), ['DRIVER_LICENSE:11-12-345678-90']);
  assert.deepEqual(found("Driver's license: 28-05-123456-01"), ['DRIVER_LICENSE:28-05-123456-01']);
  assert.deepEqual(found('면허 서울 12-345678-90'), ['DRIVER_LICENSE:서울 12-345678-90']);
  assert.deepEqual(found('13-07-654321-11'), ['DRIVER_LICENSE:13-07-654321-11']);
});

test('licence-shaped numbers need a valid region, and bare digits need a label', () => {
  assert.deepEqual(found('99-12-345678-90'), []);
  assert.deepEqual(found('111234567890'), []);
  assert.deepEqual(found('운전면허 111234567890'), ['DRIVER_LICENSE:111234567890']);
});

test("a US driver's licence of a letter and hyphenated groups is found after its label, not alone (en, ko)", () => {
  assert.deepEqual(found("driver's license S123-4567-8901"), ['DRIVER_LICENSE:S123-4567-8901']);
  assert.deepEqual(found('DL S530-460-57-123-0 on file'), ['DRIVER_LICENSE:S530-460-57-123-0']);
  assert.deepEqual(found('미국 운전면허 DL# S123-4567-8901 입니다'), ['DRIVER_LICENSE:S123-4567-8901']);
  for (const text of ['part S123-4567-8901 shipped', 'license S123-4 only']) assert.deepEqual(found(text), [], text);
});

test('a British licence number counts after a label in any case, and alone by its exact shape (en)', () => {
  assert.deepEqual(found('Licence number: OKAFO762199NA9HT'), ['DRIVER_LICENSE:OKAFO762199NA9HT']);
  assert.deepEqual(found('LICENCE NO: MORGA753116SM9IJ'), ['DRIVER_LICENSE:MORGA753116SM9IJ']);
  assert.deepEqual(found('MACKE807153CJ9AK? that is what it says under 5'), ['DRIVER_LICENSE:MACKE807153CJ9AK']);
  // A month's tens of 2 or a letter where the initials stand is no licence.
  for (const text of ['order ABCDE123456AB1CD', 'ref ABCDE821234AB1CD', 'SKU ABCDE1234567890X']) assert.deepEqual(found(text), [], text);
});

test("Spain's and France's passport numbers where a passport's word stands before (en, ko)", () => {
  assert.deepEqual(found('- passport: French, no. 19AV72841, valid till 2033'), ['PASSPORT:19AV72841']);
  assert.deepEqual(found('needs his passport for the amended petition: Spain, no. PAB661203, exp 2032.'), ['PASSPORT:PAB661203']);
  assert.deepEqual(found('스페인 여권이고 번호는 PAE384716 이에요'), ['PASSPORT:PAE384716']);
  assert.deepEqual(found('여권 갱신해서 번호가 XDC591846 로 바뀌었어요'), ['PASSPORT:XDC591846']);
  // Without a passport's word the same shapes are orders and parts.
  for (const text of ['order ABC123456 shipped', '부품번호 19AV72841 재고 있어요']) assert.deepEqual(found(text), [], text);
});

test("Poland's licence with its slashes and Brazil's CNH by its letters (en, ko)", () => {
  assert.deepEqual(found('Driving licence: 04471/18/1261, issued PL'), ['DRIVER_LICENSE:04471/18/1261']);
  assert.deepEqual(found('추가 운전자 면허 01829/15/0663'), ['DRIVER_LICENSE:01829/15/0663']);
  assert.deepEqual(found('Driver: CNH 04827316950 (valid until 2027)'), ['DRIVER_LICENSE:04827316950']);
  assert.deepEqual(found('기사님 CNH 04827316950 확인'), ['DRIVER_LICENSE:04827316950']);
  // A date with slashes and the letters in a word are none.
  assert.deepEqual(found('Invoice 04471/18/1261 due'), []);
});
