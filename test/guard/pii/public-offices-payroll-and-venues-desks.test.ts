// What the sixty-fourth to sixty-sixth rounds of hand-written texts (government and public services; recruitment, staffing
// and payroll; hotels, travel, beauty and wellness) showed about organisations' own values: a public body's desks at its
// own domain, a payroll team's, a travel agency's and a spa's boxes; a district office's, a firm's, a salon's and a
// clinic's accounts, a tax bill's collecting account and a bill's own number; servers listed under a change notice's
// heading, a cluster's and a gateway's nodes, a shop's shared PC. A person's own box, account and device stay found.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe("public offices', payroll teams' and venues' desks", () => {
  test("a public body's desk at its own domain, and its staff's own boxes there (en, ko)", () => {
    assertFound(
      [
        ['To: recordsrequest@mesaaz.gov\nSubject: bodycam footage', []],
        ['From: Salem Police Online Reports <policeonline@cityofsalem.gov>', []],
        ['jurors may write to juror.services@piercecounty.gov with their number', []],
        ['받는사람: ecopatrol@mapo.go.kr\n제목: 여권 재발급', []],
        ['문의: 민원 <minwon@dobong.go.kr>', []],
        ['Queries: counter.support@ukvi.example.gov.uk', []],
        ['Refund account change — gangnam.income@nts.go.kr', []],
        // A person's box at the same domains: a name, initials and a surname, a handle with digits.
        ['Officer: rtorres@mesaaz.gov', ['EMAIL:rtorres@mesaaz.gov']],
        ['담당: 주무관 sy.baek@mapo.go.kr', ['EMAIL:sy.baek@mapo.go.kr']],
        ['담당자 메일 dhkim0415@dobong.go.kr', ['EMAIL:dhkim0415@dobong.go.kr']],
        ['Contact kevin.walsh@piercecounty.gov directly', ['EMAIL:kevin.walsh@piercecounty.gov']],
        ['reach me at minseo@dobong.go.kr', ['EMAIL:minseo@dobong.go.kr']],
      ],
      'EMAIL',
    );
  });

  test("a payroll team's, a staffing firm's, a travel agency's and a spa's boxes (en, ko)", () => {
    assertFound(
      [
        ['개인 문의는 yearend@daehan-steel.co.kr 로 부탁드립니다', []],
        ['급여팀(내선 3301, pay@mirae-logis.co.kr)으로 문의', []],
        ['근무시간 이의: timesheets@hanul-hr.co.kr', []],
        ['Cc: team-recruit@talentlink.kr', []],
        ['Cc: 간호팀 공용 <nursing@hanbit-hosp.kr>', []],
        ['Questions: visa@hanatravel.kr or 02-555-0199', []],
        ['book at spa@coralbay-resort.com', []],
        ['사무실 메일(bareun.tax@bareuncpa.kr)로 보내드릴게요', []],
        // People's own boxes at the same firms, and a person's name beside a firm's.
        ['담당 컨설턴트 jh.moon@talentlink.kr', ['EMAIL:jh.moon@talentlink.kr']],
        ['my email is visa.lee@gmail.com', ['EMAIL:visa.lee@gmail.com']],
        ['Write to jane.support@janedoe.com', ['EMAIL:jane.support@janedoe.com']],
      ],
      'EMAIL',
    );
  });
});

