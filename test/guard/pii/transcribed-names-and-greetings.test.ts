// A foreigner's name in a Korean form's field, in Hangul and in a passport's capitals side by side, and the greetings of
// a formal letter that name whom they greet.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe("a foreigner's name in Hangul with its passport spelling", () => {
  test('both spellings in a person field, the Hangul run together or with a name left out (ko)', () => {
    assertFound(
      [
        ['수검자 성명: 레티홍늉 (LE THI HONG NHUNG)   검진일 2024.11.02', ['PERSON:레티홍늉', 'PERSON:LE THI HONG NHUNG']],
        [
          '재해자 성명: 디네시 페레라 (DINESH PRASANNA PERERA)\n사업장: 대성금속',
          ['PERSON:디네시 페레라', 'PERSON:DINESH PRASANNA PERERA'],
        ],
        ['환자명(여권): AL KAABI SALEM ABDULLAH   진료과: 심장내과', ['PERSON:AL KAABI SALEM ABDULLAH']],
        ['예금주: KHIEU SOPHAL / 은행: 국민은행', ['PERSON:KHIEU SOPHAL']],
      ],
      'PERSON',
    );
  });

  test("a company's name, a thing's field and a spelling that does not match are not names (ko, en)", () => {
    assertFound(
      [
        ['거래처: 삼성전자 (SAMSUNG ELECTRONICS CO LTD)', []],
        ['상호: 한빛 무역 (HANBIT TRADING)', []],
        ['Customer name: 김치찌개 (SPICY STEW)', []],
      ],
      'PERSON',
    );
  });
});

describe("a foreigner's name said again in Hangul", () => {
  test('the same consonants and vowels as the Latin name found, before a particle or an honorific (ko)', () => {
    assertFound(
      [
        [
          '학생: 여권 영문 이름: SAGAR THAPA MAGAR 맞아요.\n채수빈: 사가르 학생 안녕하세요. 서류는 사고로 늦어도 괜찮아요',
          ['PERSON:SAGAR THAPA MAGAR', 'PERSON:채수빈', 'PERSON:사가르'],
        ],
        ['Customer: Olga Kim\n직원: 한국어로 김올가예요? 여권은 KIM OLGA 맞죠', ['PERSON:Olga Kim', 'PERSON:김올가', 'PERSON:KIM OLGA']],
        ['Name: Somchai Kaewmanee\n병원 차트엔 솜차이 깨우마니로 돼 있어요', ['PERSON:Somchai Kaewmanee', 'PERSON:솜차이 깨우마니']],
      ],
      'PERSON',
    );
  });

  test('a Korean word of the same consonants with other vowels, or of two syllables, is no repeat (ko, en)', () => {
    assertFound(
      [
        ['Name: Julian Reyes\n촬영은 다음 주에 해요', ['PERSON:Julian Reyes']],
        ['Name: Sagar Thapa\n서류가 사고로 늦었어요', ['PERSON:Sagar Thapa']],
      ],
      'PERSON',
    );
  });
});

describe('a formal greeting names whom it greets', () => {
  test('"Good day" and "Greetings" before a given name (en)', () => {
    assertFound(
      [
        ['Good day Renato, your parcel left our Incheon hub this morning.', ['PERSON:Renato']],
        ['Greetings Amelia, welcome aboard the Harbour Line.', ['PERSON:Amelia']],
        ['Good day Sir, how can I help?', []],
        ["Season's greetings from all of us at Harbour Line.", []],
      ],
      'PERSON',
    );
  });
});

describe("a group chat's members by a family's or a newcomer's word", () => {
  test('a full name at once, a given name when it speaks twice (ko)', () => {
    assertFound(
      [
        ['[신입 엄태준] 맥 주소 보내드려요\n[팀장] 네 확인', ['PERSON:엄태준']],
        ['[큰딸 은정] 할머니 입원하셨어\n[막내 동훈] 병원 어디야?\n[큰딸 은정] 부산', ['PERSON:은정', 'PERSON:동훈', 'PERSON:은정']],
      ],
      'PERSON',
    );
  });
});
