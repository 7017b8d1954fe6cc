// What the fifty-fifth to fifty-seventh rounds of hand-written texts showed about logins and issued codes: a game
// character's name or a nickname in Hangul after its label, an in-game name in quotes, a handle after an app's name and a
// comma, an app's chat that shows its customer as "User" and a handle; a brand's official account, a mail domain after an
// at-sign and a party's role after "by" are no one's login. Codes an organisation issues (an activation code, a temporary
// access pass, a portal's access key), a list of backup codes a few turns after they were named, a passphrase agreed with
// a family, a storage unit's code, and a card's expiry read out in Korean digit words.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe('game names, issued codes and role logins', () => {
  test("a character's name or a nickname in Hangul, an in-game name in quotes, a handle after an app and a comma (en, ko)", () => {
    assertFound(
      [
        ['캐릭터명: 푸른늑대단장 (서버 카스피언)', ['USERNAME:푸른늑대단장']],
        ['아이디 moonfox_kr, 캐릭터 닉네임 달빛여우\n상담원: 확인할게요', ['USERNAME:moonfox_kr', 'USERNAME:달빛여우']],
        ['- 판매자 닉네임: 게임왕아저씨 / 연락처 없음', ['USERNAME:게임왕아저씨']],
        ["Account: IGN 'NightOwlRider' (login: p.marsh04)", ['USERNAME:NightOwlRider', 'USERNAME:p.marsh04']],
        ["it's all over his Instagram, tomas_sails_22. Ask him.", ['USERNAME:tomas_sails_22']],
        // A sentence's words and a field's note are no nickname, nor a character's level.
        ['닉네임 바꿨는데 적용이 안 돼요', []],
        ['닉네임: 없음', []],
        ['아이디는 알려드렸고 캐릭터 Lv.87 이에요', []],
        ['Instagram, TikTok and YouTube are all blocked here', []],
      ],
      'USERNAME',
    );
  });

  test("an app's chat's customer by handle; a brand's account, a mail domain and a role are none (en)", () => {
    assertFound(
      [
        [
          'ParcelBox Bot: Hi! How can we help?\nUser kiwi_dan88: my code does not work\nAgent Rhi: Sorry!\nUser kiwi_dan88: thanks',
          ['USERNAME:kiwi_dan88', 'USERNAME:kiwi_dan88'],
        ],
        [
          'Instagram DMs — @brightskin_official ⇄ @mia.grows.things\nmia.grows.things: hi, my face is red\nbrightskin_official: Hi Mia, so sorry!\nmia.grows.things: thanks',
          ['USERNAME:@mia.grows.things', 'USERNAME:mia.grows.things', 'USERNAME:mia.grows.things'],
        ],
        ["The sender says 'HR' but the address is not @northwind.com at all", []],
        ['Procedure record (submitted by hospital)\nSite: Leeds', []],
        ['2024-07-19T09:01:12Z INFO pod.update safe_place="porch" updated_by=recipient', []],
      ],
      'USERNAME',
    );
  });

  test('codes an organisation issues, backup codes listed later, a passphrase agreed with a family (en, ko)', () => {
    assertFound(
      [
        ['Your activation code is Q4T-8MX-71KD; enroll by May 2 at the monitoring site.', ['PASSWORD:Q4T-8MX-71KD']],
        ['Agent: your temporary access pass is Tmp-4Rz8-Qa2W, valid for one hour.', ['PASSWORD:Tmp-4Rz8-Qa2W']],
        ['my access key is R8N4-ZW27-KQ in case I lose the letter', ['PASSWORD:R8N4-ZW27-KQ']],
        [
          'User: do I need backup codes?\nDesk: yes, keep them safe.\nUser: pasted them in my notes: 5731-2208, 6194-0375 — ok?',
          ['PASSWORD:5731-2208', 'PASSWORD:6194-0375'],
        ],
        ['고객: 2FA 백업코드 문제일까요. 메모앱에 Q8WZ-3K7M, 7PLN-2RT4 이렇게 적어뒀어요', ['PASSWORD:Q8WZ-3K7M', 'PASSWORD:7PLN-2RT4']],
        ['Collection password agreed with the family: HERON-58', ['PASSWORD:HERON-58']],
        ["Storage desk: Unit 41's code is 7720 — it changes after you move out.", ['PASSWORD:7720']],
        // An issued code's date, a list of phones or orders, a flight's airline code and a masked password are none.
        ['The access key is valid until 2025-07-31.', []],
        ['backup codes regenerated. Call 0800-123-4567 or 0800-765-4321', []],
        ['backup codes regenerated. Orders 2024-118, 2024-119 shipped', []],
        ['NOTICE TO PASSENGERS — FLIGHT PW 1126 DELAYED', []],
        ['- 비밀번호: ab****42 (마스킹)', []],
      ],
      'PASSWORD',
    );
  });

  test("a card's expiry read out in Korean digit words, and restated in digits (ko)", () => {
    assertFound(
      [
        ['고객: 카드 유효기간 공삼 이구, 03/29 이고 뒤에 세자리는 518', ['CARD_EXPIRY:공삼 이구', 'CARD_EXPIRY:03/29']],
        ['고객: 카드 유효기간 일일 이칠이요', ['CARD_EXPIRY:일일 이칠']],
        // A thirteenth month or a longer run of digit words is no expiry.
        ['카드 유효기간 일삼 이칠', []],
        ['카드 유효기간 일이 이팔 이삼', []],
      ],
      'CARD_EXPIRY',
    );
  });
});
