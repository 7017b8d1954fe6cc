// What the forty-fifth and forty-sixth rounds of hand-written texts (money; schools, universities and families) showed
// of English names: a payee quoted or named after a bank's words, a pupil's, a team's and a desk's fields, a nickname in
// quotes, a post before a greeted surname; and the titles, firms, places, bots and answers that read like names.
import { describe, test } from 'node:test';
import { assertPersons } from './pii-test-helpers.ts';

describe("payees, pupils' fields and greetings", () => {
  test("a payee quoted, or named after a bank's words (en, ko)", () => {
    assertPersons([
      ['Two payments (conf ZL7734019) to new recipient "Kayla M", recipient bank JPMorgan Chase', ['Kayla M']],
      ['Three faster payments to payee "J Coleman", sort code 04-00-75, account 39117264.', ['J Coleman']],
      ['신규 payee "J Coleman" 으로 이체했어요', ['J Coleman']],
      ['MUFG, Osaka-Umeda branch 251, futsu 4718203, a/n RIZKY PRATAMA', ['RIZKY PRATAMA']],
      ['우리은행 1002-123-456789 a/n RIZKY PRATAMA 로 보내주세요', ['RIZKY PRATAMA']],
      ['manda a la cuenta 012320015748230918 a nombre de Guadalupe Herrera Soto', ['Guadalupe Herrera Soto']],
      ['Rekeninghouder: Marloes van der Heijden\nAdres: Oudegracht 212 bis', ['Marloes van der Heijden']],
      ['KEISHA RENEE MONTGOMERY        Also reported as: KEISHA R DAVIS\nSSN on file', ['KEISHA R DAVIS']],
      // Payees that are firms or things, and "a/n" that is no transfer's.
      ['new payee "British Gas" added, payee "Mum Rent" and payee "Flat B" too', []],
      ['the a/n ratio is high; a nombre de la empresa', []],
    ]);
  });

  test("a pupil's, a team's and a desk's fields, a nickname in quotes (en, ko)", () => {
    assertPersons([
      ["1. Name of the pupil: Aditya Narayan Hegde\n2. Mother's name: Sushma Hegde", ['Aditya Narayan Hegde', 'Sushma Hegde']],
      ['Team manager: Deb Kowalski 0417 552 903', ['Deb Kowalski']],
      ['KEY LOG, Sat Aug 30 2025, Desk 2 (staff on shift: Jordan P.)\nTime   Room', ['Jordan P.']],
      ['Student: Isabella Moreno ("Izzy"), junior at Coral Gables Senior High', ['Isabella Moreno', 'Izzy']],
      ['학생 Isabella Moreno ("Izzy") 상담 기록', ['Isabella Moreno', 'Izzy']],
      // A contract's defined party in the same shape, and fields with no one in them.
      ['Tenant: John Smith ("Tenant") agrees to the terms.', ['John Smith']],
      ['Team manager: TBC\nOn shift: 2 nurses', []],
    ]);
  });

  test('a post between "Dear" and the surname, and the post alone (en)', () => {
    assertPersons([
      ['Dear Principal Okonjo and Ms. Reyes,\n\nAttached are the orders.', ['Okonjo', 'Reyes']],
      ['Dear Principal,\nPlease find attached.', []],
      ['Dear Coach,\nthanks for the season.', []],
    ]);
  });

  test('titles, answers, firms, places and bots that read like names (en, ko)', () => {
    assertPersons([
      ['Title: Mrs    Full name: Bethany Louise Carrow\nDate of birth: 01/02/1980', ['Bethany Louise Carrow']],
      ['Agent: your policy number?\nCustomer: PS-UK-30918842', []],
      ['Agent: and who is the armed response company?\nClient: Armed, yes. ADT, incident 88-19027.', []],
      ['Business name/disregarded entity name: Halvorsen Woodworks\n3a Federal tax classification', []],
      ['Signed by Resident Life Coordinator: Bronwyn Keane', ['Bronwyn Keane']],
      ['Collections Unit\nMaple Shore Credit Union\n200-1500 Carling Ave, Ottawa, ON K1Z 8R7', []],
      [' 3 Interest on U.S. Savings Bonds/Treasury  $0.00', []],
      ['Attached are the temporary orders from Travis County (cause no. D-1-FM-24-004471).', []],
      ['Vietcombank account: 1029384756 (Thanh Cong branch)', []],
      ['my adviser is Helen Morgan at Morgan Pryce Wealth (FCA ref 612840).', ['Helen Morgan']],
      ['Passport no.: C8316042 (issued Ho Chi Minh City, 2023)\nName: Tran Minh Khoa', ['Tran Minh Khoa']],
      ['She read her details again: Caixa Econômica, agência 0871, conta 00098421-3', []],
      ['Member: and if I am under 60\nChatbot (Sunridge Super): Generally not until 65.\nMember: ok\nChatbot (Sunridge Super): Yes.', []],
      ['챗봇 (Sunridge Super): 안내드립니다\n회원: 네\n챗봇 (Sunridge Super): 감사합니다', []],
    ]);
  });
});
