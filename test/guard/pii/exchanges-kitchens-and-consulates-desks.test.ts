// What the fifty-eighth to sixtieth rounds of hand-written texts (crypto, fintech and brokerage; food, farms and delivery;
// migrants, NGOs and embassies) showed about e-mail and IP addresses: an exchange's, a kitchen's, a school's, a farm's, a
// consulate's and a charity's desk mailboxes, a shop's box at a webmail under the shop's name, and a service's own
// machines (an upstream, a firm's egress list, a web address's host, a log's server, a machine's pair in a bracket), which
// are no one's; and the people's own mailboxes and logins' addresses beside them, which stay found.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe("exchanges', kitchens' and consulates' desks: role mailboxes", () => {
  test("an exchange's, a payment firm's and a broker's desks in headers and footers (en, ko)", () => {
    assertFound(
      [
        [
          'From: Tomasz Wilk <t.wilk@ledgerhaus.pl>\nTo: travelrule@norvex-exchange.com\nSubject: Originator data for WD-5512',
          ['EMAIL:t.wilk@ledgerhaus.pl'],
        ],
        ['Questions: kyb@orbit-pay.io or shareholder.services@registrar-one.co.uk', []],
        ['작성: 인프라팀 (infra@daon-exchange.kr) / 검토: sre@daon-exchange.kr', []],
        ['문의: growth@bitmaru.kr\n참고: merchant-review@paygo.co.kr', []],
        ['코인마루 고객확인팀 | kyc@coinmaru.kr | 1670-0000', []],
        ['문의: 1833-0000 / wealthy@robowise.kr', []],
        ['Contact: 1588-0000 (24h) | fintrust@kbpay.example', []],
        // After a person's mobile, or with a person's shape, a box stays a person's.
        ['문의: 010-2233-4455 / wealthy@robowise.kr', ['EMAIL:wealthy@robowise.kr']],
        ['문의: 1833-0000 / seoyeon.han@robowise.kr', ['EMAIL:seoyeon.han@robowise.kr']],
        // A person's own box beside the desk's stays found, as does a person's name joined to a desk's word.
        ['From: 문지호 <jiho.moon@bitmaru.kr>\nTo: kyc@coinmaru.kr', ['EMAIL:jiho.moon@bitmaru.kr']],
        ['Reply to kyc.park@coinmaru.kr', ['EMAIL:kyc.park@coinmaru.kr']],
      ],
      'EMAIL',
    );
  });

  test("a kitchen's, a school's, a farm's and a food office's desks, and a shop's box under its name (en, ko, de)", () => {
    assertFound(
      [
        [
          'From: Dana Whitlock <dana.whitlock77@gmail.com>\nTo: kitchen@oakridge-primary.org\nCc: nurse@oakridge-primary.org',
          ['EMAIL:dana.whitlock77@gmail.com'],
        ],
        ['Please return the form to catering@bluefern.com or reserve@hanok-table.kr.', []],
        ['Environmental Health (503) 555-0100 | foodsafety@multnomah.gov', []],
        ['To: mitglieder@solawi-lindenhof.de\nCc: farm@willowbrookcsa.org', []],
        ['받는사람: 로컬푸드 직매장 <localfood@gochang-nh.or.kr>', []],
        ['To: 고객상담 <voc@sunmifood.co.kr>', []],
        ['To: 가락시장 14번 대성수산 <ds14fish@naver.com>', []],
        ['급여 명세서는 staff@bada-sushi.kr 에서 나가요 (매장 전화 064-700-0000)', []],
        ['문의 sunflower.jeju@gmail.com (매장 공용)', []],
        // A person's box at a webmail stays found, under a person's name or with a person's shape.
        ['To: 이수빈 <subin.lee@naver.com>', ['EMAIL:subin.lee@naver.com']],
        ['To: 대성수산 <daesung.kim@naver.com>', ['EMAIL:daesung.kim@naver.com']],
        ['my email is minji.oh@gmail.com (개인 메일)', ['EMAIL:minji.oh@gmail.com']],
      ],
      'EMAIL',
    );
  });

  test("a consulate's, an embassy's, an NGO's and a university's desks (en, ko)", () => {
    assertFound(
      [
        ['To: consular.busan@philembassy.kr\nFrom: Consular Section <consular.busan@philembassy.kr>', []],
        ['Enquiries: eps.jakarta@kvac.id, lanhsu.busan@mofa.gov.vn or BusanACS@state.gov', []],
        ['To: 주시드니 총영사관 민원실 <sydney-consul@mofa.go.kr>\nCc: consular_sydney@mofa.go.kr', []],
        ['To: Protection Unit <korse2@unhcr-partner.org>', []],
        ['Book at legalclinic@migrantaid.org; receipts from receipts@migrantaid.org; volunteers: volunteer@migrantaid.org', []],
        ['받는사람: 부산대 국제교류처 <gradadmit@pnu-intl.ac.kr>', []],
        ['reply to spenden@bruecke-ev.de or refugeecommittee@stmarys.ca', []],
        // An applicant's own box stays found beside the consulate's.
        ['From: Ana Reyes <ana.reyes1990@yahoo.com>\nTo: consular.busan@philembassy.kr', ['EMAIL:ana.reyes1990@yahoo.com']],
        ['To: JohnDOE@example.com', ['EMAIL:JohnDOE@example.com']],
      ],
      'EMAIL',
    );
  });
});

