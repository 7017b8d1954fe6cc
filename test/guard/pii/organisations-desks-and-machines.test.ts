// What the fifty-second to fifty-fourth rounds of hand-written texts (telecom care, insurance, law firms, courts and
// community organisations) showed about an organisation's own values: a carrier's, an insurer's, a firm's, a court's or a
// club's desk mailboxes ("noc@", "siu@", "conflicts@", "treasurer@"), a group's shared mailbox at a webmail, the addresses
// of a network's machines (an SBC's host, a router, a provider edge, a Korean server), and a business's shared lines in
// a fleet's rows. A person's own mailbox, home address and line stay theirs.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe("organisations' desks and machines: role mailboxes, shared mailboxes and network machines' addresses", () => {
  test("a carrier's, an insurer's, a law firm's and a club's desk mailboxes are no one's (en, ko)", () => {
    assertFound(
      [
        ['Outage updates go to noc@brightwave-telecom.co.uk every 30 minutes.', []],
        ['To: it@lindenbakery.com\nSubject: SIP trunk cut-over', []],
        ['받는사람: acct@hanul-freight.co.kr\n제목: 11월 법인 청구서', []],
        ['Refer it to siu@coastalmutual.com and pl.underwriting@coastalmutual.com today.', []],
        ['서류는 travelclaims@dongbang-ins.co.kr 로 보내주세요.', []],
        ['Cc: fire-claims@dongbang-ins.co.kr, subro@dongbang-ins.co.kr', []],
        ['To: conflicts@marlowgreen.law\nCc: docketing@marlowgreen.law', []],
        ['Agenda items to secretary@elmstreetbowls.org.uk, invoices to treasurer@elmstreetbowls.org.uk.', []],
        ['문의: consult@hanbit-law.kr / 후원 문의 donor@hanbit-nanum.or.kr', []],
        ['To: class-of-98@googlegroups.com', []],
        // A person's own mailbox, at the firm's domain or a webmail, stays theirs; so does a desk's word before a surname,
        // and a bare admin's box, which an account's login is as often.
        ['Contact Dana Whitlock at dana.whitlock@marlowgreen.law', ['EMAIL:dana.whitlock@marlowgreen.law']],
        ['it@gmail.com', ['EMAIL:it@gmail.com']],
        ['uw.kim@coastalmutual.com', ['EMAIL:uw.kim@coastalmutual.com']],
        ['Login failed against account admin@harbourmed.org.', ['EMAIL:admin@harbourmed.org']],
      ],
      'EMAIL',
    );
  });

  test("a group's shared mailbox at a webmail, called so before or after it (ko)", () => {
    assertFound(
      [
        ['문의는 산악회 공용 메일 bukhansan77@hanmail.net 으로 주세요', []],
        ['동호회 문의: lensclub.seoul@gmail.com (운영진 공용 계정)', []],
        // A person's own webmail, even beside a team's word, and a shared login (a password's account) stay.
        ['회계팀 공용 말고 제 메일 mj.ryu88@naver.com 으로 부탁드립니다', ['EMAIL:mj.ryu88@naver.com']],
        ['동호회 문의: lensclub.seoul@gmail.com', ['EMAIL:lensclub.seoul@gmail.com']],
      ],
      'EMAIL',
    );
  });

  test("a Korean team's mailbox after a speaker's name in an earlier sentence (ko)", () => {
    assertFound(
      [
        ['한성기계 오미란: 사업자번호 보내드렸습니다. 계산서는 총무팀 메일 ga@hansung-mc.co.kr 로 부탁드려요.', []],
        ['계산서는 오미란 총무팀 메일 miran@hansung-mc.co.kr 로 부탁드려요.', ['EMAIL:miran@hansung-mc.co.kr']],
      ],
      'EMAIL',
    );
  });

  test("a network machine's address: a host's name, a router's, an SBC's, a Korean server's (en, ko)", () => {
    assertFound(
      [
        ['Trunk: 30 channels, SBC sip2.calderavoice.net (198.51.100.77), TLS 5061', []],
        ['Root cause: config push to core router MAN-CR-01 (10.52.0.1) dropped the VRF.', []],
        ['BFD down on PE lds-pe-04 (172.16.40.1 → 172.16.40.2).', []],
        ['원인: SBC 3호기(10.61.4.23) 인증서 만료', []],
        ['고정IP: 121.160.33.90 / 게이트웨이 121.160.33.1', ['IP_ADDRESS:121.160.33.90']],
        ['14:05 관제 서버 10.30.2.41 알람 해제', []],
        ['발송 서버 IP 52.78.120.33 하나만 허용 목록에 넣었습니다. 허용 IP 목록에 52.78.120.33 등록 완료', []],
        ['11/18 09:00 10.20.14.31 서버 재기동 예정', []],
        // A person's own address stays theirs: a home's, a login's source, a bare "서버" opening a connection's sentence.
        ['her home IP is 73.142.90.18, please whitelist it', ['IP_ADDRESS:73.142.90.18']],
        ['집 서버 IP 175.213.40.9 로 접속이 안 돼요', ['IP_ADDRESS:175.213.40.9']],
        ['login ok user=k.marsh src=10.20.8.63 mfa=push', ['USERNAME:k.marsh', 'IP_ADDRESS:10.20.8.63']],
        ['서버 58.176.195.131 에서 175.46.201.139로 SSH 타임아웃', ['IP_ADDRESS:58.176.195.131', 'IP_ADDRESS:175.46.201.139']],
        ['Reply from j.cho@mail.example.com (81.2.69.160) in the headers', ['EMAIL:j.cho@mail.example.com', 'IP_ADDRESS:81.2.69.160']],
      ],
      undefined,
    );
  });
});

