// What the sixty-fourth to sixty-sixth rounds of hand-written texts (public services; HR and payroll; hotels, travel, beauty
// and wellness) showed about other identifiers: an open-data portal's serviceKey in a URL, a passport shown at entry and
// the numbers near a passport that are not one, a birth's date and time on a birth report, and an American Express card's
// four-digit code named by its length after the expiry.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe("portals' keys, passports at entry and birth records", () => {
  test("an open-data portal's serviceKey in a URL's query, escaped or not (en, ko)", () => {
    assertFound(
      [
        [
          'curl "https://apis.data.go.kr/1360000/VilageFcstInfoService/getVilageFcst?serviceKey=Zt4kP9wQ2mLx7RbN1cVh5JsD8fGy3uEa%2B%3D%3D&pageNo=1"',
          ['SECRET:Zt4kP9wQ2mLx7RbN1cVh5JsD8fGy3uEa%2B%3D%3D'],
        ],
        ['공공데이터포털 인증키 말고 serviceKey=Hq2Lm8Vt4Xc9Rb1Nz6Kp3Ws7Yd5Fg0Je 로 넣었어요', ['SECRET:Hq2Lm8Vt4Xc9Rb1Nz6Kp3Ws7Yd5Fg0Je']],
        // A parameter's name in prose, no key.
        ['The serviceKey parameter goes first in the query.', []],
      ],
      'SECRET',
    );
  });

  test('a passport shown at entry, and the numbers beside a passport that are not one (en, ko)', () => {
    assertFound(
      [
        ['Nationality: Peru\nPeruvian passport at entry: AB517302', ['PASSPORT:AB517302']],
        ['분실 여권번호: M482Q7731\n현지 경찰 신고: NSW Police Event No. E52918340', ['PASSPORT:M482Q7731']],
        ['passport renewal done. Pension to Chase checking, routing 021000021, acct on file', []],
      ],
      'PASSPORT',
    );
  });

  test("a birth's date and time on a birth report, not the report's code or date (ko)", () => {
    assertFound(
      [
        [
          '접수번호 2025-출생-00417 / 접수일 2025.03.11\n[출생자]\n출생일시: 2025.02.27 06:15\n출생장소: 산부인과',
          ['DATE_OF_BIRTH:2025.02.27'],
        ],
        ['2024년 10월 9일 출생신고 완료\n2024년 10월 9일 오후 2:03, 남편 : 했어', []],
      ],
      'DATE_OF_BIRTH',
    );
  });

  test("a card's four-digit code named by its length after the expiry (en)", () => {
    assertFound(
      [
        ['Amex 3714 496353 98431, exp 09/28, the 4 digit code is 5820', ['CARD_CVV:5820']],
        ['Gate: the 4 digit code is 5820', []],
      ],
      'CARD_CVV',
    );
  });
});
