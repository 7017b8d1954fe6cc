// What the fifty-eighth to sixtieth rounds of hand-written texts (payments and brokerage; food and farming; migrants and
// NGOs) showed about organisations' bank accounts: a charity's, an embassy's, a school's, a co-operative's, a
// brokerage's and a firm's own accounts read as a person's, held by a 사단법인 or a 농협, named by a school's virtual
// account or a donation drive, said to be in the company's name or listed in a firms' export; and the people's own
// accounts beside them, which stay found.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe("organisations' accounts: charities, schools, co-operatives and firms", () => {
  test("an account held by a 사단법인, an embassy, a co-operative or a brokerage is the organisation's (ko, en)", () => {
    assertFound(
      [
        ['후원 계좌: 신한은행 140-013-552871 (예금주 사단법인 푸른손길)', []],
        ['기부금 모금계좌: 농협 301-2281-4470-61 (예금주 (사)희망다리)', []],
        ['정산 계좌: 농협 356-0192-8831-21 (○○농협 경제사업소)', []],
        ['위판대금은 수협 1010-0031-7782 (주문진수협) 으로 들어갑니다.', []],
        ['입금은 가상계좌(우리은행 561-022918-44-107, 예금주 한결증권)로 하실 수 있습니다.', []],
        ["Fees: Shinhan Bank 110-552-930184, account holder 'Embassy of Peru'", []],
        ['Please pay to the Embassy account: Woori Bank 1005-302-918273', []],
        // A person holds the account: it stays found.
        ['정산 계좌: 농협 356-0192-8831-21 (예금주 박순자)', ['BANK_ACCOUNT:356-0192-8831-21']],
        ['후원 계좌 변경: 신한은행 140-013-552871 (예금주 김하늘)', ['BANK_ACCOUNT:140-013-552871']],
        // A bank's name in the bracket is no holder.
        ['계좌번호 3520918273645 (농협)', ['BANK_ACCOUNT:3520918273645']],
      ],
      'BANK_ACCOUNT',
    );
  });

  test("a school's virtual account, a company's payroll account and a course's fee account (ko)", () => {
    assertFound(
      [
        ['등록금은 학교 가상계좌(신한 562-011-882731)로 납부해 주세요.', []],
        ['합계 지급액 4,120,000원 / 회사 출금계좌 기업 011-092281-04-015', []],
        ['교육비 입금: 국민은행 817-01-0422-918 한국조리사협회○○지부)', []],
        // A customer's own account after a payment word stays found.
        ['위판대금 입금 계좌가 수협 101-17-662019으로 돼 있는데 그대로 쓰시나요?', ['BANK_ACCOUNT:101-17-662019']],
      ],
      'BANK_ACCOUNT',
    );
  });

  test("an account in the company's name, and a firms' export row with a legal form and no person (en, ko)", () => {
    assertFound(
      [
        ["Settlement account: IBK 221-058812-01-019, in the company's name", []],
        ['SL-20117,한빛도예 주식회사,206-86-14523,기업은행,081-228194-01-013,한빛도예(주),PAID', []],
        ['PB-88102,(주)새온테크 총무팀,02-6952-1100,우리,1005-702-553018,214000,cancelled', []],
        // A row that names the firm's contact may give the contact's own account.
        ['V-0201,(주)해온식품,617-81-40395,장서윤,부산은행,112-2093-4471-08', ['BANK_ACCOUNT:112-2093-4471-08']],
        // A row of people's payouts names no firm.
        ['1,하정민,010-3372-9018,우리,1002-448-391027,PAID,', ['BANK_ACCOUNT:1002-448-391027']],
      ],
      'BANK_ACCOUNT',
    );
  });

  test("securities accounts under a brokerage's column, and open banking's accounts by their keys (ko)", () => {
    assertFound(
      [
        [
          'no,고객명,위탁계좌,지급종목\n1,하윤서,7012-8830-01,AAPL 0.1주\n2,남도현,7012-8831-44,SPY 0.2주',
          ['BANK_ACCOUNT:7012-8830-01', 'BANK_ACCOUNT:7012-8831-44'],
        ],
        [
          '{"req_client_account_num":"110392018475","recv_client_account_num":"3333019928471"}',
          ['BANK_ACCOUNT:110392018475', 'BANK_ACCOUNT:3333019928471'],
        ],
        ['req.req_client_account_num=110392018475\nreq.user_ip=59.10.1.4', ['BANK_ACCOUNT:110392018475']],
        ['고객님의 신용거래 계좌(6012-4471-01)의 담보비율이 128%입니다.', ['BANK_ACCOUNT:6012-4471-01']],
        ['| 장남 | 타사(한결증권) 6012-8830-02 | 주식 100주', ['BANK_ACCOUNT:6012-8830-02']],
        ['계좌는 위탁 4410-2281-01 그거 맞죠?', ['BANK_ACCOUNT:4410-2281-01']],
        // A consignment's parcel and a margin's rate are no accounts.
        ['택배 위탁 4410-2281-01 건 확인 부탁', []],
        ['신용거래 계좌 담보비율 140', []],
        // A count under another key is no account.
        ['req.req_client_count=110392018475', []],
      ],
      'BANK_ACCOUNT',
    );
  });
});
