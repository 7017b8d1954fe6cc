// The gates' test of a text's character pairs: it may say yes wrongly, never no wrongly, in Korean and English and in
// either case of an ASCII letter.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { characterPairWords, mayHoldAnyWord } from '../../../src/guard/pii/character-pairs.ts';

describe('character pairs before a gate’s search', () => {
  test('a word in the text is always seen, in any case of its ASCII letters (en, ko)', () => {
    const words = characterPairWords('otp', '인증', '코드', 'wi-fi');
    for (const text of ['Your OTP is 730184', 'your otp is 730184', '인증번호는 4821이에요', '백업코드 두 개', 'WI-FI name: Home']) {
      assert.equal(mayHoldAnyWord(text, words), true, text);
    }
  });

  test('a text without any of the words is told apart from one with them (en, ko)', () => {
    const words = characterPairWords('interpreter', '통역');
    assert.equal(mayHoldAnyWord('where is my order? it was due yesterday', words), false);
    assert.equal(mayHoldAnyWord('배송 언제 와요? 어제 주문했어요', words), false);
    assert.equal(mayHoldAnyWord('통역 선생님이 오셨어요', words), true);
    assert.equal(mayHoldAnyWord('the INTERPRETER joined late', words), true);
  });

  test('a word of one character is that character', () => {
    const words = characterPairWords('반', '℃');
    assert.equal(mayHoldAnyWord('응우옌 반 남', words), true);
    assert.equal(mayHoldAnyWord('응우옌 티 마이', words), false);
    assert.equal(mayHoldAnyWord('36.5℃', words), true);
  });

  test('every stretch of a text is seen in it, so no gate skips a text its search would match', () => {
    const texts = [
      'Dear Ms. Okafor, your activation code is K7R-4HQ-29ZB. Kind regards, Rowan',
      '[오후 2:11] 박서연: 민지야 나 번호 바꿨어 010-1234-5678 (통역 via Omar)',
      'FASTER PAYMENT TO K MENSAH  -150.00\nSSID: Home-5G / key: vqxe7bh2np4k',
    ];
    for (const text of texts)
      for (let start = 0; start < text.length; start += 1)
        for (let end = start + 1; end <= Math.min(text.length, start + 12); end += 1) {
          const word = text.slice(start, end);
          assert.equal(mayHoldAnyWord(text, characterPairWords(word)), true, word);
          assert.equal(mayHoldAnyWord(text, characterPairWords(word.toUpperCase())), true, word);
        }
  });

  test('the answer follows the text asked about, when texts alternate', () => {
    const words = characterPairWords('passport');
    assert.equal(mayHoldAnyWord('passport no. M12345678', words), true);
    assert.equal(mayHoldAnyWord('where is my order?', words), false);
    assert.equal(mayHoldAnyWord('passport no. M12345678', words), true);
  });

  test('Hangul pairs spread over the slots, so a Korean chat does not read as holding kin words it lacks', () => {
    // With a sum of the two codes' low bits, "감사합니다" read as holding 언니 and "요금제 비교해줘" as holding 누나.
    assert.equal(mayHoldAnyWord('감사합니다', characterPairWords('언니', '누나', '오빠')), false);
    assert.equal(mayHoldAnyWord('요금제 비교해줘', characterPairWords('언니', '누나', '오빠')), false);
    assert.equal(mayHoldAnyWord('thank you so much', characterPairWords('언니', '누나', '오빠')), false);
    assert.equal(mayHoldAnyWord('우리 누나가 가입했어요', characterPairWords('언니', '누나', '오빠')), true);
  });

  test('a gate made after a text was asked about still sees that text (en, ko)', () => {
    const text = 'Designer Rena has 10:30 · 디자이너 지수 예약';
    assert.equal(mayHoldAnyWord(text, characterPairWords('passport')), false);
    assert.equal(mayHoldAnyWord(text, characterPairWords('designer')), true);
    assert.equal(mayHoldAnyWord(text, characterPairWords('디자이너')), true);
  });

  test('gates that share a key each keep their own words (en, ko)', () => {
    // "ign" and "designer" may be keyed by the same pair; each gate still reads every pair of its own words.
    const sign = characterPairWords('sign in', '서명');
    const designer = characterPairWords('designer', '디자이너');
    assert.equal(mayHoldAnyWord('please sign in again', sign), true);
    assert.equal(mayHoldAnyWord('please sign in again', designer), false);
    assert.equal(mayHoldAnyWord('서명 부탁드려요', sign), true);
    assert.equal(mayHoldAnyWord('서명 부탁드려요', designer), false);
  });

  test('an empty word is refused', () => {
    assert.throws(() => characterPairWords(''), /empty/);
  });
});
