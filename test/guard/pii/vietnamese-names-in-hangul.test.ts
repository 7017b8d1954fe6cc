// Vietnamese names written in Hangul ("응우옌 반 투안", "쩐 티 마이"): found with no context word, as "Nguyen Van Tuan" is in
// Latin letters, the given name without the particle after it; Korean words around 반 and 티 name no one.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';
import { findVietnameseNamesInHangul } from '../../../src/guard/pii/names/vietnamese-names-in-hangul.ts';

describe('Vietnamese names in Hangul', () => {
  test('a surname, 반 or 티 and the given name, a particle or an honorific after it (ko)', () => {
    assertFound(
      [
        ['사장님 안녕하세요 저 응우옌 반 투안 이에요. 내일 하루 쉬어도 되요?', ['PERSON:응우옌 반 투안']],
        ['같은 라인 쩐 티 마이도 통장 바꿨습니다', ['PERSON:쩐 티 마이']],
        ['[봄빛한의원] 응우옌 티 호아님, 3/22(토) 오전 10:40 예약 안내드립니다.', ['PERSON:응우옌 티 호아']],
        ['직원 응우옌 반 남 씨 급여 계좌', ['PERSON:응우옌 반 남']],
        ['통역사: 환자분 성함은 쩐 티 투, 베트남 분이고요', ['PERSON:쩐 티 투']],
        // Blanks of any number between the surname and 반: the gate reads back over them to the surname.
        ['명단에 응우옌   반   투안 추가해주세요', ['PERSON:응우옌   반   투안']],
        // A pizza and a half, a temperature, a short-sleeved T-shirt.
        ['피자 한 판 반 더 주세요', []],
        ['오늘 최고 기온 30 도 반 정도', []],
        ['흰 반 티 사이즈 있나요', []],
      ],
      'PERSON',
    );
  });

  test('the name written as one word, after a surname that opens no Korean word (ko, en)', () => {
    assertFound(
      [
        ['사장님 저 응우옌반흥 이에요. 외국인등록증 새로 나왔어요', ['PERSON:응우옌반흥']],
        ['보호자2: 모 쩐티마이 010-9972-1180 (한국어 조금 가능)', ['PERSON:쩐티마이']],
        ['[Nguyen Van Duc 응우옌반득] 네 같아요', ['PERSON:Nguyen Van Duc', 'PERSON:응우옌반득']],
        // 레 opens 레티놀 (retinol), and 쩐다 is slang.
        ['레티놀 크림 반품할게요', []],
        ['쩐다 진짜 반박불가', []],
      ],
      'PERSON',
    );
  });

  test('the same names inside English text, beside their Latin spelling (en)', () => {
    assertFound(
      [
        ['Please register 응우옌 반 투안 as the new hire', ['PERSON:응우옌 반 투안']],
        ['New hire: Nguyen Van Tuan (응우옌 반 투안), start Monday', ['PERSON:Nguyen Van Tuan', 'PERSON:응우옌 반 투안']],
        ['Deliver to 42 Le Thanh Ton, District 1', []],
      ],
      'PERSON',
    );
  });

  test('a given name longer than two syllables or running into digits is none', () => {
    assert.deepEqual(findVietnameseNamesInHangul('응우옌 반 투안이다르다'), []);
    assert.deepEqual(findVietnameseNamesInHangul('레 티 마이3'), []);
  });
});
