// What the sixty-first to sixty-third rounds of hand-written texts (games, dating and trust & safety; construction and heavy
// industry; weddings, funerals, elder care, pets and events) showed about names in English texts: a site's back office
// and a platform's staff in a chat's labels, a crew member who types their own full name, a team's dash signature with an
// ampersand, a name a card or a record prints inline, given names listed after their group, a death notice's phrases, the
// staff a booking's time names, each message's sign-off in a pasted thread, and a quoted profile's name and age.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe("rosters, profiles and notices: names by their place in crews', platforms' and families' texts", () => {
  test("a back office's or a platform's staff in a chat's brackets or after its letters, when they speak twice (en, ko)", () => {
    assertFound(
      [
        [
          'Payroll (Min-seo): Hello, is this Mr. Kowalski?\nCaller: Yes.\nPayroll (Min-seo): Your payment came back.',
          ['PERSON:Min-seo', 'PERSON:Kowalski', 'PERSON:Min-seo'],
        ],
        ['IT (Jeong): Which phone is it?\nWorker: the old one\nIT (Jeong): Wiped.', ['PERSON:Jeong', 'PERSON:Jeong']],
        [
          '노무팀 (Ha-eun): 안녕하세요, 급여 건입니다.\n작업자: 네\n노무팀 (Ha-eun): 계좌 확인 부탁드립니다.',
          ['PERSON:Ha-eun', 'PERSON:Ha-eun'],
        ],
        [
          'player1: am i banned?\nCM Natalia: Let me check.\nplayer1: ok\nCM Natalia: The appeal is open.',
          ['PERSON:Natalia', 'PERSON:Natalia'],
        ],
        ['Reply (Guest Services, Marisa): The booking name must match the passport.', ['PERSON:Marisa']],
        ['Reply (Guest Services, Tier 2): The booking name must match the passport.', []],
        // A queue's word in the brackets, and a team's letters before a desk's word, name no one.
        ['HR (Urgent): read this\nStaff: ok\nHR (Urgent): thanks', []],
        ['IT Support: reboot it\nUser: ok\nIT Support: done', []],
      ],
      'PERSON',
    );
  });

  test('a crew member who types their own full name after their label, when the label is said again (en, ko)', () => {
    assertFound(
      [
        [
          'Foreman: send full name and ARC\nDilshod: Dilshod Karimov, 880514-5123456\nForeman: Dilshod ok, 07:00 tomorrow',
          ['PERSON:Dilshod', 'PERSON:Dilshod Karimov', 'PERSON:Dilshod'],
        ],
        [
          '반장: 신규 인원 이름이랑 번호 올려주세요\nTemur: Temur Saidov, 010-4417-2293\n반장: Temur 내일 7시',
          ['PERSON:Temur', 'PERSON:Temur Saidov', 'PERSON:Temur'],
        ],
        // A form's field that repeats its label stands once.
        ['Status: Status Pending, 3 items\nNote: Note Taken.\nTotal: Total Due 45', []],
      ],
      'PERSON',
    );
  });

  test("a dash signature whose team holds an ampersand; a card's, a passport's or an account's name written inline (en)", () => {
    assertFound(
      [
        ['We have escalated the report.\n— Oksana, Brightpath Trust & Safety', ['PERSON:Oksana']],
        ['Notes for the week\n— Marketing, Sales & Events', []],
        ['passport: Japan, TK5521904, name OKADA RIKU, DOB 1991-04-12', ['PERSON:OKADA RIKU']],
        ['Card ending 3387, billing name R FENWICK', ['PERSON:R FENWICK']],
        ['NH bank 302-1186-4420-71 under MARCO D ESPINO', ['PERSON:MARCO D ESPINO']],
        ['her passport is in her maiden name, ZARA OLUWASEUN BELLO. Is that ok?', ['PERSON:ZARA OLUWASEUN BELLO']],
        ['ok passport 547193028, name HOLT SAMUEL JAMES, ARC 880214-5937261', ['PERSON:HOLT SAMUEL JAMES']],
        ['{\n  "type": "PASSPORT",\n  "name_on_doc": "LENA MARIE VOSS",\n  "number": "C01X00T47"\n}', ['PERSON:LENA MARIE VOSS']],
        // A file's, a domain's or a product's name in capitals is no one's.
        ['the file name README TXT is wrong; domain name DNS ERROR; product name GALAXY TAB S9, under REVIEW BY QA', []],
      ],
      'PERSON',
    );
  });

  test('given names listed after their group (a shift, a family, grandchildren), and close kin after a copula (en)', () => {
    assertFound(
      [
        ['Handover from night shift → day shift (Ingrid, Kwabena)\n1. Queue is clear.', ['PERSON:Ingrid', 'PERSON:Kwabena']],
        ['He leaves his wife Ruth and grandchildren Ava, Jacob and Nora.', ['PERSON:Ruth', 'PERSON:Ava', 'PERSON:Jacob', 'PERSON:Nora']],
        ["So happy! Mum is Bernadette, 086 555 0142 — she's in on the surprise.", ['PERSON:Bernadette']],
        ['my son is Autistic and my daughter is May 5th born', []],
        ['The Osei family (Ama, Kofi, Efua) | 3 | 12 Elm St', ['PERSON:Osei', 'PERSON:Ama', 'PERSON:Kofi', 'PERSON:Efua']],
        ['We love the Galaxy family (Fold, Flip) of phones.', []],
        // Teams and crews of things list no one.
        ['Split the work between the day shift (Packing, Loading) and the crew (Alpha, Bravo).', []],
      ],
      'PERSON',
    );
  });

  test("a death notice's dead, survivors and maiden names (en)", () => {
    assertFound(
      [
        [
          'The family announces the passing of Walt, 88, at home.\nHe is survived by Irene (née Duffy), his wife of 60 years.',
          ['PERSON:Walt', 'PERSON:Irene', 'PERSON:Duffy'],
        ],
        ['Donations in loving memory of Nell may be made to the hospice.', ['PERSON:Nell']],
        // A holiday, a season or a firm after the same words.
        ['In memory of Christmas Day, the shop closes early. The passing of Bill C-21 was delayed.', []],
      ],
      'PERSON',
    );
  });

  test("the staff a booking's time names; each message's sign-off in a pasted thread (en)", () => {
    assertFound(
      [
        ['Reminder: nail trim on Sat 9/21 at 10:00 AM with Kayla. Reply C to confirm.', ['PERSON:Kayla']],
        ['Visit is Sat 11am with our volunteer Dorian.', ['PERSON:Dorian']],
        ['Call at 3pm with Zoom, then 10:00 with Sales Team and 4 pm with Google Meet.', []],
        [
          'Here is my number, (203) 555-0199.\nGracias!\nRafael\n\n---\nFrom: Marcus Greene\nGot it, thanks.',
          ['PERSON:Rafael', 'PERSON:Marcus Greene'],
        ],
        ['Revenue by region:\nNorth\nSouth\n\n---\nTotals below', []],
      ],
      'PERSON',
    );
  });

  test("a quoted profile's given name and adult age in a report (en)", () => {
    assertFound(
      [
        ["Reporter: the guy 'Ethan, 34, pilot' is using someone else's photos", ['PERSON:Ethan']],
        ['Possible minor: profile "Zuri, 18" says she is in year 11.', ['PERSON:Zuri']],
        ["Reporter: profile 'Ethan,  34' uses my photos", ['PERSON:Ethan']],
        // A table, a total or a place with a number in quotes.
        ['Table "Room, 24" is booked; "Total, 45" items; \'Seattle, 98\'', []],
      ],
      'PERSON',
    );
  });
  test("a roster's row that opens with a worker's name before their ARC; a Korean name's Hangul beside its romanisation (en, ko)", () => {
    assertFound(
      [
        ['3) Jasur Tolibov / ARC 900311-5234117 / welder / 010-7714-2290', ['PERSON:Jasur Tolibov']],
        ['2) Gate Change / ARC 12 rules', []],
        ['2) 이상민 (Lee Sang-min) / pipe fitter / 010-9912-0043', ['PERSON:이상민', 'PERSON:Lee Sang-min']],
        ['My son Park Ji-ho (박지호, born 2013) made the purchases', ['PERSON:Park Ji-ho', 'PERSON:박지호']],
        // Hangul that spells someone else names no one new here.
        ['Ask Park Ji-ho (영업팀) for the file', ['PERSON:Park Ji-ho']],
      ],
      'PERSON',
    );
  });
  test("both partners of a couple's shared mailbox in an e-mail's header (en)", () => {
    assertFound(
      [
        ['To: Declan & Shauna <declanandshauna2026@gmail.com>', ['PERSON:Declan', 'PERSON:Shauna']],
        ['To: Min-ji & Oliver <minji.oliver.wed@gmail.com>', ['PERSON:Min-ji', 'PERSON:Oliver']],
        ['To: Sales & Marketing <sales@acme.com>', []],
      ],
      'PERSON',
    );
  });
  test('a Korean surname that is an English word too, after a title (en)', () => {
    assertFound(
      [
        ['Dear Mr. Oh,\nThe hold was lifted this morning.', ['PERSON:Oh']],
        ['Dear Sir. Oh, well.', []],
      ],
      'PERSON',
    );
  });
  test("a surname's particle opening a field's value; a couple's joined given name (en)", () => {
    assertFound(
      [
        ['First name: Femke\nLast name: van der Berg\nEmail: f.berg@example.nl', ['PERSON:Femke', 'PERSON:van der Berg']],
        ['Account holder: J.P. de Groot\nBIC: RABONL2U', ['PERSON:J.P. de Groot']],
        ['Agent: Thanks Mr. van der Linde. A phone for the bank?', ['PERSON:van der Linde']],
        ['Location: de Wallen\nNote: van Leasing next week', []],
        ['Client: Daniel & Mei-Hua Hartley · client phone (410) 555-0143', ['PERSON:Daniel', 'PERSON:Mei-Hua Hartley']],
      ],
      'PERSON',
    );
  });
  test('the staff member in brackets after the desk a case is escalated to (en)', () => {
    assertFound(
      [
        ['Payout held. Escalated to Trust & Safety (Renata).', ['PERSON:Renata']],
        ['Escalated to Trust & Safety (Tier 2). Sent to London (Heathrow).', []],
      ],
      'PERSON',
    );
  });
});
