// What telecom care showed about secrets: a UK number's porting code (PAC, STAC), a PIN or a one-time code given alone as
// the reply to the question before it (read out digit by digit, in two groups of three, after "it's"), a code in an SMS's
// brackets or an auth log's "code=" key, and a set-up sheet's voicemail PIN and SIP password columns; and the cells a
// table or a CSV row heads with a PIN's or a password's word, which are no values.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe('porting codes, PINs and one-time codes as telecom care reads them', () => {
  test("a PAC's or a STAC's code after its name (en, ko)", () => {
    assertFound(
      [
        ['Your PAC is KMD 220 487 and it lasts 30 days.', ['PASSWORD:KMD 220 487']],
        ['PAC (from your current network): WZB770315', ['PASSWORD:WZB770315']],
        ['STAC: 330981QPL', ['PASSWORD:330981QPL']],
        ['기존 통신사에서 받은 PAC: HRN 508 114 (30일 유효)', ['PASSWORD:HRN 508 114']],
        // The number to text for one, or a PAC's word alone, gives no code.
        ['Text PAC to 65075 and the network replies within a minute.', []],
        ['PAC 요청은 65075로 문자 보내시면 됩니다.', []],
      ],
      'PASSWORD',
    );
  });

  test('a PIN or a one-time code given alone after the line that asks for it (en, ko)', () => {
    assertFound(
      [
        ['Agent: And the four-digit account PIN?\nCaller: 6 2 0 4.', ['PASSWORD:6 2 0 4']],
        ["Agent: I've texted a code to your mobile, can you read it to me?\nCaller: hang on... it's 3 8 1 0 5 7", ['PASSWORD:3 8 1 0 5 7']],
        ["Agent: Let's set a new account PIN.\nCaller: make it 918273", ['PASSWORD:918273']],
        ['Kid: the app wants a confirmation code??\nDad: 604712', ['PASSWORD:604712']],
        ['상담사: 방금 인증번호 보냈습니다. 6자리 알려주세요.\n고객: 771 204', ['PASSWORD:771 204']],
        ['상담사: 인증번호 가면 알려주세요\n고객: 550918', ['PASSWORD:550918']],
        // Another code or another value asked for: the reply is that, not a secret.
        ["Agent: What's the booking code?\nCaller: 482913", []],
        ['Agent: Can you confirm the account number?\nCaller: 6 2 0 4 1 1', []],
        ['상담사: 생년월일 6자리와 인증번호 알려주세요\n고객: 880214', []],
      ],
      'PASSWORD',
    );
  });

  test("a code in an SMS's brackets, after its entry's word, or in an auth log's code key (en, ko)", () => {
    assertFound(
      [
        ["I got this: '[Web발신] 결제 인증번호 [305118] 타인에게 알리지 마세요'", ['PASSWORD:305118']],
        ['[pay] 인증번호 입력 → 662091 (성공)', ['PASSWORD:662091']],
        ['2025-03-02T10:11:04Z event=OTP_OK user=m.hale code=880413 src=web', ['PASSWORD:880413']],
        ['2025-03-02 10:11:04 KST otp_verified user=park.j code=120947', ['PASSWORD:120947']],
        // Another number in brackets, or a log line of no one-time code, keeps no code.
        ['[Web발신] 주문번호 [305118] 배송이 시작되었습니다', []],
        ['2025-03-02T10:11:04Z event=LOGIN_FAIL user=m.hale code=4012 src=web', []],
      ],
      'PASSWORD',
    );
  });

  test("a set-up sheet's PIN and SIP password columns; a PIN's or a password's word as a cell of its own (en, ko)", () => {
    assertFound(
      [
        ['| Ext | User | Voicemail PIN |\n| 301 | Dana Cole | 4482 |\n| 302 | Omar Haddad | 9175 |', ['PASSWORD:4482', 'PASSWORD:9175']],
        ['내선 | 사용자 | 음성사서함 비밀번호\n301 | 한지민 | 4482\n302 | 오세훈 | 9175', ['PASSWORD:4482', 'PASSWORD:9175']],
        ['Ext | User | SIP password | Handset MAC\n201 | Tom Hale | Rk7!mq2VxT | 80:5E:C0:1A:77:41', ['PASSWORD:Rk7!mq2VxT']],
        // A column of floors, and a CSV row whose cell names how the caller was checked, hold no secret.
        ['| Ext | User | Floor |\n| 301 | Dana Cole | 4482 |', []],
        ['C2409,2024-09-11 07:24:03,Home>New claim,Telephone PIN,PASS,Dev Chauhan,FNOL_CREATED', []],
      ],
      'PASSWORD',
    );
  });

  test('a PIN after who shared it and what for, where, or a long note in brackets (en, ko)', () => {
    assertFound(
      [
        ['Screen PIN given to staff for the data transfer: 618204 (to be changed)', ['PASSWORD:618204']],
        ['Passcode shared with colleague for the migration: 903317', ['PASSWORD:903317']],
        ["We're using the transfer PIN you gave us (550192) with the old carrier.", ['PASSWORD:550192']],
        ['Account PIN there is 7731 (the account is in his name)', ['PASSWORD:7731']],
        ['Passcode (supplied by the owner under a s.49 notice on 2 May 2025): 411906', ['PASSWORD:411906']],
        ['비밀번호(고객이 매장 직원에게 데이터 이전용으로 알려준 화면 잠금 번호, 변경 권고함): 250619', ['PASSWORD:250619']],
        // The same words before no code.
        ['PIN given to staff for the data transfer: not recorded', []],
        ['The transfer PIN you gave us (from the old carrier) did not work.', []],
        ['Passcode (supplied by the owner under a s.49 notice on 2 May 2025): refused', []],
      ],
      'PASSWORD',
    );
  });

  test("a label's letters glued to a reference's hyphened tail, and a key shown masked, are no password (en)", () => {
    assertFound(
      [
        ['Added. Your confirmation is PW-77310254. Call us back any time.', []],
        ['If the SIM is PUK-locked, ring us from another phone.', []],
        ['New voicemail PIN: 4471', ['PASSWORD:4471']],
      ],
      'PASSWORD',
    );
  });
});
