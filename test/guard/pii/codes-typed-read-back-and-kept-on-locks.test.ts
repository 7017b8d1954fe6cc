// What the sixty-fourth to sixty-sixth rounds of hand-written texts (public services; HR and payroll; hotels, travel, beauty
// and wellness) showed about codes: a room's lock and a locker's combination, a door's PIN read out digit by digit after a
// long note, one-time codes texted, read back or handed over on the next line, a password tried again or typed at a login;
// and the words that look like a PIN's value but are not.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe('codes typed, read back and kept on locks', () => {
  test("a room's lock, a locker's combination and the code it replaced, a door's PIN read out after a note (en)", () => {
    assertFound(
      [
        ['Self check-in\n- Room lock: 5391\n  (codes change after check-out)', ['PASSWORD:5391']],
        [
          "Locker B-204 (men's), monthly\nCombination: 3-8-1-6  (member asked to change it from 2580 on 03/01)",
          ['PASSWORD:3-8-1-6', 'PASSWORD:2580'],
        ],
        ['Locker code is 6620', ['PASSWORD:6620']],
        ['2. Door lock PIN (yours only, valid 3 Mar 15:00 – 9 Mar 11:00): 4 8 2 0 7 1', ['PASSWORD:4 8 2 0 7 1']],
        // A lock or a combination spoken of, not given; a PIN's label as a log's value or followed by a word.
        ['The room lock is broken, please send maintenance.', []],
        ['A combination: of the two plans suits us best.', []],
        ['2025-02-03T01:12:44 DOOR_OPEN method=PIN member=GY-7730 result=OK', []],
        ['New card PIN: chosen by the holder on the keypad.', []],
      ],
      'PASSWORD',
    );
  });

  test('one-time codes texted, read back, or handed over on the next line (en, ko)', () => {
    assertFound(
      [
        ['it also wants an authenticator code, it texted 604 219 to my phone', ['PASSWORD:604 219']],
        ['09:12 sent identity SMS; user read the one-time code back to me (731058) before typing it', ['PASSWORD:731058']],
        ['민호: 본인인증 문자 나한테 온다 불러줄게\n민호: 318 640\n지은: 완료!', ['PASSWORD:318 640']],
        [
          "Agent: The carrier also needs the account PIN on your plan to port the number.\nDana: it's 5093\nAgent: thanks",
          ['PASSWORD:5093'],
        ],
        // Another number asked for: the reply is that number.
        ["Agent: The carrier also needs the account number on your plan.\nDana: it's 5093\nAgent: thanks", []],
      ],
      'PASSWORD',
    );
  });

  test('a password tried again, and one typed at a login (en)', () => {
    assertFound(
      [
        [
          'Ana: pw is Benfica!88 i think\nRui: didnt work\nAna: try Benfica!1988\nRui: in',
          ['PASSWORD:Benfica!88', 'PASSWORD:Benfica!1988'],
        ],
        ['20:14 customer: cant log in, I type mkowal and Gdansk#2021 and it fails', ['PASSWORD:Gdansk#2021']],
        // A code of another kind where no password was given or typed.
        ['Ana: try Promo!2024 at checkout for 10% off', []],
        ['cant log in, I typed the order no. #A-2291! and nothing', []],
      ],
      'PASSWORD',
    );
  });
});
