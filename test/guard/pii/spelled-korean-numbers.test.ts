// Numbers said digit by digit in Korean digit words, whatever digit they open with: judged as their digits by the
// recognisers and their labels, found over the words as written; counts, dates and words of digit syllables stay clean.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findKoreanSpelledNumbers } from '../../../src/guard/pii/spelled-korean-numbers.ts';
import { found } from './pii-test-helpers.ts';

test('the digits a number said in Korean digit words stands for, the dash read out as 다시', () => {
  assert.deepEqual(
    findKoreanSpelledNumbers('우리은행 일공공이 다시 팔사칠 다시 이일구삼공육이요').map((number) => number.digits),
    ['1002-847-219306'],
  );
  assert.deepEqual(
    findKoreanSpelledNumbers('면허번호: 일일-일오-삼공칠사사이-팔일').map((number) => number.digits),
    ['11-15-307442-81'],
  );
  // Too few digits for an identifier: a count, a date, words.
  assert.deepEqual(findKoreanSpelledNumbers('그 사이 일이 많아서 이사 준비 중이에요'), []);
  assert.deepEqual(findKoreanSpelledNumbers('오일 교환은 이삼일 걸려요'), []);
});

test('accounts, cards, licences, IMEIs and resident numbers said in digit words (ko)', () => {
  assert.deepEqual(found('자동이체 계좌도 바꿀게요. 우리은행 일공공이 다시 팔사칠 다시 이일구삼공육이요'), [
    'BANK_ACCOUNT:일공공이 다시 팔사칠 다시 이일구삼공육',
  ]);
  assert.deepEqual(found("bank_code = '088', account_no = '일일공-사구삼-칠칠공팔일이'"), ['BANK_ACCOUNT:일일공-사구삼-칠칠공팔일이']);
  assert.deepEqual(found('면허번호: 일일-일오-삼공칠사사이-팔일'), ['DRIVER_LICENSE:일일-일오-삼공칠사사이-팔일']);
  assert.deepEqual(found('카드번호 삼오이팔 팔삼칠오 구오삼칠 팔일공이'), ['CREDIT_CARD:삼오이팔 팔삼칠오 구오삼칠 팔일공이']);
  // Its later groups already read as a phone's digits by the plain forms: the whole number is still one IMEI.
  assert.deepEqual(found('IMEI는 삼오공 공일구 사구일 이이일 삼칠육 이에요'), ['IMEI:삼오공 공일구 사구일 이이일 삼칠육']);
  assert.deepEqual(found('연락처: 공일공 - 사팔칠칠 - 일구영삼'), ['PHONE:공일공 - 사팔칠칠 - 일구영삼']);
  assert.deepEqual(found('주민번호 육오공삼공사 일이공삼팔사팔'), ['RRN:육오공삼공사 일이공삼팔사팔']);
});

test('digit words that are no number, and a number no label or checksum vouches for, stay clean (ko, en)', () => {
  for (const text of [
    '그 사이 일이 많아서 이사 준비 중이에요',
    '구구단 이일이 이이사 삼삼구 외우기',
    '오일 교환 일정은 이삼일 뒤 공사 끝나고',
    '주문번호 일이삼사 오육칠팔 확인 부탁드려요',
  ])
    assert.deepEqual(found(text), [], text);
  // The English words read as before.
  assert.deepEqual(found('card number four eight four six, one one nine seven, seven six three six, eight four two three'), [
    'CREDIT_CARD:four eight four six, one one nine seven, seven six three six, eight four two three',
  ]);
});
