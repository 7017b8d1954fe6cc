// What the fifty-fifth to fifty-seventh rounds of hand-written texts (pharma and trials; logistics; security operations and
// fraud) showed about credentials and accounts: a card's code after its expiry in a pasted line, an AWS secret beside its
// key id, a combo list's leaked password, keys in a Stripe-like style with a product's prefix; accounts listed under one
// sort code; and the accounts of hospitals, pharmacies, couriers and firms that read as a person's.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe('leaked keys, cards and payees', () => {
  test("a card's code after its expiry, however it is named or punctuated (en, ko)", () => {
    assertFound(
      [
        ['ok the card is 4539 1488 0343 6467, 09/28, 417. thanks', ['CARD_CVV:417']],
        ['Card: 4539 1488 0343 6467      Expiry: 09/28      CCV: 802', ['CARD_CVV:802']],
        ['김과장: 4539 1488 0343 6467 / 09/28 / 뒷면 316. 결제 부탁해요', ['CARD_CVV:316']],
        // A transaction's date in the column after the expiry is no code.
        ['holder,card_no,exp,txn_date\nDana Reyes,4539148803436467,09/28,2025-01-14,FUEL', []],
        ['홍길동,4539148803436467,09/28,2025-01-14,주유', []],
      ],
      'CARD_CVV',
    );
  });

  test("an AWS secret access key beside its key id, and a product's live key (en, ko)", () => {
    assertFound(
      [
        [
          'Leak alert: access key AKIAR7Q2WD5NXK3LPM8T with secret Zt4wP9qLm2Xv7Rb0Nc5Ks8Hd3Fy6Gj1Ua/eTo+iW',
          ['SECRET:AKIAR7Q2WD5NXK3LPM8T', 'SECRET:Zt4wP9qLm2Xv7Rb0Nc5Ks8Hd3Fy6Gj1Ua/eTo+iW'],
        ],
        [
          '노출된 키: AKIAR7Q2WD5NXK3LPM8T / Zt4wP9qLm2Xv7Rb0Nc5Ks8Hd3Fy6Gj1Ua/eTo+iW 즉시 폐기',
          ['SECRET:AKIAR7Q2WD5NXK3LPM8T', 'SECRET:Zt4wP9qLm2Xv7Rb0Nc5Ks8Hd3Fy6Gj1Ua/eTo+iW'],
        ],
        ['the old key gx_sk_live_7Rt2Pq9Wm4Zx8Vb1Nc6Ly3Ka was revoked', ['SECRET:gx_sk_live_7Rt2Pq9Wm4Zx8Vb1Nc6Ly3Ka']],
        // Forty letters of one case or no digit after the id are words, not its secret.
        ['key AKIAR7Q2WD5NXK3LPM8T with secret deactivatedbytheappsecteamthismorningokay', ['SECRET:AKIAR7Q2WD5NXK3LPM8T']],
        ['see the docs at test_live_mode_settings_page for more', []],
      ],
      'SECRET',
    );
  });

  test("a combo list's leaked password after the e-mail and a colon (en, ko)", () => {
    assertFound(
      [
        ['The entry was:\n\n    r.osei@example.org : Harbour7!lights\n\nPlease change it.', ['PASSWORD:Harbour7!lights']],
        ['1) 유출 콤보 리스트\n   jw.seo@example.kr:Gangnam#2024\n   → 즉시 변경해 주세요', ['PASSWORD:Gangnam#2024']],
        // A chat's e-mail speaker label before a word or a time is no combo.
        ['ana.lima@example.com: thanks!\nana.lima@example.com: 10:42', []],
        ['support@example.com : https://example.com/help', []],
      ],
      'PASSWORD',
    );
  });

  test("a hospital's, a pharmacy's, a firm's or a courier's account is not a person's (en, ko)", () => {
    assertFound(
      [
        ['심의비는 병원 계좌(우리은행 1002-331-774120, 예금주 미래대학교병원)로 입금해 주세요', []],
        ['결제 계좌는 약국 계좌로 할게요: 기업은행 531-028814-01-017 (푸른숲약국)', []],
        ['계약금은 신한 110-482-337190 (주)바른이사 로 입금 부탁드립니다', []],
        ['통관수수료: 하나은행 391-910045-22108 한빛관세사무소', []],
        ['Ship it using our FedEx account 3308-1174-2 (prepaid).', []],
        ['Payment by ACH to Lakeside Medical Center, routing 071000013, account 5520193387.', []],
        ['Payment to: Delta Freight Co., Ltd., Vietcombank, account 0071 0045 88213.', []],
        // Mule accounts listed under one sort code, each after its holder.
        [
          'Ops 10:06: all sort code 40-12-33: Marta Kowal 27719304, Ion Rusu 58820417. all opened last week',
          ['BANK_ACCOUNT:27719304', 'BANK_ACCOUNT:58820417'],
        ],
        ['sort code 40-12-33: call 27719304 for help', []],
        // A case file's list of a subject's accounts, each of them.
        [
          '{"subject": {"accounts": ["302-0691-8830-41", "1002-662-140573"]}}',
          ['BANK_ACCOUNT:302-0691-8830-41', 'BANK_ACCOUNT:1002-662-140573'],
        ],
        ['accounts: 3\nstatus: ok', []],
        // A person's own account is still theirs.
        ['자문료는 우리은행 1002-853-114729 (김민준) 으로 보내주세요', ['BANK_ACCOUNT:1002-853-114729']],
        ['그 돈은 먼저 제 개인 계좌 신한 110-482-337190 으로 왔어요', ['BANK_ACCOUNT:110-482-337190']],
      ],
      'BANK_ACCOUNT',
    );
  });
});
