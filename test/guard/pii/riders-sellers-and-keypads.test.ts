// What the forty-ninth and fiftieth rounds of hand-written texts (automotive and manufacturing; retail, marketplaces and
// gig work) showed about structured values: a district's two-wheeler plate, a British plate with an O, a hired car's
// plate; a marketplace's parties by their handles and a report's list of accounts; a keypad's code; a bcrypt-shaped
// client secret and a bot's token; and a sale's roles that speak in a chat, which are no nicknames.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe("riders, sellers and keypads: rounds 49 and 50's structured values", () => {
  test("a two-wheeler's plate with its province and district (ko, en)", () => {
    assertFound(
      [
        ['배달 오토바이 번호판 부산해운대 바 6613 입니다', ['VEHICLE_PLATE:부산해운대 바 6613']],
        ['Rider bike: Honda PCX · plate 경기 성남 배 2287', ['VEHICLE_PLATE:경기 성남 배 2287']],
        // A year after a model's word, a flat's number: no plate.
        ['대구 수성 차 2023년식 팝니다', []],
        ['서울 마포 아파트 1203동', []],
      ],
      'VEHICLE_PLATE',
    );
  });

  test("a British plate with an O, a German plate in a visitors' log, a hired car's plate (en)", () => {
    assertFound(
      [
        ['Reg?\nLN19 OKP', ['VEHICLE_PLATE:LN19 OKP']],
        ['08:10 | Firma GmbH | +49 171 4482 907 | rental, M-TZ 3381 | V-12', ['VEHICLE_PLATE:M-TZ 3381']],
        ['Contractor | hire car XQR 517 | Site B', ['VEHICLE_PLATE:XQR 517']],
        // A code's word before the shape, a hire car's duration: no plate.
        ['SKU LN19 OKP', []],
        ['hire car for 3 days', []],
      ],
      'VEHICLE_PLATE',
    );
  });

  test("a marketplace's parties by their handles, not their names (en, ko)", () => {
    assertFound(
      [
        ['Buyer: retro_kat88 (Katie Moss)', ['USERNAME:retro_kat88']],
        ['From oldclocks_uk (seller):\nHappy to refund.', ['USERNAME:oldclocks_uk']],
        ['Comment from bargain.dan: same here', ['USERNAME:bargain.dan']],
        ['{"rating": 1, "author": "tired_mum_77", "title": "broke"}', ['USERNAME:tired_mum_77']],
        ['Reported user: 뽀로로엄마\nListing: stroller', ['USERNAME:뽀로로엄마']],
        ['Mina (Vinted: mina_k22)', ['USERNAME:mina_k22']],
        ['- 계정: phone_deal_7, 착한거래99, best.seller.kr', ['USERNAME:phone_deal_7', 'USERNAME:착한거래99', 'USERNAME:best.seller.kr']],
        // A list of Hangul handles holds no Latin letter: its comma alone lets the search read it.
        ['신고 계정: 보라돌이맘, 정직한판매자01', ['USERNAME:보라돌이맘', 'USERNAME:정직한판매자01']],
        ['Q. 사이즈 문의 (작성자 sunny_day21 · 2024.11.02)\n몇 cm인가요', ['USERNAME:sunny_day21']],
        // A person after the label, a team, a platform's word before prose, a log's steps after 계정: no handle.
        ['Seller: Liam Doherty', []],
        ['Reporter: 결제플랫폼팀 | Assignee: 온콜', []],
        ['Vinted 고객센터로만 처리하세요', []],
        ['조치: 계정 잠금, authorized_keys 점검', []],
      ],
      'USERNAME',
    );
  });

  test("a seller's column and a Q&A writer's column hold handles (en, ko)", () => {
    assertFound(
      [
        ['payout_id,seller_username,legal_name\nP-01,closet.of.ana,Ana Ruiz', ['USERNAME:closet.of.ana']],
        ['qna_id,product,writer,question\nQ-1,텐트,camp_lover9,"언제 와요"', ['USERNAME:camp_lover9']],
      ],
      'USERNAME',
    );
  });

  test("a sale's roles that speak in an open chat are no nicknames (ko)", () => {
    assertFound(
      [
        ['[오픈채팅] 중고 판매\n구매자: 직거래 되나요?\n판매자: 네 가능해요', []],
        ['[오픈채팅] 중고 판매\n감자도리77: 직거래 되나요?', ['USERNAME:감자도리77']],
      ],
      'USERNAME',
    );
  });

  test("a keypad's code and a delivery note's entrance code (en, ko)", () => {
    assertFound(
      [
        ['Keypad for the loading bay is 6402, report to security.', ['PASSWORD:6402']],
        ['Plant room keypad is 73 19 — key is in the lockbox', ['PASSWORD:73 19']],
        ['3 | 자이아파트 105동 | 공동현관 5821 | 문 앞에', ['PASSWORD:5821']],
        // Minutes after a keypad, a flat's number after 공동현관: no code.
        ['The keypad was fitted in 12 30 minutes', []],
        ['공동현관 1203 호 앞에 두세요', []],
      ],
      'PASSWORD',
    );
  });

  test('a bcrypt-shaped client secret and a bot token; a stored hash is none (en, ko)', () => {
    assertFound(
      [
        ['Client Secret: $2a$04$Ab3dEf6hIj9kLm2nOp5qRs', ['SECRET:$2a$04$Ab3dEf6hIj9kLm2nOp5qRs']],
        ['텔레그램 봇 토큰: 5512093847:AAH3kLm9Pq2Rs7Tv4Wx8Yz1Ab5Cd6Ef0Gh2', ['SECRET:5512093847:AAH3kLm9Pq2Rs7Tv4Wx8Yz1Ab5Cd6Ef0Gh2']],
        ["시크릿 dump @5='$2b$12$Ab3dEf6hIj9kLm2nOp5qRs.u4Jd2Fh6Gs0cQaTr9VkNxYbPzMwLe3i'", []],
      ],
      'SECRET',
    );
  });
});