describe("exchanges', platforms' and charities' own machines: server addresses", () => {
  test("an upstream, a firm's egress list, a web address's host and its bracket (en)", () => {
    assertFound(
      [
        ['req=wl_71 push via apns (upstream 17.188.143.20) status=200', []],
        ['[gw-2] forwarded for client_id=shop-99 (upstream 10.30.8.4)', []],
        ['API clients: please add our new egress addresses to your allow-list before 03/01 — 43.200.18.7, 43.201.9.22.', []],
        ['retry POST https://10.30.5.9:8443/v2/payouts status=503', []],
        ['<- https://api.walletly.example/hooks/in (3.35.120.41) 200 in 31ms', []],
        // A customer's or a user's address stays found.
        ['login from 121.160.33.18 (customer confirmed: not her)', ['IP_ADDRESS:121.160.33.18']],
        ['client_ip=58.120.77.201 status=200', ['IP_ADDRESS:58.120.77.201']],
        ['my home IP is 175.208.14.99, please add it to your allow-list', ['IP_ADDRESS:175.208.14.99']],
      ],
      'IP_ADDRESS',
    );
  });

  test("a machine's pair in a bracket, a database's replica, a scheduler, a log's server (en, ko)", () => {
    assertFound(
      [
        ['- api.coinmaru.kr (10.30.6.11 / 10.30.6.12) 배포 완료', []],
        ['09:14  validator pool sol-val-b (10.50.3.1, 10.50.3.2) lagging', []],
        ['원인: 결제 게이트웨이(pay-gw-02, 10.40.9.8) 커넥션 풀 고갈', []],
        ['재시도 (pg.tosspay.example.kr / 10.20.9.17)', []],
        ['- DB replica 10.20.6.31 lag 9 min.\n- 3 failed logins from the scheduler on 10.20.6.40', []],
        ['첨부: 접속 로그 (서버 10.20.8.5 추출)', []],
        ['간사: 서버 주소는 그대로 10.0.5.21 이죠?', []],
        // A person's pair of addresses in a bracket, and a person's own machine at home, stay found.
        ['고객 접속 IP (121.134.20.7, 211.36.8.19)', ['IP_ADDRESS:121.134.20.7', 'IP_ADDRESS:211.36.8.19']],
        ['집 IP 192.168.0.24 로 접속했어요', ['IP_ADDRESS:192.168.0.24']],
      ],
      'IP_ADDRESS',
    );
  });
});
