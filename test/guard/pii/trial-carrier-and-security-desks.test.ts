// What the fifty-fifth to fifty-seventh rounds of hand-written texts (pharma, trials, laboratories and devices; logistics,
// shipping and aviation; security operations, fraud and workplace investigations) showed about e-mail and IP addresses:
// the boxes of a sponsor's, a lab's, a hospital's, a carrier's and a security team's desks are no one's, nor are the
// addresses of the machines an incident note or a log names (a C2, a campaign's servers, a scanner, a WAF, an instrument,
// a numbered server, a network range); a person's own address, a home's or a login's source, stays a person's.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe("trials', carriers' and security teams' desks: their mailboxes are no one's", () => {
  test("a pharmacovigilance, trial, lab or hospital desk's box, and a person's beside it (en, ko)", () => {
    assertFound(
      [
        ['From: Dr. Ana Moreau <a.moreau@lyon-onco.example>\nTo: drugsafety@quintara-pharma.example', ['EMAIL:a.moreau@lyon-onco.example']],
        ['Send the requisition to accessioning@northgate-labs.example with the kit barcode.', []],
        ['Cc: regulatory@bellmont-bio.example; medinfo.uk@bellmont-bio.example', []],
        ['Compassionate use requests: expandedaccess@tovira.example', []],
        ['To: site204.pharmacy@stclare-hospital.example; clinical.supplies@tovira.example', []],
        ['Please return the form to fieldaction@cardiomed-devices.example within 10 days.', []],
        ['Results to: genetics@lakeside-oncology.example', []],
        ['SAE 보고서는 drugsafety-kr@hanul-pharm.example 로 회신 부탁드립니다.', []],
        ['회수 관련 문의: 고객지원센터 1588-0000, recall@daon-medical.example', []],
        ['받는사람: 원무과 <records@seoul-hanbit-hosp.example>', []],
        ['수신: 한빛병원 심장클리닉 remote-cardio@hanbit-hosp.example', []],
        // A person's box at the same sponsor or hospital stays theirs, and a desk's word at a webmail is someone's own.
        ['Cc: tomas.regulatory@bellmont-bio.example', ['EMAIL:tomas.regulatory@bellmont-bio.example']],
        ['담당 CRA: jiwon.seo@hanul-pharm.example', ['EMAIL:jiwon.seo@hanul-pharm.example']],
        ['제 메일은 pharmacy@naver.com 이에요', ['EMAIL:pharmacy@naver.com']],
      ],
      'EMAIL',
    );
  });

  test("an airline's, a port's and a forwarder's desk's box (en, ko)", () => {
    assertFound(
      [
        ['To: umnr@skyhaven-air.example\nSubject: UM form – flight SH 204', []],
        ['To: special.assistance@skyhaven-air.example', []],
        ['Crew control 24h: +44 121 555 0148, crewcontrol@skyhaven-air.example', []],
        ['Queries: loadcontrol@northcargo.example · +352 4000 1000 (24h)', []],
        ['To: Cargo Sales AMS <cargo.ams@northcargo.example>', []],
        ['Lost property: t3.lostfound@groundhandling.example', []],
        ['To: agency.incheon@portline-service.example', []],
        ['생필품 영수증은 lostbag@hanbit-air.example 로 보내주세요.', []],
        ['To: 부산 대리점 ops <agency.busan@hanbit-ship.example>', []],
        // A crew member's and a passenger's own boxes stay theirs; a joined first name is no desk's words.
        ['FO personal contact: umair.khan@northcargo.example', ['EMAIL:umair.khan@northcargo.example']],
        ['Cc: umair@northcargo.example', ['EMAIL:umair@northcargo.example']],
        ['승객 연락처: minji.cargo@hanbit-air.example', ['EMAIL:minji.cargo@hanbit-air.example']],
      ],
      'EMAIL',
    );
  });

  test("a security, ethics or HR team's box (en, ko)", () => {
    assertFound(
      [
        ['Forward the email as an attachment to phishing@harlow-group.example.', []],
        ['To: employee.relations@harlow-foods.example\nSubject: Formal grievance', []],
        ['To: incident-bridge@harlow-mutual.example', []],
        ['To: Corporate Security <corpsec@harlow-semi.example>', []],
        ['Questions to awareness@harlow-group.example or ext. 5050.', []],
        ['추가 자료는 핫라인 메일 ethics@daon-ind.example 로 보내주세요.', []],
        ['접수: 인사팀 고충처리 담당 (grievance@daon-commerce.example, 02-000-0000)', []],
        ['회수 완료 보고는 iam@daon-elec.example 로 회신 바랍니다.', []],
        // The reporter's and the suspect's own addresses stay theirs.
        ['From: Keisha Robinson <keisha.robinson@harlow-foods.example>', ['EMAIL:keisha.robinson@harlow-foods.example']],
        ['제보자 메일: autumn.chae@daon-ad.example', ['EMAIL:autumn.chae@daon-ad.example']],
      ],
      'EMAIL',
    );
  });
});

