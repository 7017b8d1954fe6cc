// What the forty-fifth and forty-sixth rounds of hand-written texts (money; schools and families) showed of bank
// accounts: a British account after its sort code and a slash or a comma, a bank abroad's account in blanks or after its
// branch's town, a Japanese account after its kind, a Canadian one after "Chequing", a broker's account with letters, a
// Korean pension (IRP) or securities account, and an account the text says was mistyped.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe('accounts of other banks, brokers and pension funds', () => {
  test('a British account after its sort code and a slash or a comma is found alone; blanks keep the pair (en, ko)', () => {
    assertFound(
      [
        [
          "Callum: ok and it'll come out of my new Starling one, 60-83-71 / 26718834\nMum: Why are you putting your account number here?",
          ['BANK_ACCOUNT:26718834'],
        ],
        ['Hamza: Monzo 04-00-04, 38119027, H Siddiqui', ['BANK_ACCOUNT:38119027']],
        ['월세는 제 Monzo 계좌로 보내주세요: 04-00-04 / 38119027 (H Siddiqui)', ['BANK_ACCOUNT:38119027']],
        ['Send your half to my Monzo 04-00-04 41829375 when you can', ['BANK_ACCOUNT:04-00-04 41829375']],
        // A date before a comma is no sort code, unless the bank or "sort code" stands before it.
        ['Statement 12-05-24, 38119027 transactions for the account holder', []],
        ['sort code 12-05-24, 38119027', ['BANK_ACCOUNT:38119027']],
        ['sort code 20-45-77 only, routing 021000021', []],
      ],
      'BANK_ACCOUNT',
    );
  });

  test("a bank abroad's account in blanks, or after the branch's town and a comma (en, ko)", () => {
    assertFound(
      [
        ['Ate Joy: send to my BPI 3459 1027 84, Joy Dela Cruz. or GCash 0917 482 3306', ['BANK_ACCOUNT:3459 1027 84']],
        ['엄마 BPI 3459 1027 84 로 보내줘', ['BANK_ACCOUNT:3459 1027 84']],
        ['고객: 엄마예요. Trần Thị Mai, Vietcombank Đà Nẵng, 0071000839254', ['BANK_ACCOUNT:0071000839254']],
        ['Please send it to Vietcombank Đà Nẵng, 0071000839254 (Trần Thị Mai).', ['BANK_ACCOUNT:0071000839254']],
        // A bank's phone line; a bank's name that is also a word before a town-like word.
        ['call Barclays 0345 734 5345', []],
        ['HSBC 0800 123 4567', []],
        ['Access Code, 48291377', []],
      ],
      'BANK_ACCOUNT',
    );
  });

  test("a Japanese account after its kind (普通, futsu) or 口座番号, a bank's word before (en, ko)", () => {
    assertFound(
      [
        ['Mama punya MUFG, Osaka-Umeda branch 251, futsu 4718203, a/n RIZKY PRATAMA', ['BANK_ACCOUNT:4718203']],
        [
          '딸: 아빠 일본 계좌 정보 보내요\n銀行名: 三井住友銀行 / 支店名: 新宿西口支店 (店番 255)\n口座種別: 普通 / 口座番号: 7403318\n口座名義: チェ ソヨン',
          ['BANK_ACCOUNT:7403318'],
        ],
        ['□ 三井住友銀行 新宿支店 (店番 221) 普通 7734921 / 名義 キム ミンソ', ['BANK_ACCOUNT:7734921']],
        // 口座番号 alone is the only cue.
        ['口座番号: 7403318', ['BANK_ACCOUNT:7403318']],
        // 普通 is also "ordinary"; a branch's number is three digits.
        ['普通 1500000円 で買いました', []],
        ['普通 7734921', []],
        ['三井住友銀行 新宿支店 (店番 221)', []],
      ],
      'BANK_ACCOUNT',
    );
  });

  test('a Canadian account after its institution, its transit and "Chequing" (en, ko)', () => {
    assertFound(
      [
        ['■ TD Canada Trust 계좌 (Metrotown 지점)\n  - Institution 004 / Transit 94212 / Chequing 6391047', ['BANK_ACCOUNT:6391047']],
        ['Direct deposit: Institution 004, Transit 94212, Chequing 6391047', ['BANK_ACCOUNT:6391047']],
        ['Transit 94212 / Institution 004', []],
        ['Chequing fee 1234567', []],
      ],
      'BANK_ACCOUNT',
    );
  });

  test("a broker's account with letters after its brokerage's or its transfer's words (en, ko)", () => {
    assertFound(
      [
        ['7  List account number(s) here (optional): brokerage acct 5RT44019', ['BANK_ACCOUNT:5RT44019']],
        ['Delivering account number: 7HP208841\nReceiving account number: 55301927', ['BANK_ACCOUNT:7HP208841', 'BANK_ACCOUNT:55301927']],
        ['Delivering firm: Harborview Brokerage (DTC 0443), account no. 5JX-40821773', ['BANK_ACCOUNT:5JX-40821773']],
        ['미국 주식 이전 신청: brokerage acct 5RT44019 (Schwab)', ['BANK_ACCOUNT:5RT44019']],
        ['brokerage fee 5RT44019', []],
        ['Policy number 7HP208841, order no. 5RT44019', []],
      ],
      'BANK_ACCOUNT',
    );
  });

  test("a Korean pension (IRP) or securities account after its kind or its firm's name; a policy's 증권 is none (ko, en)", () => {
    assertFound(
      [
        [
          '- 당행 IRP: 1005-803-661274 → 이전받는 곳: ○○증권 IRP 71028843-29\n- 연락처 010-6004-2718',
          ['BANK_ACCOUNT:1005-803-661274', 'BANK_ACCOUNT:71028843-29'],
        ],
        [' 2) 23:52 예수금 21,450,000원 → 대신증권 6001-2284-9917 (예금주 용하나) 출금', ['BANK_ACCOUNT:6001-2284-9917']],
        ['Please roll it over to 미래에셋증권 IRP 5241-2708-9113 by Friday.', ['BANK_ACCOUNT:5241-2708-9113']],
        ['증권번호: 0012849301', []],
        ['보험증권 1234-5678-9012', []],
        ['삼성증권 1588-2323 으로 전화했어요', []],
        ['대신증권 02-769-2000 고객센터', []],
        ['퇴직연금 2024-05-31 지급, 연금저축 12,000,000원 납입', []],
        ['삼성증권 주문번호 20240613', []],
      ],
      'BANK_ACCOUNT',
    );
  });

  test('an account the text says was mistyped, after or before the words that say so (ko, en)', () => {
    assertFound(
      [
        ['Account no: 30918274556 (처음에 30918274565로 잘못 썼어요, sorry)', ['BANK_ACCOUNT:30918274556', 'BANK_ACCOUNT:30918274565']],
        [
          'Caixa Econômica, agência 0871, conta poupança 00098421-6 (op. 013). Our record had 00098412-6, typo on our side.',
          ['BANK_ACCOUNT:00098421-6', 'BANK_ACCOUNT:00098412-6'],
        ],
        ['Account no: 30918274556, reference 30918274565 not received', ['BANK_ACCOUNT:30918274556']],
      ],
      'BANK_ACCOUNT',
    );
  });
});
