// A form's fields of a surname and of given names in any case and in French and German, and the addresses an
// organisation prints on its letterhead or beside its name, which the forty-second and forty-third rounds showed.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe("name fields, organisations' addresses", () => {
  test('given names and surnames in their own fields, in capitals too (en, fr, de)', () => {
    assertFound(
      [
        ['Surname: HAN / First name: SEORIN\nDate of birth: 14/06/1993', ['PERSON:HAN', 'PERSON:SEORIN']],
        ['Surname: NGUYEN\nGiven names: THI LAN\nDate of Birth: 1995.06.21', ['PERSON:NGUYEN', 'PERSON:THI LAN']],
        ['Surname: SANTOS DA SILVA   Given names: JOÃO PEDRO', ['PERSON:SANTOS DA SILVA', 'PERSON:JOÃO PEDRO']],
        ['Nom: KWON / Prénom: Yerin\nDate de naissance: 21/07/1999', ['PERSON:KWON', 'PERSON:Yerin']],
        ['Familienname: Dubois-Lindqvist    Vornamen: Noé', ['PERSON:Dubois-Lindqvist', 'PERSON:Noé']],
        // A placeholder in a name's field is no one.
        ['First name: TBC\nSurname: TBC', []],
      ],
      'PERSON',
    );
  });

  test("a practice's, a school's, an office's or a department's address (en)", () => {
    assertFound(
      [
        ['Riverside Medical Practice\n14 Canal Street, Leeds LS1 4DL | Reception 0113 496 0200', []],
        ['LAKEVIEW FAMILY MEDICINE\n4800 N Sheridan Rd, Suite 210, Chicago, IL 60640 · Front desk (773) 878-4100', []],
        ['School: Weinland Park Elementary, 211 E 7th Ave, Columbus, OH 43201', []],
        ['Send the claim form to Clearwater Health, Claims Department, PO Box 3310, Bristol BS1 9QT.', []],
        // A customer's own address in a sentence, or on a parcel's label under a surname that is also a word, stays theirs.
        [
          'Deliver to 17 Protea Road, Claremont, Cape Town 7708. Phone 071 482 3309.',
          ['ADDRESS:17 Protea Road, Claremont, Cape Town 7708'],
        ],
        ['Ship to:\nAmelia Hall\n6689 Cedar Lane, Apt 5B, Brooklyn, NY 11201', ['ADDRESS:6689 Cedar Lane, Apt 5B, Brooklyn, NY 11201']],
      ],
      'ADDRESS',
    );
  });

  test('an officer after a police rank, a nurse after her title (en)', () => {
    assertFound(
      [
        ['Can you tidy up my witness statement? PC Hannah Lowe (collar 4417) gave me the MG11', ['PERSON:Hannah Lowe']],
        ['Statement taken by: PC 2291 Rashid Mahmood, Essex Police', ['PERSON:Rashid Mahmood']],
        ['VPD file # 2024-138842, officer Cst. Bhullar (badge 3317).', ['PERSON:Bhullar']],
        ['Discharging clinician: Nurse Fatuma Abdalla, RM', ['PERSON:Fatuma Abdalla']],
        // A shop, a nurse's grade or a role after the title names no one.
        ['Bought it at PC World, then asked the Nurse Practitioner.\nClassification: Nurse Grade 6', []],
      ],
      'PERSON',
    );
  });

  test("a partner's surname in the firm's name, a benefit's helpline (en)", () => {
    assertFound(
      [
        ['Best,\nRebecca Stein\nStein & Vázquez Immigration Law | 206-441-7700 ext. 3', ['PERSON:Rebecca Stein']],
        ['Prepared by: Nadia Ortiz\nW-7 worksheet (Havel & Ortiz CPAs, client file HO-24-0193)', ['PERSON:Nadia Ortiz']],
        ['[Call transcript – Child Benefit helpline, 0300 200 3100]\nAdviser: Child Benefit, you are speaking to Owen.', ['PERSON:Owen']],
      ],
      'PERSON',
    );
  });

  test("a declaration's declarant, a reply signed after a dash with the writer's team (en)", () => {
    assertFound(
      [
        ['(English)\nI, Daeho Ryu, of 41 Pembroke Gardens, London W8 6HU, make this statement', ['PERSON:Daeho Ryu']],
        ['Please sign in through the e-library page.\n– Gareth, Library Systems (ext. 2214)', ['PERSON:Gareth']],
        ['could that be stale too?\n– Ewan, Digital Services (VAT team)', ['PERSON:Ewan']],
        // A list of desks after dashes, and the undersigned, name no one.
        ['Notes:\n- Marketing, Seoul Office\n- Support, Busan\nI, the undersigned, declare', []],
      ],
      'PERSON',
    );
  });

  test("a greeting after a channel's tag names whom it greets (en)", () => {
    assertFound([['[SMS] Hi Seoyeon, your appt at the Strathfield clinic is on Tuesday', ['PERSON:Seoyeon']]], 'PERSON');
  });
});