describe("machines' addresses in incident notes and logs: no one's; a person's login and home stay theirs", () => {
  test("a C2, an exfiltration's target, a campaign's servers and hosting, a scanner, an IdP, a resolved name (en, ko)", () => {
    assertFound(
      [
        ['09:19  C2 beacon to 198.18.77.22:443 (blocked by proxy)', []],
        ['Outbound 2.3 GB to 100.71.9.14:443 (hosting provider)', []],
        ['Outbound connection to 100.71.9.15:443 (known Cobalt Strike C2)', []],
        ['The messages were sent from servers at 100.72.8.1 and 100.72.8.2.', []],
        ['Hosting: 100.73.1.10, 100.73.1.11 (AS64500)', []],
        ['Our API endpoints resolve to 100.74.2.9 and 100.74.2.10.', []],
        ['"idp": "https://login.harlow.example (IdP 100.75.3.7)"', []],
        ['공격자 C2: 100.76.4.18, 100.76.4.19 (방화벽 차단 완료)', []],
        ['■ 발신 서버 IP: 100.77.5.205, 100.77.5.206', []],
        ['외부 스캐너 100.78.6.236 → VPN 게이트웨이 vpn-gw-01 (100.78.6.10) 브루트포스', []],
        // A login's source, a customer's or an employee's home connection stays theirs.
        ['01:31 로그인 from 121.134.88.205 (서울, KT 가정용)', ['IP_ADDRESS:121.134.88.205']],
        ['Online banking sessions: 24 from 73.97.181.44 (Comcast, home)', ['IP_ADDRESS:73.97.181.44']],
        ['user=ralmansoori src=82.132.219.44 device=FC-LT-1183 result=success', ['IP_ADDRESS:82.132.219.44']],
      ],
      'IP_ADDRESS',
    );
  });

  test('a network range by its network address, and a repeat of a machine named once (en, ko)', () => {
    assertFound(
      [
        ['firewall block on 45.95.147.0/24', []],
        ['mostly our own VPN egress 52.174.0.0/16; tuning ticket SOC-T-288', []],
        ['EDR host=fin-app-07 (10.31.8.27) rundll32\nFW    10.31.8.27 → 100.79.1.17:443 아웃바운드 차단 (C2 의심)', []],
        // A VPN log's gateway column holds the firm's gateways; its source column, the users' connections.
        [
          'user       | src_ip          | gw            | duration\nj.moreau   | 86.142.77.19    | 100.82.0.21   | 02:41\n제이슨.박  | 121.134.7.20    | 100.82.0.22   | 00:37',
          ['IP_ADDRESS:86.142.77.19', 'IP_ADDRESS:121.134.7.20'],
        ],
        ['time,user,src_ip,dst_ip\n01:14,jhkwak,118.235.14.96,10.30.2.15', ['IP_ADDRESS:118.235.14.96']],
        // A customer's small static block, written by one of its addresses, stays theirs.
        ['Customer IP block: 211.52.180.96/29 (usable .97–.102)', ['IP_ADDRESS:211.52.180.96']],
      ],
      'IP_ADDRESS',
    );
  });

  test("a numbered server, an instrument, a lab's system, a WAF, a gateway, a service's log bracket (en, ko)", () => {
    assertFound(
      [
        ['| V-01 | web-prd-01 (100.80.1.24) | Apache path traversal |', []],
        ['피해 시스템: 배송조회 웹서버 track-web-01 (공인 IP 100.81.0.145)', []],
        ['ASTM link Analyzer-02 (10.42.8.31:5001) -> LIS (10.42.1.10) connection reset', []],
        ['01:12 EDR alert on FS-PRD-07 (10.40.12.17): rclone.exe launched', []],
        ['Remote diagnostics re-enabled: gateway 10.40.12.17 (hospital VLAN 40)', []],
        ['서버: app-02 10.20.4.12 / WAF 172.16.0.5', []],
        ['2024-08-02 03:14:07 ERROR [wms-batch-02 10.20.4.17] WaveRelease failed', []],
        ['"gwIp": "10.40.2.17"', []],
        ['remip=118.235.14.96 action=download dst=10.30.2.15', ['IP_ADDRESS:118.235.14.96']],
        // A person's laptop by its asset tag, and an office PC's address, stay theirs.
        ['laptop LT-0442 (10.14.22.187) keeps dropping off Wi-Fi', ['IP_ADDRESS:10.14.22.187']],
        ['사용자 PC IP 172.16.40.58, MAC B4-2E-99-0C-5D-13', ['IP_ADDRESS:172.16.40.58']],
      ],
      'IP_ADDRESS',
    );
  });
});
