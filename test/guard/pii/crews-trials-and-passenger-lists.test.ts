// What the fifty-fifth to fifty-seventh rounds of hand-written texts (clinical trials and laboratories; shipping and
// aviation; security and workplace investigations) showed about names: a crew's and a trial's people after their ranks
// and posts, a ship's crew list written surname first under its heading, passengers without titles in a booking, numbered
// rows of a person's details, a support desk's agent in brackets who speaks again, an officer with an Irish surname or a
// force's collar number; and the same layouts holding fuel orders, agencies, airports, teams and desks.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe('crews, trials and passenger lists: names by rank, post and list layout', () => {
  test("a roster's, a duty record's and a crew list's people after their ranks (en, ko)", () => {
    assertFound(
      [
        [
          'CREW ROSTER\n02 Mar | P3301 | Capt. Oskar Lindahl (0311) | FO Teresa Mbeki (0720) | cabin 3',
          ['PERSON:Oskar Lindahl', 'PERSON:Teresa Mbeki'],
        ],
        ['Crew: Capt. Moreau / FO Hiroshi Tanabe / RP Ingrid Solheim', ['PERSON:Moreau', 'PERSON:Hiroshi Tanabe', 'PERSON:Ingrid Solheim']],
        [
          'Off-signers from MV SEA HERON:\n1. Ch/Off Bohdan Melnyk, UA\n2. 2/E Arnel Dimaculangan, PH',
          ['PERSON:Bohdan Melnyk', 'PERSON:Arnel Dimaculangan'],
        ],
        ['the delay report — Captain Okonjo said it is still open.', ['PERSON:Okonjo']],
        ['승무원 명단: 기장 박서진 / 1등항해사 오세린 / 2등기관사 남궁윤', ['PERSON:박서진', 'PERSON:오세린', 'PERSON:남궁윤']],
        // A garment's length is 기장 too.
        ['바지 기장 길이가 짧아요', []],
        // The letters of a rank outside a crew's papers are a fuel order's, a blood group's, a form's.
        ['Please attach the FO Request Form to the invoice.', []],
        ['Blood group AB Positive Donors are welcome on Friday.', []],
        ['Crew roster: Capt. Pending, FO Reserve Pool', []],
      ],
      'PERSON',
    );
  });

  test("a trial's monitor, coordinator and research nurse after their posts (en, ko)", () => {
    assertFound(
      [
        [
          'Protocol deviation log\nPD-11 | 2024-05-02 | consent re-signed | CRA Tobias Wendt\nPD-12 | 2024-05-09 | missed visit | CRC Amaka Eze',
          ['PERSON:Tobias Wendt', 'PERSON:Amaka Eze'],
        ],
        ['Study site 204: form checked by RN Efua Mensah, CRF ext. 2210', ['PERSON:Efua Mensah']],
        ['임상시험 모니터링: CRA 정다은, 연구간호사 문채원', ['PERSON:정다은', 'PERSON:문채원']],
        // Canada's revenue agency is CRA too, and a registration's letters RN: no trial, no person.
        ['Log in to CRA My Account to see your notice of assessment.', []],
      ],
      'PERSON',
    );
  });

  test('a crew list written surname first under its heading, with given names no list holds', () => {
    assertFound(
      [
        [
          'No. | Family name, given names | Rank\n1 | HRYHORENKO, Taras | Master\n2 | VILLANUEVA, Rommel Jr. | Bosun\n3 | PHAM, Van Loc | Oiler',
          ['PERSON:HRYHORENKO, Taras', 'PERSON:VILLANUEVA, Rommel Jr.', 'PERSON:PHAM, Van Loc'],
        ],
        // Without the heading, a given name must be a listed one: a place after a comma is none.
        ['Port of call: ROTTERDAM, Europoort', []],
      ],
      'PERSON',
    );
  });

  test("a booking's passengers without titles, and one with a title before a dash (en)", () => {
    assertFound(
      [
        ['I can see the booking for SILVA/JOANA and SILVA/TIAGO on SH 400.', ['PERSON:SILVA/JOANA', 'PERSON:SILVA/TIAGO']],
        ['Travellers\n• ADEBAYO-WRIGHT/FOLAKE MRS — adult', ['PERSON:ADEBAYO-WRIGHT/FOLAKE']],
        // Airports and currencies hold the same slash.
        ['Your booking ICN/NRT and ICN/KIX is confirmed; fares in USD/KRW.', []],
      ],
      'PERSON',
    );
  });

  test("a numbered row of a person's date of birth or passport opens with the person (en)", () => {
    assertFound(
      [
        [
          'SIGN-ON\n3. Efren Balagtas Dumlao — 2nd Engineer — Philippines — DOB 11 Nov 1987 — PP P5520713C',
          ['PERSON:Efren Balagtas Dumlao'],
        ],
        ['Passengers on this claim\n2. Stavros Kalogeropoulos — date of birth 21/05/2019', ['PERSON:Stavros Kalogeropoulos']],
        // A numbered step names no one, though the row speaks of a date of birth.
        ['2. Upload Documents — proof of date of birth required', []],
      ],
      'PERSON',
    );
  });

  test("a desk's agent in brackets who speaks again, listed or not (en, ko)", () => {
    assertFound(
      [
        [
          'Fleetlog Support (Ty): Thanks for holding.\nDriver: my logs are wrong\nFleetlog Support (Ty): I can help with that.',
          ['PERSON:Ty', 'PERSON:Ty'],
        ],
        [
          '고객센터 (Seoyun): 안녕하세요 주문 확인했어요.\n손님: ok thanks\n고객센터 (Seoyun): 관세는 내일 결제돼요.',
          ['PERSON:Seoyun', 'PERSON:Seoyun'],
        ],
        ['Agent (Jun): Hi there.\nMe: hello\nAgent (Jun): Let me check.', ['PERSON:Jun', 'PERSON:Jun']],
        // A channel or a tier in the brackets, or a form's label said once, names no one.
        ['Fleetlog Support (Tier): escalate\nDriver: ok\nFleetlog Support (Tier): done', []],
        ['Shipping (Standard): 3–5 days', []],
      ],
      'PERSON',
    );
  });

  test("an officer with an Irish surname or a force's collar letters, a lead of a shift, a research nurse (en)", () => {
    assertFound(
      [
        ["From: Det. Aidan O'Sullivan <aidan.osullivan@police.example>", ["PERSON:Aidan O'Sullivan"]],
        ['Officer in case: DC 2291NE Tobias Fairweather', ['PERSON:Tobias Fairweather']],
        ['Staff were briefed by shift lead Maartje Visser.', ['PERSON:Maartje Visser']],
        ['His research nurse, Sanne van Dijk, will coordinate.', ['PERSON:Sanne van Dijk']],
        // A lead of no work, and a verb "lead", name no one.
        ['She will lead Product Design from March.', []],
      ],
      'PERSON',
    );
  });

  test('a relative of the wider family in brackets after the name (en, ko)', () => {
    assertFound(
      [
        ['Collecting at cargo desk: Kwabena Ofori-Atta (uncle), +233 20 555 0142', ['PERSON:Kwabena Ofori-Atta']],
        ['수령인: 남궁현수(삼촌)', ['PERSON:남궁현수']],
        // A form's heading capitalises the relation at its line's start.
        ['Emergency Contact (Uncle): call reception', []],
      ],
      'PERSON',
    );
  });

  test("a call's speech-to-text in lower case: the caller's answer and the names said again (en)", () => {
    assertFound(
      [
        [
          "Agent: Tariq Mensah\n\nagent: you are speaking to tariq can i take your full name please\ncaller: yeah it's sandra whitlock\nagent: thanks sandra",
          ['PERSON:Tariq Mensah', 'PERSON:tariq', 'PERSON:sandra whitlock', 'PERSON:sandra'],
        ],
        // An answer of no name, and a name said once in a text of no lower-case turns.
        ['agent: can i take your full name please\ncaller: yeah ok thanks', []],
      ],
      'PERSON',
    );
  });

  test('the name a witness knows a person by, listed or not (en)', () => {
    assertFound(
      [
        ['A forklift driver, I only know him as Tadek, saw it.', ['PERSON:Tadek']],
        ["Subject met a man at the bar, addressed as 'Dibs', at 13:10.", ['PERSON:Dibs']],
        ['The caller introduced himself as Marek from the bank.', ['PERSON:Marek']],
        // A title or a word of address is no name.
        ['He was addressed as Sir throughout the call.', []],
      ],
      'PERSON',
    );
  });

  test('who a service\'s message says will come or lead, after the role and "will be" or "is" (en, ko)', () => {
    assertFound(
      [
        ['Booked! Crew lead will be Dmitri, his number is 610-555-0187.', ['PERSON:Dmitri']],
        ['Your technician will be Marcus, he arrives at 9.', ['PERSON:Marcus']],
        ['오늘 담당 기사는 박준영입니다.', ['PERSON:박준영']],
        // A day, a state or a word after the copula names no one.
        ['The manager is Available from 9 to 5, the meeting is Monday.', []],
      ],
      'PERSON',
    );
  });

  test("a letter's greeting to a name in capitals, as a mail merge prints it (en, ko)", () => {
    assertFound(
      [
        ['Dear CHIOMA OKEKE,\n\nAll charges on the bill of lading below are now due.', ['PERSON:CHIOMA OKEKE']],
        ['CHIOMA OKEKE 님께,\n\n운임 청구서를 보내드립니다.', ['PERSON:CHIOMA OKEKE']],
        // A role or a team in capitals is greeted so too.
        ['Dear VALUED CUSTOMER,\n\nYour invoice is ready.', []],
        ['Dear SIR OR MADAM,\n\nPlease find attached.', []],
      ],
      'PERSON',
    );
  });

  test('a payee a fraud log quotes as it was added, in single quotes (en)', () => {
    assertFound(
      [
        ["14 Mar 21:02  New payee added: 'K Boateng', sort code 20-00-00.", ['PERSON:K Boateng']],
        // A payee a household names by its use is no one.
        ["14 Mar 21:02  New payee added: 'Mum Rent', sort code 20-00-00.", []],
      ],
      'PERSON',
    );
  });
});
