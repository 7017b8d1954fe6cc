// What the fifty-first round of hand-written texts (energy, utilities and field work) showed about names: a staff member
// before the energy firm in brackets, a neighbour before the house, the customer a job list's timed row opens with, the
// first of a crew's list, a person confirming themself, a utility's log of calls taken and its meter readers, a direct
// debit's holder and a household's head as columns, an elder named before 할머니; and energy firms, mailboxes of trades,
// letters to the occupier, pets, a caller's one-word choice, control rooms and address fields that read as names.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe('outages, job sheets and field crews: people a utility’s texts name', () => {
  test('a staff member before the energy firm in brackets, a neighbour before the house (en, ko)', () => {
    assertFound(
      [
        [
          'Brightwater Hydro — live chat\nMorgan (Brightwater Hydro): Hi, how can I help today?\nvisitor: moving in next week\nMorgan (Brightwater Hydro): Great, what is the new address?',
          ['PERSON:Morgan', 'PERSON:Morgan'],
        ],
        [
          '[Ashdown Rd residents]\nBev (no.14): lights out on our side too\nRaj (no.3): same here, fridge is off\nBev (no.14): the van is at the corner now',
          ['PERSON:Bev', 'PERSON:Raj', 'PERSON:Bev'],
        ],
        ['[정전 알림방]\n[김도윤] 방금 전기 나갔어요\n[관제] 복구반 출동했습니다\n[관제] 22시 복구 예정입니다', ['PERSON:김도윤']],
        // A firm that speaks for itself, or a desk of it in brackets, names no one.
        [
          'From: 40021 (Harbourline Power)\nHarbourline Power: A fault is affecting your area.\nMe: STATUS\nHarbourline Power: Power has been restored.',
          [],
        ],
        [
          'Billing (Harbourline Power): Your bill is ready to view.\nvisitor: thanks\nBilling (Harbourline Power): Anything else today?',
          [],
        ],
      ],
      'PERSON',
    );
  });

  test('the customer a job list’s timed row opens with, the first of a crew’s list (en, ko)', () => {
    assertFound(
      [
        ['2) 11:30 Tomasz Wrona, 8 Larch Close, Crewe CW2 6QT – smart meter swap. mob 07700 900 418', ['PERSON:Tomasz Wrona']],
        ['Crew: Darby Lisle, Priya Mensah, Owen Tate', ['PERSON:Darby Lisle', 'PERSON:Priya Mensah', 'PERSON:Owen Tate']],
        ['투입 인원: 남궁찬, 여민호, 서지훈', ['PERSON:남궁찬', 'PERSON:여민호', 'PERSON:서지훈']],
        // A visit's kind, a meeting, a route or a venue in the same layout names no one.
        ['3) 14:00 Site Survey, 12 Mill Lane, Crewe CW1 2AB', []],
        ['1) 09:00 Team Briefing, Room 4', []],
        ['Route: Devon Coast, Mary Jones', ['PERSON:Mary Jones']],
      ],
      'PERSON',
    );
  });

  test('a person confirming themself, a middle name that is a month, a direct debit’s holder and a household’s head (en, ko)', () => {
    assertFound(
      [
        [
          "Support (Lena): Is the account still under r.okafor@example.com?\nuser: yes that's me, Remi Okafor",
          ['PERSON:Lena', 'PERSON:Remi Okafor'],
        ],
        ['Full name: Tomasz Jan Zielinski\nDate of birth: 1984-07-02', ['PERSON:Tomasz Jan Zielinski']],
        [
          'acct_no,cust_name,birth,bank,bank_acct,autopay_holder\nCA-5501,남보람,1986-02-11,우리,1002-000-111222,여성원',
          ['PERSON:남보람', 'PERSON:여성원'],
        ],
        ['| 호수 | 세대주 | 결과 |\n|---|---|---|\n| 201 | 남병철 | 적합 |\n| 202 | 공실 | |', ['PERSON:남병철']],
        ['landlord 는 2층 사시는 김순자 할머니에요', ['PERSON:김순자']],
        // A firm or a weekday after the same words, a month before a number, a word and its particle before 할머니: no one.
        ["that's me, Acme Stores", []],
        ['Paid: Jan 2025', []],
        ['금요일 하원은 할머니가 오세요', []],
      ],
      'PERSON',
    );
  });

  test('a utility’s log of calls taken, its meter readers and bill servers (ko)', () => {
    assertFound(
      [
        [
          '21:10 | 수신 남도윤 | 신고자 여민경 — 정전\n21:14 | 수신 남도윤 | 신고자 이름 말 안함',
          ['PERSON:남도윤', 'PERSON:여민경', 'PERSON:남도윤'],
        ],
        ['고객 요청 사항\n- 검침원 방문 요청 → 검침원 여수민 배정 (3/2 오전)', ['PERSON:여수민']],
        ['고객 안내 완료\n출동자: 협력 송달원 진하람', ['PERSON:진하람']],
        // A record's title after the same duty's word names no one.
        ['단전 현장 출동 기록서\n작업지시: DC-0001', []],
      ],
      'PERSON',
    );
  });

  test('energy firms, trades’ mailboxes, the occupier, pets, a caller’s choice, control rooms and address fields (en, ko)', () => {
    assertFound(
      [
        ['From: Depot Stores <stores@gridmeter.example>\n\nPallet arriving Tuesday.', []],
        ['To: Climate Grants <grants@council.example>\nSubject: application', []],
        ['Reply from Lakeland Power Customer Care (ref 2231)', []],
        ['Dear Occupier,\n\nWe need access to your meter.', []],
        ['Dear Resident,\n\nWe are replacing the gas main.', []],
        ['Heads up, they have a dog called Bruno, keep the gate shut', []],
        ['AGENT: Are you starting, stopping or moving service?\nCALLER: Moving. I bought a flat.', []],
        ['■ 신규 주소\n 도로명: 대학로 18\n 상세: 2층 203호', []],
        ['받는사람: 햇살에너지협동조합 사무국 <office@coop.example>\n문의는 사무국 02-000-0000', []],
        ['To: 한전 성북지사 <desk@utility.example>\n- 한전 고객번호: 0000-0000-00', []],
      ],
      'PERSON',
    );
  });
});
