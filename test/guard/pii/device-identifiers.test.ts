// The numbers of a customer's handset, SIM and router (IMEI, ICCID, MAC address): found in Korean and English telecom care
// messages, while numbers of the same shape that identify no device stay clean.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found } from './pii-test-helpers.ts';
import { deviceIdentifierCases } from '../../../bench/guard/pii/device-identifier-cases.ts';
import { scanPii } from '../../../src/guard/pii/index.ts';

test('an IMEI after its label or in its printed grouping is found (ko, en)', () => {
  for (const [text, expected] of [
    ['분실 신고할게요 IMEI 352099001761481 입니다', 'IMEI:352099001761481'],
    ['휴대폰 고유번호 35-209900-176148-1 이에요', 'IMEI:35-209900-176148-1'],
    ['박스에 35-209900-176148-1 이라고 적혀 있어요', 'IMEI:35-209900-176148-1'],
    ['IMEI: 35 209900 176148 1', 'IMEI:35 209900 176148 1'],
    // Fourteen digits without the check digit, and sixteen with a software version (IMEISV), count after the label.
    ['my IMEI is 35209900176148', 'IMEI:35209900176148'],
    ['IMEI 35-209900-176148-23 please unlock it', 'IMEI:35-209900-176148-23'],
  ] as const)
    assert.deepEqual(found(text), [expected], text);
});

test('a mistyped check digit scores lower after the label and is nothing without it (ko, en)', () => {
  const [labelled] = scanPii('IMEI 352099001761482');
  assert.equal(labelled?.type, 'IMEI');
  assert.ok(labelled.score < scanPii('IMEI 352099001761481')[0]!.score);
  assert.deepEqual(found('송장 35-209900-176148-2 확인'), []);
});

test('a SIM card number (ICCID) is found with its check digit or after its label (ko, en)', () => {
  for (const [text, expected] of [
    ['유심 번호 8982 3000 1234 5678 901 개통해 주세요', 'ICCID:8982 3000 1234 5678 901'],
    ['ICCID 89823000123456789014', 'ICCID:89823000123456789014'],
    ['새 카드 번호는 8982300012345678901 이에요', 'ICCID:8982300012345678901'],
    ['SIM 8982300012345678902 not recognised', 'ICCID:8982300012345678902'],
  ] as const)
    assert.deepEqual(found(text), [expected], text);
  assert.deepEqual(found('송장번호 8982300012345678902'), []);
});

test('with both labels in sight, the nearer one names the number: a SIM number after IMEI is still a SIM number (en, ko)', () => {
  assert.deepEqual(found('IMEI 356938035643809, ICCID 8982 3000 0000 1234 5678'), [
    'IMEI:356938035643809',
    'ICCID:8982 3000 0000 1234 5678',
  ]);
  assert.deepEqual(found('단말기 고유번호 356938035643809, 유심 번호 8982 3000 0000 1234 5678'), [
    'IMEI:356938035643809',
    'ICCID:8982 3000 0000 1234 5678',
  ]);
});

test('a MAC address in any of the three notations is found (ko, en)', () => {
  for (const [text, expected] of [
    ['공유기 MAC 주소는 00:1A:2B:3C:4D:5E 입니다', 'MAC_ADDRESS:00:1A:2B:3C:4D:5E'],
    ['맥주소 a4-5e-60-c2-11-f9 로 등록해 주세요', 'MAC_ADDRESS:a4-5e-60-c2-11-f9'],
    ['MAC:00:1A:2B:3C:4D:5E', 'MAC_ADDRESS:00:1A:2B:3C:4D:5E'],
    ['router 001a.2b3c.4d5e keeps dropping', 'MAC_ADDRESS:001a.2b3c.4d5e'],
    ['AB-CD-EF-01-23-45 is my laptop', 'MAC_ADDRESS:AB-CD-EF-01-23-45'],
    ['physical address 00-11-22-33-44-55', 'MAC_ADDRESS:00-11-22-33-44-55'],
    // Hex letters alone in the colon notation, with no digit in the text.
    ['BSSID aa:bb:cc:dd:ee:ff', 'MAC_ADDRESS:aa:bb:cc:dd:ee:ff'],
    ['공유기 맥 주소 ab:cd:ef:ab:cd:ef 입니다', 'MAC_ADDRESS:ab:cd:ef:ab:cd:ef'],
  ] as const)
    assert.deepEqual(found(text), [expected], text);
  // In a long document, after many hex-like words and separators ("add-on", "e-mail", "v1.2.3").
  const prose = 'Please add-on the e-mail plan, cafe deals and v1.2.3 beta fixes. 데이터 쿠폰 안내 a-b-c. '.repeat(20);
  assert.deepEqual(found(`${prose}router MAC 00:1A:2B:3C:4D:5E, ${prose}맥 주소 a4-5e-60-c2-11-f9`), [
    'MAC_ADDRESS:00:1A:2B:3C:4D:5E',
    'MAC_ADDRESS:a4-5e-60-c2-11-f9',
  ]);
  const labelled = scanPii('MAC 00:1A:2B:3C:4D:5E')[0]!;
  assert.ok(labelled.score > scanPii('device 00:1A:2B:3C:4D:5E')[0]!.score);
});

test('numbers of the same shapes that identify no device stay clean (ko, en)', () => {
  // The bench's clean sentences (orders one check digit off, times, versions, a broadcast address), and one more.
  for (const text of [...deviceIdentifierCases().negatives, '12-34-56-78-90-12 주문', 'ratio a:b:c is fine', 'be-ad-ed-ca-fe-ab'])
    assert.deepEqual(found(text), [], text);
  // Eight colon groups are an IPv6 address, not a MAC address with more after it.
  assert.deepEqual(found('00:1A:2B:3C:4D:5E:6F:70 접속 기록'), ['IP_ADDRESS:00:1A:2B:3C:4D:5E:6F:70']);
});
