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
