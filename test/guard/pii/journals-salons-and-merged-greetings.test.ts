// What the sixty-fourth to sixty-sixth rounds of hand-written texts (public services; recruitment and HR; hotels, travel and
// beauty) showed about names in Latin letters: a claimant's journal's staff in a turn's brackets or after an entry's time,
// an office's Korean surname in brackets, a messenger heading's two sides, a merged letter's greeting in capitals, a salon's
// or a gym's staff called by post and given name, a name called after an interjection, a possessive before a Korean paper,
// and a passport-order name in capitals after a Korean label; with the desks, branches and posts that read as names.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe('journals, salons and merged greetings: names in Latin letters', () => {
  test("a journal's staff in a turn's brackets or on an entry's heading, an office's Korean surname (en, ko)", () => {
    assertFound(
      [
        [
          '03 Mar 09:10 — Priya Shah: my hours changed\n03 Mar 10:02 — Work coach (Tobenna): Thanks Priya, noted.\n03 Mar 10:40 — Priya Shah: ok\n03 Mar 11:15 — Work coach (Tobenna): Updated.',
          ['PERSON:Priya Shah', 'PERSON:Tobenna', 'PERSON:Priya', 'PERSON:Priya Shah', 'PERSON:Tobenna'],
        ],
        ['4 Sep 2024 13:20 — Ngozi (Work Coach)\nYour claim is updated.', ['PERSON:Ngozi']],
        ['4 Sep 2024 15:05 — Ruairi (Case Manager)\nHousing costs updated.', ['PERSON:Ruairi']],
        [
          'Office (Park): welcome aboard, send me your bank details\nLuca Romano: ok thanks\nOffice (Park): got it, thanks!',
          ['PERSON:Park', 'PERSON:Luca Romano', 'PERSON:Park'],
        ],
        ['[카톡] 사무실 안내\n상담 (Jung): 서류 보내주세요\n고객: 네\n상담 (Jung): 감사합니다', ['PERSON:Jung', 'PERSON:Jung']],
        // An office's branch or a journal's team in brackets names no one.
        ['Office (Leeds): parcel is ready\nCustomer: ok\nOffice (Leeds): see you', []],
        ['4 Sep 2024 13:20 — Payments (Service Centre)\nYour payment is on its way.', []],
        ['4 Sep 2024 13:20 — Universal Credit (Work Coach)\nUpdated.', []],
      ],
      'PERSON',
    );
  });

  test("a messenger heading's two sides, and a family's words in it (en)", () => {
    assertFound(
      [
        ['WhatsApp — Saoirse & Magda\nMagda: did you get the letter?', ['PERSON:Saoirse', 'PERSON:Magda', 'PERSON:Magda']],
        ['[iMessage — Tomas & Ingrid]\nIngrid: rent is due', ['PERSON:Tomas', 'PERSON:Ingrid', 'PERSON:Ingrid']],
        ['WhatsApp — Mum & Dad\nMum: dinner at 7', []],
        ['WhatsApp — Support & Billing\nSupport: ticket opened', []],
      ],
      'PERSON',
    );
  });

  test("a merged letter's greeting to a name in capitals (en, ko)", () => {
    assertFound(
      [
        ['Dear SUN HEE BAE,\nThis confirms your appointment on Friday.', ['PERSON:SUN HEE BAE']],
        ['Hello MARTA NOWAK,\n\nYour visit is booked.', ['PERSON:MARTA NOWAK']],
        ['안녕하세요.\nDear JI HO CHOI,\n예약이 확정되었습니다.', ['PERSON:JI HO CHOI']],
        ['Dear VALUED CUSTOMER,\nThis confirms your appointment on Friday.', []],
        ['Hello HR TEAM,\nPlease find the report attached.', []],
      ],
      'PERSON',
    );
  });

  test("a salon's, a gym's or a desk's staff called by post and given name (en, ko)", () => {
    assertFound(
      [
        ['Hi! Designer Yuri has 11:00 free on Sunday.', ['PERSON:Yuri']],
        ['Your PT stays with coach Seo until March.', ['PERSON:Seo']],
        ['Our staff Hyun-woo will wrap it today.', ['PERSON:Hyun-woo']],
        ['Hello, this is Coordinator Dasom. Your check-up is confirmed.', ['PERSON:Dasom']],
        ['네, 내일은 Designer Yuri 가 11시 가능해요.', ['PERSON:Yuri']],
        // A post's own name, a firm and a title of two words name no one.
        ['Role: Staff Nurse, Band 5', []],
        ['Book a session with a Pilates instructor Today and save 10%.', []],
        ['Lead Technical Artist wanted', []],
        ['Hand-over to night concierge: Daiki.', ['PERSON:Daiki']],
        ['Therapist: Ploy   Treatment: hot stone 60 min', ['PERSON:Ploy']],
        ['Trainer: Premium Package', []],
        ['Guide: Reminder: check-in opens at 6am', []],
        ['Coordinator: Orthopedics has 19 June at 14:20', []],
      ],
      'PERSON',
    );
  });

  test('a name called after an interjection in a turn, a possessive before a Korean paper (en, ko)', () => {
    assertFound(
      [
        [
          "Agent (Omar): Who am I speaking with?\nCaller: it's Fiona Leckie\nAgent (Omar): Congratulations, Fiona. Your plan is active.",
          ['PERSON:Omar', 'PERSON:Fiona Leckie', 'PERSON:Omar', 'PERSON:Fiona'],
        ],
        ["they need Batbold's 가족관계증명서 and my 외국인등록증", ['PERSON:Batbold']],
        ["Sora's 등본 is printed", ['PERSON:Sora']],
        ["Samsung's 갤럭시 is on sale", []],
      ],
      'PERSON',
    );
  });

  test("a name in capitals in a passport's order after a Korean label, and a voicemail that returns a call (en, ko)", () => {
    assertFound(
      [
        ['가입자: SANTOS, MARIA LUISA (Philippines)', ['PERSON:SANTOS, MARIA LUISA']],
        ['신청인: PARK JI HOON\n연락처: 010-7731-2290', ['PERSON:PARK JI HOON']],
        ['Hi, this is Rhiannon Pryce returning a call about the vacancy.', ['PERSON:Rhiannon Pryce']],
        // A label and its value after the comma are another field, no given names.
        ['송금 → 수취인 TRAN VAN LONG, IBAN DE44 5001 0517 5407 3249 31', ['PERSON:TRAN VAN LONG']],
      ],
      'PERSON',
    );
  });

  test("a full name before a post's title after a weak label, a Korean surname after a title, a login's greeting (en)", () => {
    assertFound(
      [
        ['Approved by: Keoni Makana, Operations Manager\nAP contact: ap@example.com', ['PERSON:Keoni Makana']],
        ['Approved by: Northwind Traders, Operations Manager', []],
        ['Prepared by: Finance Team, Finance Manager', []],
        ['his son Minho joins, and Mr. Oh asked for a twin room', ['PERSON:Minho', 'PERSON:Oh']],
        ['Oh and Mr. Smith called', ['PERSON:Smith']],
        ['Supervisor review: Dr. Oh Kyung-ah, 2025-04-10', ['PERSON:Oh Kyung-ah']],
        ['Mentions her younger brother Da-hun moved back home.', ['PERSON:Da-hun']],
        ['[09:20] jiwon.hr: Hi Seoyeon — your certificate is ready', ['PERSON:Seoyeon']],
        ['[09:20] deploy.bot: Hi Team — build is green', []],
      ],
      'PERSON',
    );
  });

  test("a found name's given name that is a word too, heading a chat's turns (en)", () => {
    assertFound(
      [
        [
          'Nadia: who wants my spa pass?\nGrace: me!\nNadia: send your name and phone\nGrace: Grace Oduya, 010-2291-7740\nGrace: sent',
          ['PERSON:Nadia', 'PERSON:Grace', 'PERSON:Nadia', 'PERSON:Grace', 'PERSON:Grace Oduya', 'PERSON:Grace'],
        ],
        // Without the full name the word heads no person's turn for sure.
        ['Grace: period ends Friday\nNote: bring the form', []],
      ],
      'PERSON',
    );
  });

  test("a dash signature with a professional's letters, a nationality's bracket, a landlord's romanised name (en, ko)", () => {
    assertFound(
      [
        ["I'll file the return this week.\n— Marisol Vega, EA", ['PERSON:Marisol Vega']],
        ['Call us any time.\n— Client Services, CPA', []],
        ['3) Dilshod Karimov (Uzbek, E-9 visa) 010-4417-2093', ['PERSON:Dilshod Karimov']],
        ['Reporting person: Ingrid SCHMIDT (German national)', ['PERSON:Ingrid SCHMIDT']],
        ['숙소 배정: Nodir Tashkentov (Uzbek, 302호)', ['PERSON:Nodir Tashkentov']],
        ['Supplier: Hanwha Ocean (Korean shipbuilder)', []],
        ['Menu: Bulgogi Bowl (Korean)', []],
        ['Deposit ₩5,000,000. Landlord Kim Min-seok, rent paid to his account', ['PERSON:Kim Min-seok']],
        ['I met Mary-Beth Olsen (care assistant, Cardiff home) on Monday.', ['PERSON:Mary-Beth Olsen']],
        ['Escalated to Seoul Office (Account Manager) on Monday.', []],
      ],
      'PERSON',
    );
  });
});
