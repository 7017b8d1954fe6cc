// What the fifty-ninth and sixtieth rounds of hand-written texts (fisheries and farms; migrants, NGOs and embassies) showed
// about travel documents and birth dates: Indonesian passports copied with a gap after the letter, Philippine ones with a
// check letter in workers' replies, numbers read out from a photo beside their run-together copy; children's birth dates
// after their relation and name, crew rows' dates beside a passport, an adult's date confirmed again; a steer's birth date.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe('crew and worker passports', () => {
  test('a letter, a gap and seven digits after the label, in Indonesian too, and under a passport column (en, ko)', () => {
    assertFound(
      [
        ['1. Budi Santoso — DOB 03/05/1995 — passport C 6120947', ['PASSPORT:C 6120947']],
        ['Lost passport no.: B 3391078 (police report filed)', ['PASSPORT:B 3391078']],
        ['Rahmat: passport saya C 2294105 (Indonesia)', ['PASSPORT:C 2294105']],
        ['선원: paspor saya X 7043318 ya', ['PASSPORT:X 7043318']],
        ['여권번호 C 5510382 입니다', ['PASSPORT:C 5510382']],
        ['| Name | Rank | Passport |\n| Eko Prasetyo | oiler | C 4407219 |', ['PASSPORT:C 4407219']],
        ["My wife's Syrian passport N014402871 expires next year.", ['PASSPORT:N014402871']],
        // The same gap elsewhere is a grade, a room or a count.
        ['Section C 4407219 of the ledger was audited', []],
        ['| Name | Rank | Cabin |\n| Eko Prasetyo | oiler | C 4407219 |', []],
      ],
      'PASSPORT',
    );
  });

  test("the Philippines' letter, seven digits and check letter where passports are asked for or spoken of (en, ko)", () => {
    assertFound(
      [
        [
          'Coordinator: please reply with your passport no. for the bus list.\nArnel Ramos: P6619402B — Kang farm\nJoy Dizon: P3301457A',
          ['PASSPORT:P6619402B', 'PASSPORT:P3301457A'],
        ],
        ['Passport on file: P2291730C. Please upload the renewal.', ['PASSPORT:P2291730C']],
        ['여권 번호 회신 부탁드려요.\nMaria: P4410275D', ['PASSPORT:P4410275D']],
        // Without a passport's word, the same shape is a part's or an order's code.
        ['Replacement part P6619402B ships Monday.', []],
      ],
      'PASSPORT',
    );
  });

  test('a number read out with blanks beside its run-together copy is the same passport (en, ko)', () => {
    assertFound(
      [
        [
          'Officer: his passport number?\nCaller: from the photo… 5 4 1 0 2 7 7 3 8. Sorry — 541027738, nine digits.',
          ['PASSPORT:5 4 1 0 2 7 7 3 8', 'PASSPORT:541027738'],
        ],
        [
          '봉사자: 여권번호 사진 보내주세요\n어르신: [사진] K 30418826\n봉사자: 네 K30418826 입력했어요',
          ['PASSPORT:K 30418826', 'PASSPORT:K30418826'],
        ],
        // A spaced twin of a number found as no document is left alone.
        ['여권번호 M12345678, 방 번호는 1 2 3 4 5 6 7 8 아닙니다', ['PASSPORT:M12345678']],
      ],
      'PASSPORT',
    );
  });
});

describe("family members' and crews' birth dates", () => {
  test("a child's date after the relation and the name, a second date after a slash, an answer about children (en, ko)", () => {
    assertFound(
      [
        ['[동반가족]\n- 자녀 Amina, 2019.04.17 (서울 출생)', ['DATE_OF_BIRTH:2019.04.17']],
        ['| 07-03 | 동반 | 자녀 1 (박하늘, 2020-02-09) |', ['DATE_OF_BIRTH:2020-02-09']],
        ['아버지 Omar Rahimi, 딸 Laila (2018.06.03) 초등학교 입학 예정', ['DATE_OF_BIRTH:2018.06.03']],
        ['- Rashid (son), b. 2017-09-14', ['DATE_OF_BIRTH:2017-09-14']],
        ['5 | Malee + son Niran (5) | TH | 1993-04-11 / 2021-01-30 | lawyer Mon', ['DATE_OF_BIRTH:1993-04-11', 'DATE_OF_BIRTH:2021-01-30']],
        [
          'Lawyer: Do you have children?\nClient: yes 2. 강하은 2015.03.08 and 강도윤 2018.12.20',
          ['DATE_OF_BIRTH:2015.03.08', 'DATE_OF_BIRTH:2018.12.20'],
        ],
        // A child's event is no birth date, nor a strawberry's harvest, nor a date on a question about something else.
        ['자녀 Amina 입학일 2023.03.02', []],
        ['딸기 2019.04.17 수확분', []],
        ['Lawyer: When did you move?\nClient: 2015.03.08 and then 2018.12.20', []],
      ],
      'DATE_OF_BIRTH',
    );
  });

  test("a crew member's row with a passport, an adult's date confirmed again, and a steer's birth date (ko)", () => {
    assertFound(
      [
        ['이번 E-10 선원 명단입니다\n1) NGUYEN VAN HAI, 1991.05.22, 여권 C6630182', ['DATE_OF_BIRTH:1991.05.22']],
        [
          '선장: 생년월일 연도까지 적어주세요 (1962.09.30 맞죠?)\n손님: ㅇㅇ 1962.09.30',
          ['DATE_OF_BIRTH:1962.09.30', 'DATE_OF_BIRTH:1962.09.30'],
        ],
        // A passport's issue date on the row is no birth date.
        ['1) NGUYEN VAN HAI, 여권 C6630182, 발급 2009.05.22', []],
        ['축산물 이력제 (소)\n  출생일: 2022.03.14 | 성별: 암 | 품종: 한우', []],
      ],
      'DATE_OF_BIRTH',
    );
  });
});
