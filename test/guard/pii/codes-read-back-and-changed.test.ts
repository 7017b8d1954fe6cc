// What the fifty-eighth to sixtieth rounds of hand-written texts (fintech support; restaurants' staff chats; dormitories
// and shelters) showed about one-time codes and door codes: a code read back on a timed chat line, after "it says" or
// before "왔어요"; a code after "sms code" or a log's sms_code key, or after how long it lasts; backup codes printed in two
// groups of four; a door's code said instead of the old one or changed in the next reply; an alarm's and a padlock's code.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe('one-time codes read back', () => {
  test('a code read back on the line after it was sent (en, ko)', () => {
    assertFound(
      [
        ["[10:44] Agent: I've sent a 6-digit code to that email.\n[10:45] You: got it 602 118", ['PASSWORD:602 118']],
        ["Agent: I've just triggered a one-time code to your email.\nRuth: ok it says 318 224", ['PASSWORD:318 224']],
        ['상담사: 등록된 휴대폰으로 인증코드 갔을 거예요.\n사장님: 604417 왔어요', ['PASSWORD:604417']],
        ['상담사: 문자로 간 인증번호 6자리를 앱에 입력해 주세요.\n고객: 771204 이거요?', ['PASSWORD:771204']],
        ['RA: 도어락 초기 비번은 문자로 보냈어요\nAhmed: got it, the code is 508812 right?', ['PASSWORD:508812']],
        // A reply to a question about another number is none.
        ['[10:44] Agent: what is the postcode on the account?\n[10:45] You: got it 6021', []],
        ['상담사: 생년월일 6자리 알려주세요\n고객: 900412 이거요?', []],
      ],
      'PASSWORD',
    );
  });

  test("a code after sms code, a log's sms_code, or after how long it lasts; backup codes in two groups of four (en)", () => {
    assertFound(
      [
        ['also i got sms code 417720 from you but i didnt log in', ['PASSWORD:417720']],
        ['2025-08-14 21:31 INFO login ok user=kim via sms_code=551908', ['PASSWORD:551908']],
        ['Please use this one-time code within 15 minutes: 810 442', ['PASSWORD:810 442']],
        ['  backup codes (keep offline): 5512 8830, 1094 2271', ['PASSWORD:5512 8830', 'PASSWORD:1094 2271']],
        // An order's number after "sms" and a phone after the backup codes' word are none.
        ['sms order 417720 was shipped', []],
        ['backup codes were sent to 0412 887 305 yesterday', []],
      ],
      'PASSWORD',
    );
  });
});

describe('door codes said instead of others', () => {
  test('the old code said beside the new, or the new one in the reply (ko, en)', () => {
    assertFound(
      [
        ['고객: 비번 바뀌었어요 #1357* 아니고 지금은 *8642# 이에요', ['PASSWORD:#1357*', 'PASSWORD:*8642#']],
        ['총무: 창고 도어락 비번 이번주부터 61823 이에요 (예전 1470 아님!)', ['PASSWORD:61823', 'PASSWORD:1470']],
        ['Yerlan: got it. front door code still 5580#?\nJi-won: no, changed today → 7713*. thanks', ['PASSWORD:5580#', 'PASSWORD:7713*']],
        // A unit's number after the code is no code.
        ['Yerlan: front door code still 5580#?\nJi-won: room 1203 is yours', ['PASSWORD:5580#']],
      ],
      'PASSWORD',
    );
  });

  test('an alarm\'s code after "alarm is" and a padlock\'s combination (en)', () => {
    assertFound(
      [
        ['key safe at the back, code is 7102. alarm is 3846 then OFF', ['PASSWORD:7102', 'PASSWORD:3846']],
        ['the bike lock, combo is 4-1-8-2 if the owner forgot', ['PASSWORD:4-1-8-2']],
        // An alarm's time and a meal's combo are none.
        ['the alarm is 0630 tomorrow, sleep well', []],
        ['the lunch combo is 2 burgers and a drink', []],
      ],
      'PASSWORD',
    );
  });
});
