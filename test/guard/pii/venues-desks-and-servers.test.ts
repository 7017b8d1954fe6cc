// What the sixty-first to sixty-third rounds of hand-written texts (games and trust & safety; construction, heavy industry
// and defence; weddings, funerals, care homes, vets and events) showed about an organisation's own contact details: a
// platform's trust & safety, payouts and developer mailboxes, a builder's tender and visitor desks, a venue's, a care
// home's and a shelter's lines and mailboxes, a team's or an office's line in a sentence, and a game's match servers and
// internal hosts. A person's own mobile, mailbox or home machine beside them stays theirs.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe("venues, desks and servers: an organisation's own contact details", () => {
  test("a platform's, a builder's and a venue's desk mailboxes are no one's; a person's beside them is (en, ko)", () => {
    assertFound(
      [
        ['To: lawenforcement@orbitchat.example\nSubject: Preservation request', []],
        ['From: Orbitchat LERT <lert@orbitchat.example>', []],
        ['Payout questions: creator-payments@tubely.example', []],
        ['From: Orbitchat Developer Trust <devtrust@orbitchat.example>', []],
        ['To: developer-support@ticketsy.example', []],
        ['LE requests go to le-emergency@castly.example with the case number.', []],
        ['To: moderators@talkhub.example', []],
        ['Send your bid to bids@hanseo-ec.example by Friday.', []],
        ['To: visitor.security@skyframe-aero.example', []],
        ['To: trade.compliance@skyframe-aero.example', []],
        ['Sent from records@willowbrook-memorial.example', []],
        ['adoption fee by e-transfer to adopt@kindpaws-rescue.example', []],
        ['Events office: 01632 960 118 · weddings@oakbarn-venue.example', []],
        ['문의 메일 wedding@haneul-hall.example 로 보내주세요', []],
        ['받는사람: fanclub@bluewave-ent.example', []],
        ['To: registration@neuroconf2026.example', []],
        ['From: Site Engineering, Hanbit Construction <site-eng@hanbit-const.example>', []],
        // A person's own mailbox beside the desk's, at the company or at a webmail, stays theirs.
        [
          'From: Mina Park <mina.park@skyframe-aero.example>\nTo: visitor.security@skyframe-aero.example',
          ['EMAIL:mina.park@skyframe-aero.example'],
        ],
        ['Road Safety Division, Tunnel Maintenance Team, 055-211-9940 / tunnels@province.example', []],
        ['To: adopt@gmail.com', ['EMAIL:adopt@gmail.com']],
        ['Dana Whitlock, Finance Team, 020 7946 0011 / dwhitlock@harbor.example', ['EMAIL:dwhitlock@harbor.example']],
        // A receivables or an after-sales desk's initials alone are its box; beside a name they are the person's.
        ["Your finance team's address is ar@petcargo.example, right?", []],
        ['Invoices to our accounting ar.jiwon@dwprecision.example', ['EMAIL:ar.jiwon@dwprecision.example']],
        ['연락처: jiwoo.recovery@tutanota.com', ['EMAIL:jiwoo.recovery@tutanota.com']],
        ['From: Grace Holt <gholt@oakbarn-venue.example>', ['EMAIL:gholt@oakbarn-venue.example']],
      ],
      'EMAIL',
    );
  });

  test("a venue's, a clinic's, a team's and an office's line in a sentence or a footer; a person's own stays (en)", () => {
    assertFound(
      [
        ['If Milo vomits again, call us 24/7 at (503) 555-0147.', []],
        ['Judging starts at 11:00. Questions on the day: (616) 555-0190.', []],
        ['Questions? Call 0117 496 0422 or reply to this text.', []],
        ['• Ops hotline on matchdays: +61 3 9000 4711.', []],
        ['Legal ops line for police: 0113 496 0533', []],
        ['Closing the ticket. Desk line 02-2090-5512 if it happens again.', []],
        ['Please call our contract team at 02-538-9912.', []],
        ['Their probate team is on 0161 496 0733.', []],
        ['Our finance office is on +46 8 120 477 00 if you want to confirm.', []],
        ['Office # for the agency is 203-555-0162, for sick calls.', []],
        ['Book online at paws-vet.example/book or call 512-555-0136.', []],
        ['Seongwon Construction A/S line 02-2088-9911, received Mon 19:42', []],
        ['Safety Manager   Tel (site office) 051-972-8810', []],
        ['tel. 051-400-9920 (procurement main line)', []],
        ['Physician: Dr. Maya Ortiz, Lakeview Family Medicine, (614) 555-0183', []],
        ['Pastor Samuel\nNew Hope Baptist Church · 713-555-0129', []],
        // A person's own line, in the same sentences, stays theirs.
        ['If you need me, my office is on 0161 496 0788.', ['PHONE:0161 496 0788']],
        ['Call her mobile at (503) 555-0148 after six.', ['PHONE:(503) 555-0148']],
        ['Questions? Ask Dana, cell 07700 900 461.', ['PHONE:07700 900 461']],
        ['Park Soo-ah, Finance Team, +82-2-6950-1187 (direct)', ['PHONE:+82-2-6950-1187']],
        ['Thanks Derek. Direct line for you: 0161 496 0791', ['PHONE:0161 496 0791']],
        ['Next of kin: Maya Ortiz, (614) 555-0184', ['PHONE:(614) 555-0184']],
        // A signature's dotted date after the signer's name is no phone; a number there is.
        ['Signed: P. M. Gruber, Wien, 03.07.2025', []],
        ['Emergency contact: father, R. Raghunathan - 94431 60287', ['PHONE:94431 60287']],
      ],
      'PHONE',
    );
  });

  test("a care home's, a wedding hall's and a funeral hall's line by its Korean label; a person's mobile stays (ko)", () => {
    assertFound(
      [
        ['상담 예약 02-575-3311 / 서울 서초구', []],
        ['※ 본인부담금 월 약 68만원. 입소 상담 033-262-1190', []],
        ['※ 면회: 평일 14~17시 / 사전예약 031-8041-7720', []],
        ['가족 면회 시간 연장 (10:00~19:00), 사전 예약 031-765-4410', []],
        ['장례식장 전화: 031-787-6620\n입관: 11월 4일(월) 오후 2시', []],
        ['푸른숲요양원 간호실 031-765-9981', []],
        ['6. 문의: 구매팀 입찰담당 063-730-4410 / FAX 063-730-4419', []],
        ['세부 해석은 계약담당 부서(031-888-7710)로 확인 부탁드립니다.', []],
        ['가족관계등록팀 main number is 02-2148-7790', []],
        // A mobile is a person's own, whatever label stands before it.
        ['입소 상담 010-4821-7730 (담당 사회복지사)', ['PHONE:010-4821-7730']],
        ['사전예약은 제 번호 010-3391-2278 로 주세요', ['PHONE:010-3391-2278']],
      ],
      'PHONE',
    );
  });

  test("a game's match servers and an internal host are no one's address; a player's own is (en, ko)", () => {
    assertFound(
      [
        ['• Match servers: Sydney 203.0.113.77, Tokyo 198.51.100.42 — lobby password in Discord', []],
        ['[chat/global] srv=eu-west-3 (10.42.9.14) player=NightOwl ip=84.203.61.9', ['IP_ADDRESS:84.203.61.9']],
        ['cut the pool on auth-db-eu-02 (10.20.6.12) from 400 to 40. Replica 10.20.6.13 took over.', []],
        ['Systems: event API host 10.40.7.15 · scan log batch SCN-0622', []],
        ['[PLC] ip=192.168.20.21 model=S7-1500 fw=v2.9.4', []],
        ['WARN badge printer BP-03 offline (192.168.20.42)', []],
        ['# 10.20.9.11 = 사내 GM 툴 서버(제외)', []],
        ['Our server egress IP is 52.79.44.30 if you need to whitelist it.', []],
        ['The scam page is hosted on 45.95.17.12, already reported.', []],
        // A person's own address stays theirs, whatever machine word stands elsewhere on the line.
        ['my home IP is 10.24.8.117 and the printer is offline', ['IP_ADDRESS:10.24.8.117']],
        ['Raj: 10.24.9.118 (staging-api-02), from outside 52.79.214.9', ['IP_ADDRESS:10.24.9.118', 'IP_ADDRESS:52.79.214.9']],
        ['로그인 IP 211.36.142.118 (본인 노트북)', ['IP_ADDRESS:211.36.142.118']],
      ],
      'IP_ADDRESS',
    );
  });
});
