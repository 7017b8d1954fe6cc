// What the fifty-second to fifty-fourth rounds of hand-written texts (telecom care, insurance, law firms, courts and
// community organisations) showed about names in English texts: the agent a care log credits in its bracket, a brand's
// social reply that greets and signs, a sign-off with the writer's tier and extension, who checked or keyed a form, a
// court's parties, witnesses and judges by their place, an officer after "Ofc.", a line's transferee, a double given
// name as a chat's speaker, the children a household's form lists with their ages, a Korean agent signing an English
// reply in Hangul, a store's rep in an export's column, a lawyer after "attorney", and a WhatsApp export's speakers.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe('care logs, courts and households: names by their place in the record', () => {
  test("the agent a care log's bracket credits after the team (en, ko)", () => {
    assertFound(
      [
        ['2025-03-11 09:14 [Care/Marcus] Cust says no signal since Sunday.', ['PERSON:Marcus']],
        ['2025-03-12 16:40 [Field/Leona Price] Replaced ONT.', ['PERSON:Leona Price']],
        ['2025-03-11 09:14 [상담/김민지] 고객 저녁마다 끊김 호소', ['PERSON:김민지']],
        // A queue, a system or a team's own word in the bracket names no one.
        ['2025-03-11 09:20 [Care/Escalations] moved to tier 2', []],
        ['2025-03-11 09:21 [NOC/Auto] alarm cleared', []],
        ['2025-03-11 09:22 [상담/대기열] 이관됨', []],
      ],
      'PERSON',
    );
  });

  test("a brand's social reply greets the customer and signs with the team; a sign-off gives the tier and extension (en, ko)", () => {
    assertFound(
      [
        ['@AcmeMobileHelp: Hey Marcus, sorry about that! Can you DM us the number?', ['PERSON:Marcus']],
        ['@AcmeMobileHelp: All sorted! Leona, Brightline Social Care', ['PERSON:Leona']],
        // The team's word ends a line before the last, blanks after it.
        ['All sorted! Leona, Brightline Social Care   \nAnything else?', ['PERSON:Leona']],
        ['Account PIN verified.\n— Tomasz K., Care Tier 2, ext 4410', ['PERSON:Tomasz K.']],
        ['@한빛모바일: 안녕하세요 지수님, 불편을 드려 죄송합니다', ['PERSON:지수']],
        // A desk that signs, or a team's word after the sentence, is no one.
        ['Thanks! Billing, Customer Service', []],
        ['Account PIN verified.\n— Billing, Care Tier 2, ext 4410', []],
        ['@AcmeMobileHelp: Hey there, sorry about that!', []],
      ],
      'PERSON',
    );
  });

  test('who checked a form, an officer after "Ofc.", a line\'s transferee (en, ko)', () => {
    assertFound(
      [
        ['Completed by: Ana Souza (team 2), checked by Marcus', ['PERSON:Ana Souza', 'PERSON:Marcus']],
        ['Reporting officer: Ofc. Teodor Lindqvist #4410', ['PERSON:Teodor Lindqvist']],
        ['Transferee: PARK JIHOON (Canadian citizen)', ['PERSON:PARK JIHOON']],
        ['확인자: 라비', ['PERSON:라비']],
        ['Meter photo checked by Security', []],
        ['Transferee: TBC', []],
      ],
      'PERSON',
    );
  });

  test("a court's parties, witnesses and judges by their place in its papers (en, ko)", () => {
    assertFound(
      [
        ['Case: URN 44XY0192233 — R v PARK Ji-hoon (dangerous driving)', ['PERSON:PARK Ji-hoon']],
        ['Case: R v Aurelio Santos and others (Operation HOLLY)', ['PERSON:Aurelio Santos']],
        ['State v. Darnell Hayes, No. CR2024-118', ['PERSON:Darnell Hayes']],
        [
          'In re the Marriage of:\nMARISSA JANE COLTON, Petitioner,\nand\nDEREK PAUL COLTON, Respondent.',
          ['PERSON:MARISSA JANE COLTON', 'PERSON:DEREK PAUL COLTON'],
        ],
        ['MS ODILE MARCHETTI (Defendant)', ['PERSON:ODILE MARCHETTI']],
        ['WITNESS STATEMENT OF LEONA PRICE', ['PERSON:LEONA PRICE']],
        ['set for a hearing before the Hon. Marcus Ellery on May 2', ['PERSON:Marcus Ellery']],
        ['피고 박서준 (1985년생)', ['PERSON:박서준']],
        // A statement's heading of a kind, a firm or a public body as a party names no one.
        ['STATEMENT OF TRUTH\nI believe that the facts stated in this witness statement are true.', []],
        ['DECLARATION OF TRUST', []],
        ['ACME HOLDINGS LTD, Defendant', []],
      ],
      'PERSON',
    );
  });

  test("a judge named at a hearing's venue does not make the court's address a person's", () => {
    assertFound(
      [
        [
          'The matter is set before the Hon. Marcus Ellery on July 2 at 9:00 a.m., Westside Court Center, 2100 W Camelback Rd, Phoenix, AZ 85015, Courtroom 4.',
          [],
        ],
      ],
      'ADDRESS',
    );
  });

  test("a double given name as a chat's speaker is the whole name (en)", () => {
    assertFound(
      [
        ['Marie-Claire: yes please go ahead\nAgent: one moment\nMarie-Claire: ok', ['PERSON:Marie-Claire', 'PERSON:Marie-Claire']],
        // A desk, a spaced dash and the agent still names the agent.
        ['Regional Sales - Ifeoma: hello\nCustomer: hi', ['PERSON:Ifeoma']],
      ],
      'PERSON',
    );
  });

  test("the children a household's form lists with their ages (en, ko)", () => {
    assertFound(
      [
        ['Household: adults 1, children 2 — Maisie (6), Rafferty (3)', ['PERSON:Maisie', 'PERSON:Rafferty']],
        ['applicant + 3 children (Tyrell 12, Amaya 8, Leona 4)', ['PERSON:Tyrell', 'PERSON:Amaya', 'PERSON:Leona']],
        ['Children: Wren (DOB 04/05/2017) and Marcus (DOB 21/10/2019)', ['PERSON:Wren', 'PERSON:Marcus']],
        ['자녀: 하은(7), 시우(4)', ['PERSON:하은', 'PERSON:시우']],
        // A count, an age band or a ticket's kind where a name would stand is no one.
        ['Children: None (0)', []],
        ['Kids: Under 5 (2), Over 5 (1)', []],
        ['Tickets: Adults 2, Children (3-12) 2', []],
      ],
      'PERSON',
    );
  });
  test('a Korean agent signs an English reply in Hangul after a dash, or before the desk (en, ko)', () => {
    assertFound(
      [
        ['Bring your passport, ask for me at the counter — 정다은 🙂', ['PERSON:정다은']],
        ['we close at 9pm. — 상담 윤지호', ['PERSON:윤지호']],
        ['For roaming questions, call 1600-0000 (English, option 5).\n최서윤, Global Desk', ['PERSON:최서윤']],
        ['여권 지참하시고 매장에 오세요 — 정다은 드림', ['PERSON:정다은']],
        // A thanks, a branch's district or the carrier's name after the dash is no one.
        ['See you at the store — 감사합니다', []],
        ['Open until 9 — 한빛텔레콤', []],
      ],
      'PERSON',
    );
  });

  test("a store's rep in an export's column, a single given name too (en)", () => {
    assertFound(
      [
        [
          'store_id,date,txn,model,credit_usd,rep\nS-0412,2025-09-20,TI-1001,Pixel 7,180.00,Marcus\nS-0412,2025-09-20,TI-1002,Galaxy S22,95.00,Leona P.',
          ['PERSON:Marcus', 'PERSON:Leona P.'],
        ],
        // A workout log's "rep" column holds counts.
        ['date,exercise,sets,rep\n2025-01-02,Squat,3,12\n2025-01-02,Bench,3,10', []],
      ],
      'PERSON',
    );
  });
  test('a lawyer after "attorney", greeted or spoken of; a firm named for its partners is no one (en, ko)', () => {
    assertFound(
      [
        ['Hi Attorney Reyes,\nAll correct except the mobile.', ['PERSON:Reyes']],
        ['Best number for attorney Whitcombe to call you back?', ['PERSON:Whitcombe']],
        ['Can you check the party section before Attorney 박서준 signs it?', ['PERSON:박서준']],
        ['담당 변호사 박서준 변호사님께 전달했습니다', ['PERSON:박서준']],
        [
          'Intake call — Harrow & Whitcombe Injury Lawyers\nIntake: Thanks for calling Harrow & Whitcombe, this is Marisol.\nIntake (Marisol): Best number for attorney Whitcombe to call you back?',
          ['PERSON:Marisol', 'PERSON:Marisol', 'PERSON:Whitcombe'],
        ],
        // The post's own phrases, and a power of attorney, name no one.
        ['Hi Attorney,\nthanks for the draft', []],
        ['The Attorney General issued guidance', []],
        ['I signed a power of attorney Form last week', []],
      ],
      'PERSON',
    );
  });

  test("a WhatsApp export's date in brackets and a speaker who adds the firm after '@' (en)", () => {
    assertFound(
      [
        [
          '[03/09/2024, 18:02] Dana Whitfield: Hi Marcus, can you add my son?\n[03/09/2024, 18:15] Marcus @ Northfield: Hi Dana, sure.',
          ['PERSON:Dana Whitfield', 'PERSON:Marcus', 'PERSON:Marcus', 'PERSON:Dana'],
        ],
        ['[03/09/2024, 18:15] Support @ Northfield: Hi there, how can we help?', []],
      ],
      'PERSON',
    );
  });
});
