// A benefits enrolment in X12 and a card's EMV tag dump: the member's and the cardholder's values are read by their
// segments, qualifiers and tags; a sponsor's, a payer's and a group's are not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found } from './pii-test-helpers.ts';

test("an 834's member: name, SSN, phone, e-mail, address, birth date and member number; not the sponsor's (en, ko)", () => {
  const enrolment = [
    'ISA*00*          *00*          *ZZ*ACMEHR         *ZZ*BLUEPLAN       *240610*1522*^*00501*000004471*0*P*:~',
    'N1*P5*ACME MANUFACTURING INC*FI*364418207~',
    'N3*100 INDUSTRIAL PKWY~',
    'INS*Y*18*021*28*A***FT~',
    'REF*0F*BPH55120774~',
    'REF*1L*GRP-40012~',
    'NM1*IL*1*OKONKWO*CHIOMA*N***34*548236019~',
    'PER*IP**CP*4045517382*EM*chioma.okonkwo@outlook.com~',
    'N3*2741 PEACHTREE RD NE APT 1810~',
    'N4*ATLANTA*GA*30305~',
    'DMG*D8*19870619*F~',
  ].join('\n');
  assert.deepEqual(found(enrolment), [
    'HEALTH_INSURANCE:BPH55120774',
    'PERSON:OKONKWO*CHIOMA*N',
    'US_SSN:548236019',
    'PHONE:4045517382',
    'EMAIL:chioma.okonkwo@outlook.com',
    'ADDRESS:2741 PEACHTREE RD NE APT 1810',
    'ADDRESS:ATLANTA*GA*30305',
    'DATE_OF_BIRTH:19870619',
  ]);
  // A payer's or a provider's NM1 names an organisation, and the address after it is theirs.
  assert.deepEqual(
    found('청구 파일 확인 부탁드려요\nNM1*PR*2*BLUE PLAN OF GEORGIA*****PI*58102~\nN3*PO BOX 105187~\nN4*ATLANTA*GA*30348~'),
    [],
  );
});

test("an EMV dump's card number, expiry and holder; the amount and other tags are none (en, ko)", () => {
  const dump = '9F02 06 000000004599\n5A   08 4607253759830684\n5F24 03 270831\n5F20 0B NOVAK/PETRA\n5F34 01 01';
  assert.deepEqual(found(dump), ['CREDIT_CARD:4607253759830684', 'CARD_EXPIRY:270831', 'PERSON:NOVAK/PETRA']);
  assert.deepEqual(found('단말 로그 덤프예요\n5F24  03   241031             Application Expiration Date'), ['CARD_EXPIRY:241031']);
  // A number that fails Luhn, a date that is none.
  assert.deepEqual(found('5A   08 4607253759830685\n5F24 03 271399'), []);
});
