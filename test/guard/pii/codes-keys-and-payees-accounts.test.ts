// What the sixty-first to sixty-third rounds of hand-written texts (games and trust & safety; construction and heavy
// industry; weddings, funerals, elder care and pets) showed about codes, keys and accounts: backup codes printed in a
// sheet's columns, pasted one a line or listed again later, one-time codes given in a chat's reply, a bank's security card
// codes read out to a scammer, stream keys and bot tokens; and the accounts that a studio, a funeral hall, a care home, a
// shelter or a contractor is paid into, which are theirs, not a person's.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe('codes, keys and payees’ accounts', () => {
  test('backup codes in numbered columns, one a line, eight digits, or a second list further on (en, ko)', () => {
    assertFound(
      [
        [
          'Your backup codes\nKeep these somewhere safe.\n\n  1. 2719 0463        4. 8832 1057\n  2. 5604 9318        5. 1190 7746\n  3. 3377 2085        6. 6021 4439',
          [
            'PASSWORD:2719 0463',
            'PASSWORD:8832 1057',
            'PASSWORD:5604 9318',
            'PASSWORD:1190 7746',
            'PASSWORD:3377 2085',
            'PASSWORD:6021 4439',
          ],
        ],
        [
          '상담원: 백업 코드 저장해두셨나요? 입력창에만 넣어주세요.\n고객: 입력창이 안 보여서 그냥 보내요\n6120 3398\n7045 1182',
          ['PASSWORD:6120 3398', 'PASSWORD:7045 1182'],
        ],
        [
          'Agent: if you kept backup codes when you set up 2FA, use one of those.\nUser: found them in my notes: 58203916, 70431285',
          ['PASSWORD:58203916', 'PASSWORD:70431285'],
        ],
        [
          'User: i printed my backup codes last year\nAgent: Please type one on the login page, not here.\nUser: tried 6603-1187 and 4049-7730 there, both rejected. the ones after them on the sheet are 5518-0926, 8471-3305',
          ['PASSWORD:6603-1187', 'PASSWORD:4049-7730', 'PASSWORD:5518-0926', 'PASSWORD:8471-3305'],
        ],
        [
          'Do you have backup codes?\n  "only two left in a screenshot: 38-261-904 and 75-118-342"',
          ['PASSWORD:38-261-904', 'PASSWORD:75-118-342'],
        ],
        // Dates, a lone number and order numbers listed after the codes' name are none of them.
        ['Backup codes regenerated on 20240611.\nOrders 44120931, 44120932 shipped.', []],
        ['백업 코드 재발급 완료\n주문번호\n2024 0611\n2024 0612', []],
      ],
      'PASSWORD',
    );
  });

  test("a one-time code given in a chat's reply, after a few words or the code's own name (en, ko)", () => {
    assertFound(
      [
        [
          'Jules: the app is sending a code to your number since you are my recovery contact\nMe: yeah got it, 604 218',
          ['PASSWORD:604 218'],
        ],
        ['seller: 2단계 인증 걸려 있네요 메일로 온 코드 주세요\n구매자: 코드 771 309', ['PASSWORD:771 309']],
        ['상담원: 인증 코드 문자로 보냈어요. 앱에만 입력해주세요\n고객: 아 벌써 여기 씀 ㅋㅋ 308152', ['PASSWORD:308152']],
        [
          'Dana: it will send a code to my phone, I will forward it\nSam: ok opening the app now\nDana: code is 552 910',
          ['PASSWORD:552 910'],
        ],
        ['딸: 엄마 폰으로 인증 문자 갔을 거야 방금 문자 온 숫자 6개만 알려줘\n엄마: 730514', ['PASSWORD:730514']],
        ['양도 확인 인증번호 (양도인 휴대폰으로 수신): 640218', ['PASSWORD:640218']],
        // A reply to a question about something else, or a code named three turns before nothing asked, is no code.
        ['Agent: what is your postcode?\nMe: yeah got it, 48291', []],
        ['상담원: 주문 수량 알려주세요\n고객: 코드 1200', []],
        ['Dana: I sent the code yesterday\nSam: ok\nLee: fine\nMia: hmm\nDana: code is 552 910', []],
      ],
      'PASSWORD',
    );
  });

  test('a door code read out in words, in a JSON field or in brackets, and the code an OTP app shows (en, ko)', () => {
    assertFound(
      [
        ['as agreed, the shed keypad code is four two eight one and the bins go out on Monday', ['PASSWORD:four two eight one']],
        ['{\n  "address": "12 Elm Row",\n  "gateCode": "*7713"\n}', ['PASSWORD:*7713']],
        ['{"door_code": "5083", "orderCode": "44120"}', ['PASSWORD:5083']],
        ['출입: 문자로 받은 현관 비밀번호(4·0·9·1·7)로 출입, 완료 후 변경 요청', ['PASSWORD:4·0·9·1·7']],
        ['설계팀: OTP 앱에 지금 604311 떠 있는데 이거 넣으면 되나요?', ['PASSWORD:604311']],
        ['my OTP app shows 228 914, is that the one?', ['PASSWORD:228 914']],
        // A promo code in words, a key that names no door, a form's hint and an app's year are none.
        ['the promo code is one two three four', []],
        ['{"orderCode": "5521"}', []],
        ['비밀번호(4자리) 입력', []],
        ['OTP 앱에 2024년부터 등록했어요', []],
      ],
      'PASSWORD',
    );
  });

  test("a bank's security card codes read out, not a counter's number (ko)", () => {
    assertFound(
      [
        ['할머니: 통장 번호랑 보안카드 번호도 불러줬어 보안카드 08번 5512 31번 0946', ['PASSWORD:5512', 'PASSWORD:0946']],
        ['보안카드 번호 12번: 47, 29번: 83 알려줬어요', ['PASSWORD:47', 'PASSWORD:83']],
        ['보안카드 재발급은 3번 창구에서 해 드려요. 대기 1234', []],
      ],
      'PASSWORD',
    );
  });

  test("a phishing kit's log lines, a recovery form's list of old passwords and a password in brackets (en, ko)", () => {
    assertFound(
      [
        [
          '[+] 2025-02-01 10:11:12 | user: pixie_rae_ | pass: Rae0719 | mail: rae.k@example.org | 2fa: 550913',
          ['PASSWORD:Rae0719', 'PASSWORD:550913'],
        ],
        [
          '4. 기억나는 예전 비밀번호: moonlight!7, Seoul1988##, jhk2019ab\n5. 가입 연도: 2016',
          ['PASSWORD:moonlight!7', 'PASSWORD:Seoul1988##', 'PASSWORD:jhk2019ab'],
        ],
        [
          'Old passwords I remember: Tulip2019, harbour_lights, kiwi77!',
          ['PASSWORD:Tulip2019', 'PASSWORD:harbour_lights', 'PASSWORD:kiwi77!'],
        ],
        ['※ 회원이 문의에 기존 비밀번호(bluemoon_ks88)를 적어 보냄 → 임시 비밀번호 발급', ['PASSWORD:bluemoon_ks88']],
        // A form's hint in brackets, a 2FA field that holds a year, and a list that goes on as prose are none.
        ['비밀번호(8자 이상, 영문+숫자) 입력 후 확인', []],
        ['Password (required): ', []],
        ['mfa: 2024 rollout | 2FA: enabled', []],
        ['Passwords: rotate yearly, store in the vault', []],
      ],
      'PASSWORD',
    );
  });

  test("a card's expiry said as expiring or after a read-out number's full stop, and its code after 뒤에 (en, ko)", () => {
    assertFound(
      [
        ['Sure. 4916 3382 0417 5526, expiring 11/28, and that was the only one.', ['CARD_EXPIRY:11/28']],
        [
          'write it down: five one six two, three three zero eight, one one four seven, two two zero six. Expires oh-three twenty-eight.',
          ['CARD_EXPIRY:oh-three twenty-eight'],
        ],
        ['Coupon expiring 11/28 at midnight.', []],
      ],
      'CARD_EXPIRY',
    );
    assertFound(
      [
        ['직원: 유효기간이랑 뒷면 세 자리요.\n고객: 카드 유효기간 09/28, 뒤에 402요.', ['CARD_CVV:402']],
        ['카드 유효기간 09/28, 뒤에 402호로 보내주세요', []],
      ],
      'CARD_CVV',
    );
  });

  test('stream keys and Discord bot tokens, by their shapes and after "stream key" (en, ko)', () => {
    assertFound(
      [
        [
          'oops my stream key was on screen: live_604118273_Rk2mQ8vTz4LxW9nBc3YhP7sDa1',
          ['SECRET:live_604118273_Rk2mQ8vTz4LxW9nBc3YhP7sDa1'],
        ],
        [
          '합방은 내 채널로 하자 스트림키 live_330912874_aB4cD7eF9gH2jK5mN8pQ1rS3tU6 이거 써',
          ['SECRET:live_330912874_aB4cD7eF9gH2jK5mN8pQ1rS3tU6'],
        ],
        [
          '봇 토큰 여기 둘게\nNzA4MTI5OTQ1NjE3NDMyNjQwMw.Gq7LmZ.a9Xc2Vb4Nm6Qw8Er1Ty3Ui5Op7As0DfGhJk',
          ['SECRET:NzA4MTI5OTQ1NjE3NDMyNjQwMw.Gq7LmZ.a9Xc2Vb4Nm6Qw8Er1Ty3Ui5Op7As0DfGhJk'],
        ],
        ['Stream key: p3w8-k2xr-7mqa-z9d4-tt61. Backup login below.', ['SECRET:p3w8-k2xr-7mqa-z9d4-tt61']],
        // A stream's title and a live word are none.
        ['Stream key moments: best-of-the-season-highlights', []],
        ['we go live_now at 8, stream key is on the dashboard', []],
      ],
      'SECRET',
    );
  });

  test("a studio's, a funeral hall's, a care home's, a shelter's and a contractor's accounts, not a person's (en, ko)", () => {
    assertFound(
      [
        ['예약금은 사업자 계좌 기업은행 031-220417-01-019 (하루필름스튜디오)로 보내주세요', []],
        ['- 잔금 입금계좌: 국민 402101-04-118273 스튜디오온결', []],
        ['※ 결제 계좌: 농협 302-1188-4417-61 (은하장례식장)', []],
        ['본인부담금은 우리은행 1002-661-208413 (예금주 소나무요양원)으로 매월 25일까지', []],
        ['Monthly fee to 신한 110-552-803176 (예금주 푸른숲요양원), by the 25th', []],
        ['관리비 계좌 농협 351-2207-9918-43 (하늘정원추모공원)', []],
        ['입양비는 보호소 후원계좌 광주은행 107-330-118204 (작은발자국쉼터)로 부탁드려요', []],
        ['후원 계좌: 농협 351-0917-2284-13 (다온집)', []],
        ['※ 결제 계좌: 기업 218-330917-04-011 (하늘여행) / 현금영수증 발행 가능', []],
        ['※ 지급일 8/25, 원도급사 노무비 전용계좌(기업 047-220918-04-013)에서 이체', []],
        ['Balance: 60% on handover, to our account 신한 140-220-918374 (한빛인테리어디자인).', []],
        ['Pay by the operating account (routing 021000021, acct 5518203374) or card.', []],
        ['Transfer to Maple Goods Inc.: 기업은행 482-220917-04-018 (virtual account for your store).', []],
        ['피해자: 국민은행 812204-01-330918, 예금주가 (주)에이치엠코리아 였어요', []],
        ['The deposit goes to 우리은행 1005-220-918374, 예금주 한빛추모공원. The quote follows.', []],
        // A person's account stays: a family's 축의금 account, a treasurer named as the holder, a person as payee.
        ['마음 전하실 곳: 신한 110-482-227310 (신랑 김도윤)', ['BANK_ACCOUNT:110-482-227310']],
        ['회비 계좌: 신한 110-234-567890 (총무 김민지)', ['BANK_ACCOUNT:110-234-567890']],
        ['후원 계좌: 농협 351-1287-6604-13 (Hannah Lee)', ['BANK_ACCOUNT:351-1287-6604-13']],
        ['부의금 계좌: 국민 204-21-0918-447 (상주 박정호)', ['BANK_ACCOUNT:204-21-0918-447']],
        ['The deposit goes to 우리은행 1005-220-918374, 예금주 김민수. Thanks.', ['BANK_ACCOUNT:1005-220-918374']],
      ],
      'BANK_ACCOUNT',
    );
  });
});
