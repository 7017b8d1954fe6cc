// What the fifty-fifth to fifty-seventh rounds of hand-written texts showed about codes: a container's release PIN printed
// in groups, a code that an app gives to link an account, a code said to have come through or to be entered, and a code
// given alone in answer to "which code are you entering?", after a handle's speaker label or an acknowledgement.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe('release PINs and sent codes', () => {
  test('a PIN printed in groups of digits (en, ko)', () => {
    assertFound(
      [
        ['Release: CAIU 4471802 PIN 27 90 41 66, TCNU 1188230 PIN 5061 7724. Cleared.', ['PASSWORD:27 90 41 66', 'PASSWORD:5061 7724']],
        ['반출 PIN 3319 0472 로 게이트 통과하세요', ['PASSWORD:3319 0472']],
        // A count after the PIN is no group of it.
        ['wrong PIN 4821 12 attempts so far', ['PASSWORD:4821']],
      ],
      'PASSWORD',
    );
  });

  test('a code an app gives, a code that came through or is to be entered (en, ko)', () => {
    assertFound(
      [
        ['the link code the app gave me is 603 118', ['PASSWORD:603 118']],
        ['yes. code came through: 771 340', ['PASSWORD:771 340']],
        ['Enter the code 559204 (valid for 10 minutes) on the reset page.', ['PASSWORD:559204']],
        ['- One-time code for device enrolment sent by SMS: 308817', ['PASSWORD:308817']],
        ['휴대폰 인증번호는 559204 입니다', ['PASSWORD:559204']],
        // Another number's code or a count is none.
        ['I sent a reset code to your phone ending 0917.', []],
        ['Enter the code printed on order 448120 at the counter.', []],
        ['the error code came through as 5020 items short', []],
      ],
      'PASSWORD',
    );
  });

  test('a code given alone in answer, after a handle as speaker or an acknowledgement (en)', () => {
    assertFound(
      [
        ['Agent (ParcelBox): Which code are you entering?\nUser jonno_77: 418 207', ['PASSWORD:418 207']],
        ['Support (Ty): I have sent a login code to your phone so you can sign in.\nDriver: got it, 662 104', ['PASSWORD:662 104']],
        // A time before a colon is no speaker, and the last digits of a phone asked for are no code.
        ['Agent: which code are you entering?\n14:03: 418 207', []],
        ['Agent: we sent the code to your phone, what are its last four digits?\nSam: 4417', []],
      ],
      'PASSWORD',
    );
  });
});
