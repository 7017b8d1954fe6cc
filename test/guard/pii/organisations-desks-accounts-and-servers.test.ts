// An organisation's own values that read as a person's: a desk's, a team's or a site's shared line named by the word
// right before it, a firm's, a shop's or an office's bank account, and a server's address on a private network; beside
// them, the same layouts with a person's own line, account or machine, which stay found.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe("organisations' desks, accounts and servers", () => {
  test("a desk's, a team's or a site's line by the word before it; a staff member's direct line and mobile stay (en, ko)", () => {
    assertFound(
      [
        ['Bay Freight Brokers | 14 Dock Rd, Oakland CA | main 510-555-0177 | direct 510-482-6619', ['PHONE:510-482-6619']],
        ['Parts pickup is behind the showroom. Service (702) 555-0148.', []],
        ['Badge not working? call security 614-555-0123 before 7am.', []],
        ['Any delays, call the desk at (503) 555-0162.', []],
        ['Plant emergency line is (734) 555-0190, ext 3 for the gatehouse.', []],
        ['Control room (24h): 0113 496 0311', []],
        ['Questions: privacy@shopfield.co.uk / 0161 496 0522', []],
        ['Ring me direct on 0161 496 0734 or my mobile 07700 900 418.', ['PHONE:0161 496 0734', 'PHONE:07700 900 418']],
        ['숙소 문제는 총무팀 031-8077-5200 으로 연락 주세요.', []],
        ['- 생산 당직실: 내선 5120 / 043-530-5120', []],
        ['영업 대표 번호는 051-740-2200 입니다.', []],
        ['(발신 032-551-7790) [바른타이어 부평점] 예약 확인 문자입니다.', []],
        // A person's own numbers after the same words stay theirs: a mobile, and a line after "my".
        ['총무팀 김하늘 과장 010-4827-3316', ['PHONE:010-4827-3316']],
        ['급한 건은 제 사무실 031-778-4410 으로 주세요', ['PHONE:031-778-4410']],
        ['Call my main number, 614-555-0187, after six.', ['PHONE:614-555-0187']],
      ],
      'PHONE',
    );
  });

  test("a firm's, a shop's or an office's account by its holder or its owner's word; a person's own stays (en, ko)", () => {
    assertFound([
      ['잔금은 우리은행 1002-611-930481 (예금주 (주)한빛가구) 으로 입금 부탁드립니다.', []],
      ['결제 계좌: 기업은행 112-447201-01-013 (법인 명의)', []],
      ['저희 사업장 계좌는 농협 301-8812-5533-71 (새길모터스) 입니다', []],
      ['Please remit to our company account: 신한 110-923-118402, beneficiary Daon Parts Co., Ltd.', []],
      ['Our bank: Deutsche Bank Köln, IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX', []],
      ['환불은 신한 110-382-664190 (예금주 정다은) 으로 보내주세요', ['BANK_ACCOUNT:110-382-664190', 'PERSON:정다은']],
      ['법인 계좌 개설 전이라 제 개인 계좌(국민 467901-04-228813)로 받았습니다.', ['BANK_ACCOUNT:467901-04-228813']],
      ['Refund to my account: IBAN DE89 3704 0044 0532 0130 00 (Lena Vogt)', ['IBAN:DE89 3704 0044 0532 0130 00', 'PERSON:Lena Vogt']],
    ]);
  });

  test("a server's address on a private network by its machine's name or key; a person's machine stays (en, ko)", () => {
    assertFound(
      [
        ['2025-03-02 01:00:00 INFO batch start host=erp-batch-03 (10.61.4.22)', []],
        ['- Firewall gateway fw-edge1.hq.local (10.9.0.1) — healthy', []],
        ['ERROR [line] timeout 5000ms plc=192.168.70.14', []],
        ['RFC 연결은 QAS 10.31.8.40 은 되는데 PRD 10.31.8.12 는 안 돼요', []],
        ['VPN 고정 IP: 10.44.17.93 으로 잡혀 있어요', ['IP_ADDRESS:10.44.17.93']],
        ['on office wifi my IP is 10.52.9.118 and it keeps dropping', ['IP_ADDRESS:10.52.9.118']],
        // A public address after a machine's name is no private network's; one that names a server's role ("proxy", "web",
        // "vpn") is a server's all the same (trial-carrier-and-security-desks.test.ts).
        ['edge-07 (203.0.113.57) rejected the login', ['IP_ADDRESS:203.0.113.57']],
      ],
      'IP_ADDRESS',
    );
  });
});
