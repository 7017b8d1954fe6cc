// Logins a person has, and logins a system or a company has: a customer's login in a chat console's speaker label, an
// app's ID in small letters, an insurer's examiner under the record's key, a named service's username column; and a
// service account in a log, a company's shared account, a bill's 청구계정 and the inbox's own account in a thread's title,
// which are no person's.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe("a person's logins where the label stands apart", () => {
  test("a customer's login in the speaker label, an app's ID in small letters, a game's account (en, ko)", () => {
    assertFound(
      [
        ['고객(minji_0312): 결제 카드 바꾸고 싶어요\n상담사 한결: 네 도와드릴게요', ['USERNAME:minji_0312']],
        ['Customer (theo.brandt88): my renewal failed twice\nAgent: Sorry about that', ['USERNAME:theo.brandt88']],
        ['Any questions, my KakaoTalk ID vinhtran and mobile below.', ['USERNAME:vinhtran']],
        ['카카오톡 아이디 sunnyday 로 연락주세요', ['USERNAME:sunnyday']],
        ["The game account that was charged is 'frostfox_21', not mine.", ['USERNAME:frostfox_21']],
        ['his account in the game is FrostFox_21 if that helps', ['USERNAME:FrostFox_21']],
        ['my game account is locked again', []],
        // A name in the speaker's brackets is no login, and "ID" before an everyday word says nothing.
        ['고객(김민지): 결제 카드 바꾸고 싶어요', []],
        ['Customer (Theo): my renewal failed twice', []],
        ['Our KakaoTalk ID changed last week.', []],
      ],
      'USERNAME',
    );
  });

  test('the login of who ran an export or asked for a report, in its header (en)', () => {
    assertFound(
      [
        ['# exported 2025-04-02 09:10 KST by soyeon.kang\nline_no,user_name,dept', ['USERNAME:soyeon.kang']],
        ['Conflict check — requested by tmorrow, 11/03/2025 16:20', ['USERNAME:tmorrow']],
        // How it was sent, and a person's name, are no login.
        ['Statement requested by email, 11/03/2025', []],
        ['Conflict check — requested by Tessa Morrow, 11/03/2025', []],
      ],
      'USERNAME',
    );
  });

  test("an examiner's login under the record's key, a named service's username column (en)", () => {
    assertFound(
      [
        ['{"claim": "CL-77120", "examiner": "tnguyen2", "status": "OPEN"}', ['USERNAME:tnguyen2']],
        ['Ext | User | SIP username | SIP password\n301 | Ada Price | ada_301x | Qw8!mZ2p', ['USERNAME:ada_301x']],
        ['{"partner": "fitmiles", "fitmiles_user": "jo.runs42"}', ['USERNAME:jo.runs42']],
        // A staff member's code under a role's key is the firm's number for them; a count's key holds no login.
        ['{"claim": "CL-77120", "adjuster": "ADJ-2208"}', []],
        ['{"max_user": "unlimited"}', []],
      ],
      'USERNAME',
    );
  });
});

describe("a system's or a company's logins, which are no person's", () => {
  test('a service account in a log, a company account, a billing account, the inbox in a title (en, ko)', () => {
    assertFound(
      [
        ['2025-02-11T08:00:01Z INFO login ok user=svc_nightly_export src=10.4.2.9', []],
        ['콘솔 로그인은 회사 계정 ops-admin2 으로 하세요', []],
        ['[통합청구서] 청구계정 CB-55012984 / 청구기간 2024.11', []],
        ['[Instagram DMs — @harbour.bikes.co]\n@lena.rides: hi, my booking vanished', ['USERNAME:@lena.rides']],
        // A service account given with its password is a leaked credential; a person's login in a log stays.
        ['DB_USER=svc_ledger\nDB_PASSWORD=Vt6#qL9!wPz2', ['USERNAME:svc_ledger']],
        ['2025-02-11T08:00:01Z INFO login ok user=m.osei src=10.4.2.9', ['USERNAME:m.osei']],
        ['제 개인 계정 ops.jiwoo2 으로 들어가요', ['USERNAME:ops.jiwoo2']],
      ],
      'USERNAME',
    );
  });
});
