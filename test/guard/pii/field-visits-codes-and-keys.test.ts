// What the fifty-first round of hand-written texts (energy, utilities and field work: outages, installers' job sheets,
// access notes, collections) showed about structured values: a key safe's, a gate's or a padlock's code given without its
// label right before it, a code read out with hyphens or a hash, a one-time code given alone as a reply, a Wi-Fi key after
// the network's name, a card's code as "code" after its expiry, a Korean expiry said as year and month, a Korean portal's
// API key (인증키), a neighbour's handle; and a switch's hold tag, a label's words and a party's standing that read as
// plates, logins and nicknames.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe('field visits: access codes, one-time codes and keys', () => {
  test("a key safe's code after its place, a code with hyphens or a hash, a panel's, a unit's gate's, one reset later (en)", () => {
    assertFound(
      [
        ['Rhys: key safe under the meter box, 7731. Back Thursday', ['PASSWORD:7731']],
        ['Access: key safe by the shed, code 3-1-4-1 then pull down', ['PASSWORD:3-1-4-1']],
        ['buzzer code wrong again. says code is now 5#208', ['PASSWORD:5#208']],
        ['Alarm panel code for night shifts: 9024 (owner agreed)', ['PASSWORD:9024']],
        ['Side gate code for #12: 6617', ['PASSWORD:6617']],
        ['Spare key back in the safe, code reset to 3390 after the visit', ['PASSWORD:3390']],
        [
          "Ana: Key safe by the side door, code is 5512.\nBen: ok\nBen: will you change the code after?\nAna: Yes I'll reset it to 8841 tonight",
          ['PASSWORD:5512', 'PASSWORD:8841'],
        ],
        // A key safe's address, another number in brackets, another code's word, and a promo code reset are none.
        ['The key safe is at 1450 Willow Road, round the back', []],
        ['Use the spare card in the key safe (card ending 4417) till Friday', []],
        ['Error code for #3: 5191 on the inverter', []],
        ['Ben: will you change the promo code?\nShop: Yes, reset it to 2846 tomorrow', []],
      ],
      'PASSWORD',
    );
  });

  test("a digital lock's and a padlock's code, a lock's code given as the number now (ko)", () => {
    assertFound(
      [
        ['현관 번호키 4096 누르고 들어오세요', ['PASSWORD:4096']],
        ['창고 자물쇠 번호: 7302', ['PASSWORD:7302']],
        ['도어락 비밀번호는 나중에 알려드린다고 했는데, 지금 번호는 582047 입니다.', ['PASSWORD:582047']],
        // A phone's new number, one with no lock named, and a count of padlocks are none.
        ['도어락 교체는 다음주예요. 제 새 번호는 010-4417-2290 입니다.', []],
        ['제 새 번호는 5530 7192 입니다', []],
        ['자물쇠 2개 주문했어요', []],
      ],
      'PASSWORD',
    );
  });

  test('a one-time code given alone on the line after it was sent (en, ko)', () => {
    assertFound(
      [
        ["Agent: I've texted a 6-digit code to your mobile, can you read it out?\nSam: 904417\nAgent: thanks", ['PASSWORD:904417']],
        ['상담사: 인증번호 문자로 보내드렸어요. 불러주세요.\n고객: 307715 이요', ['PASSWORD:307715']],
        // The line before asks another number, or names no code sent.
        ["Agent: I've texted a code, and what's your postcode?\nSam: 90210", []],
        ['Agent: we sent the code to your phone number, what are its last four digits?\nSam: 4417', []],
        ['Agent: what is the meter reading?\nSam: 48291', []],
        ['상담사: 인증번호 보내드릴게요. 먼저 생년월일 부탁드려요.\n고객: 900412 요', []],
      ],
      'PASSWORD',
    );
  });

  test("a Wi-Fi key after the network's name; the name asked before the password is none (en)", () => {
    assertFound(
      [
        ['Wi-Fi name: HN-Fibre-22B1 / key: tqwe-8kd2-mm7z', ['PASSWORD:tqwe-8kd2-mm7z']],
        ['SSID: Casa_5G, key: Terraza2291x', ['PASSWORD:Terraza2291x']],
        ['Eng: And the wifi – name and password?\nCust: BT-7X2Q9 / fk29Lmq8Zp', ['PASSWORD:fk29Lmq8Zp']],
        ['Wi-Fi name: HN-Fibre-22B1 / key: unchanged', []],
      ],
      'PASSWORD',
    );
  });
});

describe('field visits: cards, keys, handles, tags and labels', () => {
  test('a card\'s code as "code" right after its expiry (en)', () => {
    assertFound(
      [
        ['Caller: Mastercard 5425 2334 3010 9903, expires 08/28, code 317.', ['CARD_CVV:317']],
        ['Card expires 08/28, postcode 2040 on the bill', []],
      ],
      'CARD_CVV',
    );
  });

  test('an expiry said as year and month in answer, in words or digits; a full date is none (ko)', () => {
    assertFound(
      [
        ['상담원: 카드 유효기간은요?\n고객: 삼공년 칠월이요', ['CARD_EXPIRY:삼공년 칠월']],
        ['상담원: 카드 유효기간은요?\n고객: 28년 11월이요', ['CARD_EXPIRY:28년 11월']],
        ['상담원: 카드 유효기간은요?\n고객: 28년 11월 3일이요', []],
      ],
      'CARD_EXPIRY',
    );
  });

  test("인증키, a Korean portal's API key (ko)", () => {
    assertFound(
      [
        ['- 인증키: 4fa1c09e7b2d4e8f9a0b1c2d3e4f5a6b', ['SECRET:4fa1c09e7b2d4e8f9a0b1c2d3e4f5a6b']],
        ['인증키는 마이페이지에서 재발급하세요', []],
      ],
      'SECRET',
    );
  });

  test("a neighbour's capitalised handle as a chat's sender; a record's capitalised field is none; no login before a label's colon (en)", () => {
    assertFound(
      [
        [
          "Jo_Mapleton: water's off on our side\nPat: same here\nJo_Mapleton: kettle's on at no. 4",
          ['USERNAME:Jo_Mapleton', 'USERNAME:Jo_Mapleton'],
        ],
        ['Meter_Reading: 4521\nMeter_Reading: 4610', []],
        ['Order_Status: shipped\nOrder_Status: delivered', []],
        ['Failed password for jdoe88 from 10.0.0.4 port 22', ['USERNAME:jdoe88']],
        ['He set a password for doorstep ID: "Marigold".', []],
      ],
      'USERNAME',
    );
  });

  test("a party's standing in brackets is no nickname nor name; a nickname there is (ko)", () => {
    assertFound([
      ['매수인(세대주): 문경자\n연락처: 010-2231-9087', ['PERSON:문경자', 'PHONE:010-2231-9087']],
      ['구매자(pixel_runner_7): 네 직거래 가능해요\n판매자: 좋아요', ['USERNAME:pixel_runner_7']],
    ]);
  });

  test("a switch's hold or lockout tag is no plate (en)", () => {
    assertFound(
      [
        ['Switch S-12 open, hold tag H-1107-03 applied', []],
        ['Breaker 4 locked out, lockout tag LT-2204-11 on the handle', []],
      ],
      'VEHICLE_PLATE',
    );
  });
});