describe("organisations' lines: desks' words, letterheads' mailboxes and faxes, shared and routed lines", () => {
  test("a desk's, an office's or a centre's line after its words (en, ko)", () => {
    assertFound(
      [
        ['If it is urgent, ring our advice line on 0161 496 0755.', []],
        ['I will call you from the office line 0116 496 0321 in five minutes.', []],
        ['Main number (hunt group): 0113 496 0900 → rings reception', []],
        ['I called the Daehan roaming centre (+82-2-6100-5500) yesterday.', []],
        ['Customer duty desk (051-970-4400) confirms the link is down.', []],
        ['T 02-3458-1200 | F 02-3458-1299', ['PHONE:02-3458-1200']],
        ['매장 번호 031-707-5500 으로 전화 주세요', []],
        ['출장소 전화는 031-481-7700입니다.', []],
        ['클럽 사무실 번호는 02-476-5500이고 회비는 자동이체입니다', []],
        ['발신: 서울중앙지방법원 민사5단독 참여관실 (02-530-1100)', []],
        ['보상담당 부서가 배정되었습니다: 대물3파트 (031-8075-1200).', []],
        ['Warm transfer to assistance line +34 952 000 111 done.', []],
        // An enquiry's word is no desk's: the generated set's agents give their lines after it as PII.
        ['추가 문의는 044-5743-1100로 연락 주시면 됩니다.', ['PHONE:044-5743-1100']],
        // Someone's own line stays theirs: a possessive before the office's word, a bare 사무실, a person's direct line.
        ['You can reach me on my office number 0161 496 0822.', ['PHONE:0161 496 0822']],
        ['담당 연락처 010-2957-1100 / 사무실 070-8812-0099', ['PHONE:010-2957-1100', 'PHONE:070-8812-0099']],
        ['낮에 연락은 회사 02-2031-5566 로 주세요', ['PHONE:02-2031-5566']],
        ['Laptop LT-0442, company line 469-555-0187', ['PHONE:469-555-0187']],
        ['my desk (0113 496 0111) is free after 3', ['PHONE:0113 496 0111']],
      ],
      'PHONE',
    );
  });

  test("a letterhead's line before a desk's mailbox or a fax (en, ko)", () => {
    assertFound(
      [
        ['Tel 0141 496 2200 | recoveries@harbourmutual.co.uk', []],
        ['(414) 555-0190 · claims@lakeviewcasualty.com', []],
        ['전화 02-795-1100 | Fax 02-795-1109', []],
        // A person's own address after the number keeps the number theirs.
        ['Contact: +44 7700 900123 / jane.okafor@harbourmutual.co.uk', ['PHONE:+44 7700 900123']],
        ['담당자: 류성민 팀장 / 02-2275-4410 / sm.ryu@daon-logis.co.kr', ['PHONE:02-2275-4410']],
        // Someone named or called theirs right before it keeps it theirs, a desk's mailbox or a fax after it or not.
        ['Owner for this 8D: Hannah Kowal, cell 864-555-0119 · quality@ridgeline.com', ['PHONE:864-555-0119']],
        ['한결손해보험 대물보상2팀 | 직통 02-3788-5512 | 팩스 0505-112-5500', ['PHONE:02-3788-5512']],
      ],
      'PHONE',
    );
  });

  test("a fleet's shared or unassigned lines and a business's routed numbers (en, ko)", () => {
    assertFound(
      [
        ['| 1 | 김도윤 | 010-4418-2201 | 영업팀 |\n| 2 | 공용(전시회용) | 010-4418-2202 | 영업팀 |', ['PHONE:010-4418-2201']],
        ['msisdn,user,dept\n010-5521-3301,(공용),생산1팀\n010-5521-3302,,미배정', []],
        ['{ "msisdn": "010-7730-1105", "user": null, "dept": null }', []],
        ['센터 업무폰(010-9933-4400, 푸드뱅크 공용)으로만 연락 주세요', []],
        ['| (512) 555-0140 | Main line | Auto-attendant AA-1 |\n| (512) 555-0141 | Appointments | Ring group RG-Front |', []],
        ['Failover: divert 07 3221 5500 to the 1300 answering service', []],
        // A row or a line that names its user keeps the number theirs; an Australian mobile stays a mobile.
        ['{ "msisdn": "010-7730-1106", "user": "추경민", "dept": "영업" }', ['PHONE:010-7730-1106']],
        ['| Sofia Reyes | (512) 555-0142 | Ring group RG-Front |', ['PHONE:(512) 555-0142']],
        ['Main number 0412 555 019 for the store', ['PHONE:0412 555 019']],
      ],
      'PHONE',
    );
  });
});
