// What the forty-fifth and forty-sixth rounds of hand-written texts (money; schools and families) showed of passwords: a
// one-time code read out or captured, a two-step login's backup codes, an account's PIN after whose it is, a password after
// an e-mail login and a slash, a card's expiry and code read out in words; and what stays no password: a bracketed word in
// a password's column, another code's or another number's digits.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe('one-time codes, backup codes and PINs given away', () => {
  test('a one-time code after its name, or after "code" where the sentence says it was texted (en, ko)', () => {
    assertFound(
      [
        ['He also made me read him the code you texted me, 604913\nAgent (Tasha): Understood.', ['PASSWORD:604913']],
        ['[13:05:58] Customer: also I got a text with a code 442917 do you need it?', ['PASSWORD:442917']],
        ['Bank login: gmarsh61 / Pw: Bluebell!1961\nOTP captured: 730184\nIP: 86.14.203.77', ['PASSWORD:Bluebell!1961', 'PASSWORD:730184']],
        ['Unlocked. Your one-time passcode is 739 215 — it expires in 10 minutes.', ['PASSWORD:739 215']],
        ['Your verification code is 4821. Do not share it.', ['PASSWORD:4821']],
        ['→ 문자로 온 인증번호 719305도 불러줌 (오픈뱅킹 등록에 쓰인 것으로 보임)', ['PASSWORD:719305']],
        ['카톡으로 온 인증번호 482913 알려드릴게요', ['PASSWORD:482913']],
        ['OTP 번호 552019 불러줬어요', ['PASSWORD:552019']],
      ],
      'PASSWORD',
    );
  });

  test("another code's or another number's digits stay no one-time code (en, ko)", () => {
    assertFound(
      [
        ['error code 4096 again when I log in, I texted support', []],
        ['Use promo code SAVE20, I got it by text', []],
        ['I got a text: your booking code 482913', []],
        ['Question code 3 of 5', []],
        ['I got a text with a code at 10:42 this morning', []],
        ['They texted me the code in 2024 and it still works', []],
        ['The OTP goes to the number ending 4471.', []],
        ['I got a text with a code, my claim number is 4471902', []],
        ['I texted you the confirmation number 58213344 for the code', []],
        ['Transaction disputed £214.50 (auth code 771204)', []],
        ['OTP mismatch (3/5)', []],
        ['result=PENDING_OTP otp_ref=7731-aa', []],
        ['school code is 4471 if the app asks, I texted you', []],
        ['[Web발신] [네이버] 인증번호 [482913]를 입력해주세요. 타인 노출 금지', []],
        ['OTP 일련번호 끝 네자리 3307 은 정상 등록되어 있습니다', []],
        ['인증번호 6자리 입력하는 화면에서 계속 멈춰요', []],
        ['인증번호 3회 틀려서 잠겼어요', []],
        ['주문번호 20240611 인증번호 발송', []],
      ],
      'PASSWORD',
    );
  });

  test("a two-step login's backup codes after their name, one or a list, or in the answer to a question of them (en, ko)", () => {
    assertFound(
      [
        [
          'Request: asks to disable 2FA. Supplied backup codes 4827-1930 and 7716-0452 (valid) and 3390-2871 (already used).\nOpen orders: none.',
          ['PASSWORD:4827-1930', 'PASSWORD:7716-0452', 'PASSWORD:3390-2871'],
        ],
        [
          "Support (Ilse): Do you still have the backup codes from when you turned on 2FA?\nUser: I have one written down: 4819-2276-03\nSupport (Ilse): Please don't post codes here",
          ['PASSWORD:4819-2276-03'],
        ],
        [
          'New backup codes are under Settings > Security; one of them is 4827-1930 in case the page does not load.',
          ['PASSWORD:4827-1930'],
        ],
        ['가입 시 받은 백업 복구코드: 7QK2-M9PD-4XW8', ['PASSWORD:7QK2-M9PD-4XW8']],
        ['백업코드 4827-1930, 7716-0452 적어뒀어요', ['PASSWORD:4827-1930', 'PASSWORD:7716-0452']],
      ],
      'PASSWORD',
    );
  });

  test("a number after the codes' name that is no code: an error's, a ticket's, a date (en, ko)", () => {
    assertFound(
      [
        ['Action: reset password, regenerated backup codes, error AUTH-409 cleared.', []],
        ['Do you have your backup codes?\nUser: no, my ticket is 4819-2276', []],
        ['recovery code sent 2025-08-04 to the customer', []],
        ['Backup codes were regenerated. Call 0800-123-4567 if locked out.', []],
        ['2단계 인증 기기 분실 - 백업코드 재발급 요청 (접수번호 REC-2024-0614)', []],
      ],
      'PASSWORD',
    );
  });

  test("an account's PIN after whose it is, a password after an e-mail login and a slash (en)", () => {
    assertFound([
      ["hey, the PIN for Mila's lunch account is 2958 – don't tell Mila, school code is 4471 if the app asks", ['PASSWORD:2958']],
      [
        'Also the shared Overleaf login is cs341grp7@gmail.com / Overleaf!Grp7_2024 if anyone needs the report draft',
        ['EMAIL:cs341grp7@gmail.com', 'PASSWORD:Overleaf!Grp7_2024'],
      ],
      // A mail address and a slash without a login's word: a contact, not an account.
      ['write to cs341grp7@gmail.com / Overleaf!Grp7_2024 thanks', ['EMAIL:cs341grp7@gmail.com']],
    ]);
  });

  test("a bracketed word in a password's column is no password", () => {
    assertFound(
      [
        [
          'username,display_name,temp_password,mfa_status\nab2219k,Amelia Brennan,Welcome-Kite-4821,not_enrolled\nts1142w,Tomás Silva,(changed),enrolled',
          ['PASSWORD:Welcome-Kite-4821'],
        ],
      ],
      'PASSWORD',
    );
  });

  test("a card's expiry and code read out in words after a card's number read out (en)", () => {
    assertFound([
      [
        "can you just run my card it's a Visa four five zero seven five three six six two three three nine four seven eight three expiration oh nine twenty six code on the back two one eight\nVisitor: thanks",
        [
          'CREDIT_CARD:four five zero seven five three six six two three three nine four seven eight three',
          'CARD_EXPIRY:oh nine twenty six',
          'CARD_CVV:two one eight',
        ],
      ],
      // No card read out before the label: an expiry of something else.
      ['the trial offer expiration nine twenty six they said', []],
    ]);
  });
});
