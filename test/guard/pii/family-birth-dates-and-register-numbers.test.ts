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

  test('a list under a line that asks for birth dates, and the next name and date after a birth date (en, ko)', () => {
    assertFound(
      [
        [
          '코치: 대회 등록에 생년월일 확인 부탁드려요\n- 3번 모하준 2014.05.02\n- 8번 길도윤 2013.11.19',
          ['DATE_OF_BIRTH:2014.05.02', 'DATE_OF_BIRTH:2013.11.19'],
        ],
        [
          "Office: please send each child's date of birth\nParent: Bao 05/14/2015, Vy 11/02/2018",
          ['DATE_OF_BIRTH:05/14/2015', 'DATE_OF_BIRTH:11/02/2018'],
        ],
        // A list under another lead-in holds the matches' or the lessons' dates.
        ['다음 경기 일정입니다\n- 3번 모하준 2024.05.02\n- 8번 길도윤 2024.11.19', []],
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

describe("a sole trader's business number under its column, a health plan's member ID, Quebec's licence", () => {
  test("a business number under a party's column or key, its check digit failing (ko)", () => {
    assertFound(
      [
        ['claim_id,clinic,clinic_brn,amount\nPT-0091,행복동물병원,318-12-40567,120000', ['BRN:318-12-40567']],
        ['{ "name": "미소치과의원", "bizRegNo": "220-04-71853" }', ['BRN:220-04-71853']],
        // A corporation's number (81 to 88 in the middle) is a business number too, its check digit mistyped; another
        // column's number is no business's.
        ['{ "name": "(주)대성정밀", "bizRegNo": "314-81-50297" }', ['BRN:314-81-50297']],
        ['claim_id,clinic,clinic_tel,amount\nPT-0091,행복동물병원,031-540-5670,120000', []],
      ],
      'BRN',
    );
  });

  test("a member ID in a record that names the insurer is the plan's number, not a login (en)", () => {
    assertFound(
      [
        ['{"name": "Ava Lund", "insurer": "Aetna", "member_id": "W284019377"}', ['HEALTH_INSURANCE:W284019377']],
        ['{"club": "Riverside Tennis", "member_id": "rt_ava_lund"}', []],
      ],
      'HEALTH_INSURANCE',
    );
  });

  test("Quebec's licence number after its label, and a pet's registration number asked for (en, ko)", () => {
    assertFound([["QC driver's licence B2043-250781-06 seen at intake", ['DRIVER_LICENSE:B2043-250781-06']]], 'DRIVER_LICENSE');
    assertFound([['상담사: 동물등록번호 확인 부탁드려요\n고객: 410200031847712 이요', []]], 'MEDICAL_RECORD');
  });
});

describe("numbers in a court's, an insurer's and a club's lists", () => {
  test('an SSN before a middle dot and the next field, a SIN after a long note, an ARC number asked for (en)', () => {
    assertFound([['  DOB 02/11/1984 · SSN 412-63-8827 · 77 Elm St, Oakland CA', ['US_SSN:412-63-8827']]], 'US_SSN');
    assertFound([['Social Insurance Number (needed for the T5 slip of the policy gain): 130 692 544', ['CA_SIN:130 692 544']]], 'CA_SIN');
    assertFound(
      [
        [
          'Agent: I need the ARC number and your phone please.\nJoel: REYES JOEL MANUEL / 880714-5217339 / 010-3318-2274',
          ['FRN:880714-5217339'],
        ],
      ],
      'FRN',
    );
    // Groups joined by middle dots are still one obfuscated number.
    assertFound([['call me 010·4471·9082', ['PHONE:010·4471·9082']]], 'PHONE');
  });

  test("a plate after a make and model and a comma, after 'is actually'; an evidence bag's tag and a refund code are none (en, ko)", () => {
    assertFound(
      [
        ['Drivers: Toyota Highlander, BKRT 318. I can take 5', ['VEHICLE_PLATE:BKRT 318']],
        ['sorry, the trailer plate is actually K41 88P', ['VEHICLE_PLATE:K41 88P']],
        ['carpet offcut retained as evidence, bagged, tag EV-GL-4410', []],
      ],
      'VEHICLE_PLATE',
    );
    assertFound([['환불 번호 RF-M-20241203-022 로 입금됩니다', []]], 'PASSPORT');
  });
});
