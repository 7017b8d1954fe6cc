// What the fifty-second to fifty-fourth rounds of hand-written texts (telecom care, insurance, law firms and community
// organisations) showed about identifiers other than names: a family's and a team's birth dates after a request for them,
// Korean dates with a two-digit year, and a clinic's business number under its column or its key.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe("birth dates of a family, a team's children and a congregation's members", () => {
  test("a child's date right after the name once birth dates were asked for (en, ko)", () => {
    assertFound(
      [
        [
          'Coach: I still need a DOB for each player please\nMum: Ruby Calloway 14/02/2017, mob 07700 912 334',
          ['DATE_OF_BIRTH:14/02/2017'],
        ],
        [
          'Spouse: Hana Okafor   Born: 1985.06.11\nChildren:\n  Tomi Okafor   2015.09.21   Sunday school',
          ['DATE_OF_BIRTH:1985.06.11', 'DATE_OF_BIRTH:2015.09.21'],
        ],
        ['코치: 대회 등록에 생년월일 필요해요\n- 9번 차은결 2015.03.08', ['DATE_OF_BIRTH:2015.03.08']],
        // No birth date was spoken of: a child's name beside a date is a class's, a match's or a lesson's day.
        ['Coach: next fixtures below\nRuby Calloway 14/02/2024 away at Hedge End', []],
        ['수업 일정: 차은결 2023.03.08 첫 수업', []],
      ],
      'DATE_OF_BIRTH',
    );
  });

  test('a relation in brackets before the date, and a Korean date with a two-digit year (en, ko)', () => {
    assertFound(
      [
        [
          'Lantern for the family (생일 list)\nMembers:\n - (wife) 1963.04.09\n - (son) 2016.11.30',
          ['DATE_OF_BIRTH:1963.04.09', 'DATE_OF_BIRTH:2016.11.30'],
        ],
        [
          '상담원: 가족분 생년월일 말씀해 주세요\n고객: 남편 오만석 1958년 3월 2일, 딸 오하람 91년 7월 14일이요',
          ['DATE_OF_BIRTH:1958년 3월 2일', 'DATE_OF_BIRTH:91년 7월 14일'],
        ],
        // A relation's date where no birth date is spoken of is a visit's or a booking's.
        ['Visitors:\n - (wife) 2024.04.09 ward 7', []],
        ['공지: 24년 3월 2일 정기총회', []],
      ],
      'DATE_OF_BIRTH',
    );
  });
});
