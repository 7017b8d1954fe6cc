// Payment cards: Luhn, issuer prefixes, grouping, Korean domestic cards only with a card word, and a mistyped card after one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cardIssuer, passesLuhn } from '../../../src/guard/pii/index.ts';
import { found, scanChecked } from './pii-test-helpers.ts';

test('Luhn and issuers', () => {
  assert.equal(passesLuhn('4111111111111111'), true);
  assert.equal(passesLuhn('4111111111111112'), false);
  assert.equal(cardIssuer('5500000000000004'), 'mastercard');
  assert.equal(cardIssuer('2221000000000009'), 'mastercard');
  assert.equal(cardIssuer('378282246310005'), 'amex');
  assert.equal(cardIssuer('3530111333300000'), 'jcb');
  assert.equal(cardIssuer('6011111111111117'), 'discover');
  assert.equal(cardIssuer('6200000000000005'), 'unionpay');
  assert.equal(cardIssuer('1234567812345670'), undefined);
});

test('finds cards grouped or not, in Korean and English', () => {
  assert.deepEqual(found('카드번호 4111-1111-1111-1111 로 결제'), ['CREDIT_CARD:4111-1111-1111-1111']);
  assert.deepEqual(found('Card: 5500 0000 0000 0004'), ['CREDIT_CARD:5500 0000 0000 0004']);
  assert.deepEqual(found('amex 3782 822463 10005'), ['CREDIT_CARD:3782 822463 10005']);
  assert.deepEqual(found('4111111111111111'), ['CREDIT_CARD:4111111111111111']);
});

test('failing Luhn without a card word, or an unknown prefix, means no finding', () => {
  assert.deepEqual(found('4111-1111-1111-1112'), []);
  assert.deepEqual(found('주문번호 4111 1111 1111 1112'), []);
  assert.deepEqual(found('카드번호 1234-5678-1234-5670'), []);
});

test('a card number typed with a digit wrong still counts after a card word, weakly (ko, en)', () => {
  for (const text of ['카드번호 4111-1111-1111-1112', '제 카드번호는 4518 4212 3456 7890이고요', 'card number 4518 4212 3456 7890']) {
    const findings = scanChecked(text).filter((finding) => finding.type === 'CREDIT_CARD');
    assert.equal(findings.length, 1, text);
    assert.equal(findings[0]!.score, 0.6, text);
  }
});

test('Korean domestic (9…) cards only with a card word', () => {
  assert.deepEqual(found('9410-1234-5678-9010'), []);
  assert.deepEqual(found('BC카드 9410-1234-5678-9010'), ['CREDIT_CARD:9410-1234-5678-9010']);
});

test("a Korean domestic card's expiry right after its number names it a card, as a card word does (ko, en)", () => {
  assert.deepEqual(found('고객: 앱에 보니까 9430 1204 5567 8810 이거고 유효기간은 08/27이요.'), [
    'CREDIT_CARD:9430 1204 5567 8810',
    'CARD_EXPIRY:08/27',
  ]);
  assert.deepEqual(found('it is 9430 1204 5567 8810 exp 08/27'), ['CREDIT_CARD:9430 1204 5567 8810', 'CARD_EXPIRY:08/27']);
  assert.deepEqual(found('송장번호 9430 1204 5567 8810 입니다'), []);
});

test('a card word raises the score', () => {
  const [bare] = scanChecked('4111-1111-1111-1111');
  const [labelled] = scanChecked('card 4111-1111-1111-1111');
  assert.ok(bare && labelled && labelled.score > bare.score);
});

test("an expiry and a code pasted right after a card's number are the card's (en, ko)", () => {
  assert.deepEqual(found('4111111111111111 08/26 123'), ['CREDIT_CARD:4111111111111111', 'CARD_EXPIRY:08/26', 'CARD_CVV:123']);
  assert.deepEqual(found('고객: 5409-2174-2180-9670 / 12/26 / CVC 318'), [
    'CREDIT_CARD:5409-2174-2180-9670',
    'CARD_EXPIRY:12/26',
    'CARD_CVV:318',
  ]);
  // A date or an amount after a card is not its expiry or code.
  assert.deepEqual(found('paid with 4111111111111111 on 08/26 for 123 dollars'), ['CREDIT_CARD:4111111111111111']);
  assert.deepEqual(found('4111111111111111, 2026-08-01 123'), ['CREDIT_CARD:4111111111111111']);
});
