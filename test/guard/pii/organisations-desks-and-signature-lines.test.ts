// What the fifty-fifth to fifty-seventh rounds of hand-written texts (pharma, trials and laboratories; logistics, shipping and
// aviation; security operations and fraud) showed about phones: an organisation's own desks and lines read as people's.
// A study's, a terminal's or a crew control's line, a lab's or a support room's (연구실, 지원실, 운영실), a department's
// line under a signature, a Korean free line (080), a signature's cells that name a firm by its trade, a number glossed as
// an office's, a role mailbox before a line, a desk's mailbox after its label, a booking system's agency element, and a
// country code written apart from its number; while a person's own mobile, direct line, cell or home line stays theirs.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe("organisations' desks and signature lines are no person's phone", () => {
  test("a study's, a terminal's, a crew's or a site's named line or desk (en)", () => {
    assertFound(
      [
        ['If anything feels wrong, ring the 24h study line 0113 204 8876 and ask for the trial nurse.', []],
        ['Volunteer intake · Recruitment line 415-555-0146', []],
        ['The rostering hotline is still +41 44 218 3300 if I am off shift.', []],
        ['Crew control 24h: 0121 496 0730, crewcontrol@example-air.co.uk', []],
        ['Site security line: 01604 496 120', []],
        ['For questions the study desk is on +49 30 901 8820.', []],
        ['Reply C to confirm or call the site on 0117 496 0277.', []],
        ['Crew scheduling: +1 907 555 0143 · crewsched@example-cargo.com', []],
        // A person's own line keeps its words theirs.
        ['If the rota changes, my mobile is 07700 900 461.', ['PHONE:07700 900 461']],
        ['Call me direct on 0113 496 0581.', ['PHONE:0113 496 0581']],
      ],
      'PHONE',
    );
  });

  test("a lab's, a support room's, a department's or a duty line's number in Korean; a free line (080)", () => {
    assertFound(
      [
        ['궁금하신 건 연구실 053-940-2271로 평일 9~5시에 전화 주세요.', []],
        ['당일 연락은 지원실 031-780-5512으로 드리겠습니다.', []],
        ['교대 문의는 운영실 02-2660-7781', []],
        ['이상 검체는 따로 보관해 주세요.\n\n남궁석 드림\n병리과 064-750-1188', []],
        ['공급업체: ㈜한결메디칼 (영업부 031-8017-4410)', []],
        ['응급 시: 24시간 당직 번호 02-440-1130 (임상시험 참여 중이라고 말씀해 주세요)', []],
        ['추가 문의는 080-551-2200(수신자부담)으로 주시면 됩니다.', []],
        ['버스 대절: 650,000원 (한마음관광 031-774-8870)', []],
        // A mobile after a department's word is still someone's; a person's home line too.
        ['영업부 010-4417-8823 (김도윤 과장)', ['PHONE:010-4417-8823']],
        ['보호자 연락처 031-872-5519(자택)', ['PHONE:031-872-5519']],
      ],
      'PHONE',
    );
  });

  test("a signature's cells that name the firm by its trade, and a number glossed as an office's (en, ko)", () => {
    assertFound(
      [
        ['Best regards,\nHana Seo | Medical Affairs | Brightwell Pharma Korea | 02-6007-4410', []],
        ['Jonas\nNordkap Freight AB | Customer Integrations | +46 31 705 8810', []],
        ['연하람 / Crew Manager / 동진해운 +82 51 463 7720', []],
        ['Dr Lena Fischer, Surgical Oncology\nPhone 512-555-0187 (office) · Results to: results@example.org', []],
        ['10:05 | 정소라 | 한결푸드 품질팀 | 02-6740-8812 (회사) | V-033', []],
        // The signer's own mobile in the same cells stays theirs.
        ['Jonas\nNordkap Freight AB | Jonas Berg | +46 70 412 3388', ['PHONE:+46 70 412 3388']],
        ['Hana Seo | Brightwell Pharma Korea | M 010-4417-2290', ['PHONE:010-4417-2290']],
        ['최민재, 02-3471-5530 (home)', ['PHONE:02-3471-5530']],
      ],
      'PHONE',
    );
  });

  test('a role mailbox before the line, a country code written apart, an office after a separator (en)', () => {
    assertFound(
      [
        ['Container release goes to Harbor Drayage, dispatch@example-drayage.com, 206-555-0199.', []],
        ['DPO contact: dpo@example-lettings.co.uk, 01743 496 410', []],
        ['Via Tortona 25, 20144 Milano · Tel. +39 02 8904 5510', []],
        ['Customs Broker: Jessica Alvarez · office (213) 555-0162', []],
        // Their own numbers listed together stay theirs, office line included.
        ['Tanya Ellsworth (office mgr), office 614-555-0119, cell (614) 555-0148', ['PHONE:614-555-0119', 'PHONE:(614) 555-0148']],
        ['My own number for questions: +1 201-555-0117 (US Eastern time)', ['PHONE:+1 201-555-0117']],
      ],
      'PHONE',
    );
  });

  test("a desk's mailbox after its label, a department or a station, a booking system's agency, a law firm's cells (en, ko)", () => {
    assertFound(
      [
        ['Queries: dnd.hcm@example-shipping.com · +84 28 3821 5530', []],
        ['prior employer Ozark Haulage (safety dept. 417-555-0133) — received 04/11', []],
        ["I've given the police the station number (503-555-0164) as the contact.", []],
        ['Please book a slot — book via the link or call 0118 496 0725.', []],
        ['Bring photo ID and the item number. Office hours 8–16, phone 604-555-0126.', []],
        ['  6 AP SEL 02-3149-8800 - HANUL TRAVEL - A\n  7 APM 010-4417-2290/P1', ['PHONE:010-4417-2290']],
        ['이가람 | Paralegal, 한솔 법률사무소 | 02-2088-7710', []],
        // A person's cell after the unit's main line, and a manager's own mobile before a desk's hours, stay theirs.
        ['Financial Crimes Unit, main line 480-555-0173 | cell 480-555-0148', ['PHONE:480-555-0148']],
        ['Emergency contact: Capt. Omar Nair, Operations Manager, +971 50 612 4471 (24h)', ['PHONE:+971 50 612 4471']],
      ],
      'PHONE',
    );
  });
});
