// Names a card, a passport or an account holds in capitals, the name a person goes by, a German greeting, a writer who
// introduces themselves after a filler or a speaker's label, and a party of a compound Korean label.
import { describe, test } from 'node:test';
import { assertPersons } from './pii-test-helpers.ts';

describe('names on cards and introductions', () => {
  test('a name said to be on a card or a passport, in capitals or after initials (en, ko)', () => {
    assertPersons([
      ['17 expiry 11/27, name on card C J WHITFORD\n$500 bond is fine.', ['C J WHITFORD']],
      ["name on card HANNAH J O'DWYER, Visa 4564 8893 3742 1206", ["HANNAH J O'DWYER"]],
      ['name as on passport HOLLIE JADE MCKENZIE\npassport PE7732918, expires 2031', ['HOLLIE JADE MCKENZIE']],
      ['the name on my passport is HOLLIE JADE MCKENZIE', ['HOLLIE JADE MCKENZIE']],
      // The label's search reads "HANNAH" alone; the name the card prints is the whole of it.
      ["Name on card: HANNAH J O'DWYER", ["HANNAH J O'DWYER"]],
      ["여권 영문 이름이 name on card: HANNAH J O'DWYER 로 돼 있어요", ["HANNAH J O'DWYER"]],
      // Words that are never names, and initials after a document that says no name is on it.
      ['name on card DOES NOT MATCH', []],
      ['name on ticket: SAME AS ABOVE', []],
      ['the card says I AM OK', []],
    ]);
  });

  test('the name a person goes by, after whom it names (en, ko)', () => {
    assertPersons([
      ['My legal name is ZHANG WEILING, but everyone calls me Vivian', ['ZHANG WEILING', 'Vivian']],
      ["But everyone calls me Sherry Zhang, that's the name on the booking", ['Sherry Zhang']],
      ['He goes by Tom, Slack handle is tom.e', ['Tom']],
      ['she usually goes by Meg at work', ['Meg']],
      ['법적 이름은 ZHANG WEILING인데 everyone calls me Vivian', ['ZHANG WEILING', 'Vivian']],
      // A bus, and time, go by too.
      ['the 38 goes by Central Station', []],
      ['time goes by So fast', []],
      ['Mum calls me Sunday nights', []],
    ]);
  });

  test('a German greeting, and a writer introduced after a filler or a speaker (en, ko)', () => {
    assertPersons([
      ['Hallo Jonas,\n\nthe Strom bill came: €68 a month', ['Jonas']],
      ['Hallo Jonas, 관리비 보냈어', ['Jonas']],
      ['Mum it’s Élodie!! phone fell in the lake', ['Élodie']],
      // The first name said again is the same person's, found as a subject ("Niamh is").
      ["CALLER: Yeah it's Niamh Ó Briain. Niamh is N-I-A-M-H.", ['Niamh Ó Briain', 'Niamh', 'N-I-A-M-H']],
      ['[00:03:52] Customer: It’s Jack, MORGA001100JM9PQ, he was born in 2009', ['Jack']],
      ['Halloween party at 8', []],
      ['Agent: It’s Tuesday at 3pm', []],
      // A login after "its" is the login, not a first name typed in lower case.
      ['[09:13] Visitor: its kwame.asante.88 but it keeps saying locked', []],
    ]);
  });

  test('an account holder in capitals, and a compound Korean label before a name (en, ko)', () => {
    assertPersons([
      ['Bank: 110-482-593017, account holder NGUYEN THI THU TRANG\nE-bill: thutrang@example.com', ['NGUYEN THI THU TRANG']],
      ['Direct Debit: account holder O G BEVAN, sort code 09-01-28', ['O G BEVAN']],
      ['IFSC SBIN0040281, a/c holder Lalitha Sharma', ['Lalitha Sharma']],
      ['Patient MRI SCAN booked for Monday', []],
      ['저는 직장가입자 배준서이고 건강보험증 번호는 70129833461 이에요.', ['배준서']],
      ['공동소유자 김민수, 지분 1/2', ['김민수']],
      ['직장가입자 자격 유지 문의드려요', []],
      ['공동소유자 명의 변경', []],
    ]);
  });

  test("a chat window's agent, and who saw or acted for someone in a record (en, ko)", () => {
    assertPersons([
      ["You're now chatting with Jarrah.\n[09:14] Agent: G'day! How can I help?", ['Jarrah']],
      ['[라이브 채팅] You’re now chatting with Rukhsana. 무엇을 도와드릴까요?', ['Rukhsana']],
      ['You are now chatting with Virtual Assistant.', []],
      ['Anti-D not required (Rh pos).\nSeen by Siobhán Ó Ceallaigh, CMM2', ['Siobhán Ó Ceallaigh']],
      ['Abrasion to left forearm; first aid by Kerstin Holmqvist (first aider), transferred to A&E', ['Kerstin Holmqvist']],
      ['Acme SAS, represented by Sandrine Moreau, Managing Director', ['Sandrine Moreau']],
      ['외래 기록: Seen by Siobhán Ó Ceallaigh, CMM2 / 재진 2주 후', ['Siobhán Ó Ceallaigh']],
      // Desks and firms do these too.
      ['Approved by Head Office', []],
      ['checked by Royal Mail (tracking 123)', []],
      ['reviewed by Legal Team, London', []],
    ]);
  });
});
