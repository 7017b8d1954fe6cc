// A gate's words that ask for each word's characters as well as its pairs: never no for a text that holds a word, and
// no for the everyday chats whose pairs share a slot with a word's pair ("감사합니다" with 언니's).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mayHoldAnyWord } from '../../../src/guard/pii/character-pairs.ts';
import { characterPairWordsWithCharacters } from '../../../src/guard/pii/character-pairs-with-characters.ts';

describe('character pairs and characters before a gate’s search', () => {
  test('a word in the text is always seen, in any case of its ASCII letters (en, ko)', () => {
    const words = characterPairWordsWithCharacters('누나', '언니', '응우옌', 'otp', '딸');
    for (const text of ['은주누나 확인했어요', '혜진언니가 그랬어', '직원 응우옌 씨', 'Your OTP is 730184', '외동딸 민지'])
      assert.equal(mayHoldAnyWord(text, words), true, text);
  });

  test('a chat without the words is told apart, though its pairs share their slots (ko, en)', () => {
    const words = characterPairWordsWithCharacters('누나', '언니', '오빠', '형님');
    for (const text of ['감사합니다', '요금제 변경 신청', '취소된 주문 보여줘', 'where is my order?'])
      assert.equal(mayHoldAnyWord(text, words), false, text);
  });

  test('every stretch of a text is seen in it, so no gate skips a text its search would match', () => {
    const texts = [
      '[오후 2:11] 박서연: 민지야 나 번호 바꿨어 010-1234-5678 (통역 via Omar)',
      '송기철 · 유정란 의 장남 민재, Nguyen Van Tuan',
    ];
    for (const text of texts)
      for (let start = 0; start < text.length; start += 1)
        for (let end = start + 1; end <= Math.min(text.length, start + 8); end += 1) {
          const word = text.slice(start, end);
          assert.equal(mayHoldAnyWord(text, characterPairWordsWithCharacters(word)), true, word);
        }
  });
});