describe("public offices', firms' and venues' accounts", () => {
  test("a public office's, a firm's and a payroll's own accounts, and a person's (en, ko)", () => {
    assertFound(
      [
        ['Fee transfer: Shinhan Bank 140-011-552093 (account holder: 강남구청)', []],
        ['납부: 가상계좌(신한 562-3301-4471-02, 수성구 세입금 수납용)', []],
        ['Bank transfer: Leeds City Council, sort code 40-11-62, account number 71943308.', []],
        ['Remit to: Coastal Staffing Pty Ltd, BSB 032-000, Account 2281 4470 (WBC)', []],
        ['재이체는 회사 모계좌(국민 491801-01-207735)에서 나갑니다', []],
        ['출금계좌 우리은행 1005-204-338812 (회사 급여계좌)', []],
        ['출금 신한 140-012-339104 법인계좌)', []],
        ['자문료는 노무법인 한결 계좌(하나 391-910022-41105)로 보내주세요', []],
        ['자동이체 (고지번호 3307-2291-4410)', []],
        // A payroll file's source account is the employer's; the workers' rows are theirs.
        [
          '// payroll_export.json\n{\n  "source_account": "국민 491801-01-207735",\n  "rows": [{"name": "박서연", "account": "110-482-339107"}]\n}',
          ['BANK_ACCOUNT:110-482-339107'],
        ],
        // A person's own account in the same layouts.
        ['Refund to my account: Shinhan Bank 140-011-552093 (account holder: 김도윤)', ['BANK_ACCOUNT:140-011-552093']],
        ['급여 입금 계좌: 국민 491801-01-207735 (예금주 박서연)', ['BANK_ACCOUNT:491801-01-207735']],
        ['보험료 출금계좌 신한 110-482-917305 로 변경해 주세요', ['BANK_ACCOUNT:110-482-917305']],
        ['급여 입출금 계좌: 신한 110-482-917305 (급여이체 지정)', ['BANK_ACCOUNT:110-482-917305']],
      ],
      'BANK_ACCOUNT',
    );
  });

  test("a salon's, a stay's and a clinic's accounts for deposits (en, ko)", () => {
    assertFound(
      [
        ['예약금은 샵 계좌 카카오뱅크 3333-08-4471902 (달빛네일) 로 보내주세요', []],
        ['계좌이체면 센터 계좌 기업 486-019233-01-017 (바디앤밸런스) 입니다', []],
        ['we take a deposit to 신한 140-013-228190 (살롱드봄)', []],
        ['환불 계좌: 농협 351-1187-6624-93 (예금주: 솔바람스테이 한지민)', []],
        ['예약금 입금처 — 국민은행 812401-04-339021 (예금주 새봄피부과)', []],
        ['Kakao Bank 3333-11-2290417 (예금주: 온담하우스) — shop account', []],
        // A guest's own account for a refund.
        ['환불 계좌: 카카오뱅크 3333-08-4471902 (예금주 최하은)', ['BANK_ACCOUNT:3333-08-4471902']],
      ],
      'BANK_ACCOUNT',
    );
  });

  test('a council tax account is no bank account; a bank account beside it is (en)', () => {
    assertFound(
      [
        ['To: counciltax@leeds.gov.uk\nSubject: Single person discount - account 50318842\n\nHello,', []],
        ['Council Tax account number: 50318842\nProperty: Flat 2, 9 Park Row', []],
        ['Council tax refund to my bank: sort code 20-45-77, account number 63019284', ['BANK_ACCOUNT:63019284']],
      ],
      'BANK_ACCOUNT',
    );
  });
});

describe("servers' and venues' addresses", () => {
  test("servers listed under a heading, a cluster's and a gateway's nodes, a shared exit (en, ko)", () => {
    assertFound(
      [
        ['■ 대상 서버\n   - WEB: 10.30.4.5 ~ 10.30.4.8\n   - 외부 연계 GW: 211.45.20.7', []],
        ['Target hosts:\n - app: 10.8.2.11, 10.8.2.12', []],
        ['we pushed a fix to the rating cluster (10.51.3.9) at 14:10', []],
        ['synced via gateway node 10.22.6.4', []],
        ['Bastion bh-01.int (10.40.9.3) rule added', []],
        ['sync to hub (rate-sync.internal, 10.20.7.3) ok', []],
        ['[export by system user svc-hr-sync, host 10.12.9.40]', []],
        ['2025-04-02,svc_batch,EXPORT,10.10.7.2,SUCCESS\n# 10.10.7.2 은 정산 배치 서버', []],
        ['ADMIN_LOGIN ip=10.20.3.8 result=OK\n# 10.20.3.8 = 매장 공용 PC', []],
        ['our guest Wi-Fi leaves through 121.133.40.9 (shared by every guest)', []],
        // A person's own device and home addresses in the same layouts.
        ['접속 기록\n - 10.30.4.5 (김민수 노트북)', ['IP_ADDRESS:10.30.4.5']],
        ['Guest login from 121.133.40.9 (her home)', ['IP_ADDRESS:121.133.40.9']],
        ['ADMIN_LOGIN ip=10.20.3.8 result=OK\n# 10.20.3.8 = 김민수 노트북', ['IP_ADDRESS:10.20.3.8', 'IP_ADDRESS:10.20.3.8']],
      ],
      'IP_ADDRESS',
    );
  });
});
