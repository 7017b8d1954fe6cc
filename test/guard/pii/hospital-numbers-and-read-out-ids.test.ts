// What the fifty-eighth to sixtieth rounds of hand-written texts (payments; food and fisheries; migrants and NGOs) showed
// about records and national numbers: a ward's diet sheet's registration numbers, a US hospital's FIN beside the MRN, a
// hospital ID in a field note, a patient's registration number asked for and given; SINs a few turns after they were asked
// for; registration numbers said with a comma, 에 or a spoken dash between their halves, or in words before their written
// copy; and a lost-and-found tag, a group policy and a hospital's 등록번호 that are no plate, no member's and no business's.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe("hospitals' numbers for their patients", () => {
  test("a registration column beside a patients' column, in a ward's table (en, ko)", () => {
    assertFound(
      [
        ['Bed | Reg. no. | Patient | Diet\n604-2 | 20417736 | 문정희 | soft', ['MEDICAL_RECORD:20417736']],
        ['등록번호 | 환자명 | 병실 | 식종\n00729104 | 남기순 | 605-1 | 연식', ['MEDICAL_RECORD:00729104']],
        // Beside a fleet's drivers, a registration is a car's.
        ['Reg. no. | Driver | Route\n20417736 | Tom Hale | A4', []],
      ],
      'MEDICAL_RECORD',
    );
  });

  test("a FIN beside the MRN, a hospital ID in a note, a hospital's own ID on its line (en)", () => {
    assertFound(
      [
        [
          'Patient: DOE, JANE\nMRN: 00551874    Acct/FIN: 61120937745    Room/Bed: 310-A',
          ['MEDICAL_RECORD:00551874', 'MEDICAL_RECORD:61120937745'],
        ],
        ['Visited the patient on ward 4, GCS 15. Hospital ID KB-250101-00412. Deposit pending.', ['MEDICAL_RECORD:KB-250101-00412']],
        ['Hospital: Sunrise Hospitals, Pune   Hospital ID: HSP-21-00977\nPatient name: Asha Rao', []],
        // A FIN away from any clinical word is another's (Singapore's foreigner number ends in a letter anyway).
        ['Vendor FIN 61120937745 for the invoice run', []],
      ],
      'MEDICAL_RECORD',
    );
  });

  test('a patient registration number asked for and given with its label and a doubt after it (en)', () => {
    assertFound(
      [
        [
          "Agent: I'll need the receipt and your patient registration number.\nCaller: registration no. is 40218863 i think",
          ['MEDICAL_RECORD:40218863'],
        ],
        ['Agent: Hospital registration number from the clinic?\nCaller: 00381947', ['MEDICAL_RECORD:00381947']],
        // A car's registration number asked for is no hospital's.
        ['Agent: Your registration number, please?\nCaller: 00381947', []],
      ],
      'MEDICAL_RECORD',
    );
  });
});

describe('national numbers said or given a few turns on', () => {
  test('SINs grouped in threes a few turns after they were asked for (en)', () => {
    assertFound(
      [
        [
          'Skipper: need SINs from the new crew for the T4s, the office is asking about it again today\nDeckhand 1: sure thing skipper, here you go, mine is 130 692 544\nDeckhand 2: 046-454-287 no wait',
          ['CA_SIN:130 692 544'],
        ],
        // Nine digits run together that far from the label are an order's as often.
        [
          'Skipper: need SINs from the new crew for the T4s, the office is asking about it again today\nDeckhand 1: sure thing skipper, here you go, my order is 130692544',
          [],
        ],
      ],
      'CA_SIN',
    );
  });

  test('registration numbers said with a comma, 에 or a spoken dash between the halves, or before their written copy (en, ko)', () => {
    assertFound(
      [
        ['주무관: 주민번호 전체가 필요해요.\n민원인: 칠일공삼일오, 일공사이오일팔', ['RRN:칠일공삼일오, 일공사이오일팔']],
        ['직원: 주민번호 불러주시겠어요?\n어업인: 육이공사공삼에 일오사이칠일구.', ['RRN:육이공사공삼에 일오사이칠일구']],
        [
          'Agent: we need your resident registration number.\nDonor: seven one zero five zero five, dash, two four zero four five zero eight.',
          ['RRN:seven one zero five zero five, dash, two four zero four five zero eight'],
        ],
      ],
      'RRN',
    );
    assertFound(
      [
        [
          '- read me his ARC no.: eight nine zero three one five, five one two four, six eight three (checked: 890315-5124683)',
          ['FRN:eight nine zero three one five, five one two four, six eight three', 'FRN:890315-5124683'],
        ],
        [
          '상담: 외국인등록번호 불러 주실래요?\n통역: 구일공삼일이 다시 오칠사팔삼공이요.\n상담: 910312-5748302 맞죠?',
          ['FRN:구일공삼일이 다시 오칠사팔삼공이', 'FRN:910312-5748302'],
        ],
        // Said in words, a number that matches nothing written is left to its own label.
        ['그 사이에 일이 많아서 오늘 못 가요', []],
      ],
      'FRN',
    );
  });
});

describe('values of these types that are no one’s', () => {
  test('a lost-and-found tag, a group policy, a hospital’s 등록번호 (en, ko)', () => {
    assertFound([['📢 Lost & found: a blue backpack (tag LF-2231) is at the front desk.', []]], 'VEHICLE_PLATE');
    assertFound(
      [
        ['- 유학생 보험: 실손의료비 단체가입 (증권번호 GHI-2025-33017)', []],
        ['보험사: 한결손해보험 | 증권번호: 3012-884-157206 | 상품명: 든든실손의료비보장보험', ['HEALTH_INSURANCE:3012-884-157206']],
        ['No. | Name | NHIS | Complaint\n4 | Ram Thapa | 1-2230918476 | rash', ['HEALTH_INSURANCE:1-2230918476']],
      ],
      'HEALTH_INSURANCE',
    );
    assertFound(
      [
        ['결핵 검진 결과 음성 (서울의료원 등록번호 2208132255)', []],
        ['Business reg. no.: 220-81-32255', ['BRN:220-81-32255']],
      ],
      'BRN',
    );
  });
});

describe("a car waiting outside and a birthday's day", () => {
  test("a car's colour and model before its plate, as a driver or a rider describes it (en)", () => {
    assertFound(
      [
        ['Here now, grey Civic 7RTP419 out front', ['VEHICLE_PLATE:7RTP419']],
        ["I'm in a white Camry, 5KXD228, by door 3", ['VEHICLE_PLATE:5KXD228']],
        // A trim, a year or an engine after the model is none.
        ['the white Camry XSE 2019 is sold', []],
        ['red Golf GTI 2.0 for sale', []],
      ],
      'VEHICLE_PLATE',
    );
  });

  test('a birthday without its year after "is on" (en)', () => {
    assertFound(
      [
        ["I also see Meron's birthday is on 14 March, shall we send a card?", ['DATE_OF_BIRTH:14 March']],
        ['The party is on 14 March.', []],
      ],
      'DATE_OF_BIRTH',
    );
  });
});
