// The scanner: overlap resolution, type and score filters, exact spans, and the hard negatives no recogniser may report.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveOverlaps, scanPii, type PiiFinding, type PiiRecognizer } from '../../../src/guard/pii/index.ts';
import { found, scanChecked } from './pii-test-helpers.ts';

const finding = (overrides: Partial<PiiFinding>): PiiFinding => ({
  type: 'PHONE',
  start: 0,
  end: 10,
  text: '',
  score: 0.8,
  recognizer: 'test',
  ...overrides,
});

test('overlaps: the higher score wins, then the longer span, and the result is sorted by start', () => {
  const resolved = resolveOverlaps([
    finding({ type: 'BANK_ACCOUNT', start: 20, end: 32, score: 0.85 }),
    finding({ type: 'PHONE', start: 22, end: 35, score: 0.9 }),
    finding({ type: 'RRN', start: 0, end: 14, score: 0.7 }),
    finding({ type: 'CRN', start: 0, end: 14, score: 0.7 }),
    finding({ type: 'EMAIL', start: 2, end: 18, score: 0.7 }),
  ]);
  assert.deepEqual(
    resolved.map((item) => item.type),
    ['EMAIL', 'PHONE'],
  );
});

test('scanPii resolves candidates from different recognisers over the same span', () => {
  const recognizers: PiiRecognizer[] = [
    { name: 'low', types: ['CRN'], find: () => [finding({ type: 'CRN', start: 0, end: 4, text: 'abcd', score: 0.6 })] },
    { name: 'high', types: ['RRN'], find: () => [finding({ type: 'RRN', start: 2, end: 6, text: 'cdef', score: 0.9 })] },
  ];
  assert.deepEqual(
    scanPii('abcdef', { recognizers }).map((item) => item.type),
    ['RRN'],
  );
});

test('types and minScore filter the findings', () => {
  const text = '연락처 010-1234-5678, email minsu@example.com, IP 10.0.0.1';
  assert.deepEqual(found(text, { types: ['EMAIL'] }), ['EMAIL:minsu@example.com']);
  assert.deepEqual(found(text, { types: ['PHONE', 'IP_ADDRESS'] }), ['PHONE:010-1234-5678', 'IP_ADDRESS:10.0.0.1']);
  assert.deepEqual(found('M12345678'), []);
  assert.deepEqual(found('M12345678', { minScore: 0.4 }), ['PASSPORT:M12345678']);
});

test('a mixed Korean and English message yields every identifier with exact spans', () => {
  const text =
    '안녕하세요. 제 이름 옆 연락처는 010-9876-5432, 메일 jisoo.park@example.kr 입니다. ' +
    'My card is 4111 1111 1111 1111 and my SSN is 123-45-6789. 주민번호 850312-1234565, 여권 M123A4567.';
  assert.deepEqual(found(text), [
    'PHONE:010-9876-5432',
    'EMAIL:jisoo.park@example.kr',
    'CREDIT_CARD:4111 1111 1111 1111',
    'US_SSN:123-45-6789',
    'RRN:850312-1234565',
    'PASSPORT:M123A4567',
  ]);
});

test('hard negatives in Korean: order numbers, prices, dates, times, tracking, codes, quantities, postal codes', () => {
  const text =
    '주문번호 ORD-2026-000123 (20261128-000045) 결제 금액 ₩1,234,000 / 1,234,000원, 주문일 2026-11-28, ' +
    '2026년 11월 28일 오후 14:30 출고. 운송장 1234-5678-9012, 123456-1234-1234, 상품코드 A-1029-B, 수량 12개, ' +
    '앱 버전 1.2.3, 고객센터 1588-1234, 1644-0000, 송장 INV-2026-0001, 우편번호 06236, 인보이스 INV20261128001.';
  assert.deepEqual(scanChecked(text), []);
});

test('hard negatives in English: invoices, prices, versions, timestamps and tracking numbers', () => {
  const text =
    'Invoice INV-2026-000987 total $12.50 (tax $1,234.00) due 2026-11-28 at 09:30:00. Tracking 1Z999AA10123456784, ' +
    'shipment 123456-7890-1234, build 20261128.1, version 10.4.2, qty 250, zip 94105, call 1-800-555-0199 toll free.';
  assert.deepEqual(scanChecked(text), []);
});

test('spans are UTF-16 offsets into text with emoji and Korean before them', () => {
  const text = '😀😀 고객 👍 메일: a.b@example.com, 전화 02-123-4567';
  for (const item of scanChecked(text)) assert.equal(text.slice(item.start, item.end), item.text);
  assert.equal(scanChecked(text).length, 2);
});
