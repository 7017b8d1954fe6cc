// A contact card's and a calendar invitation's fields: the person's names and own lines are found, the work line, the
// work address, the meeting's place, rooms and groups are the organisation's; a toll-free line in any form is a business's.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found } from './pii-test-helpers.ts';

test("a vCard's names and mobile are the person's; its work line and work address are the firm's (en, ko)", () => {
  const card =
    'BEGIN:VCARD\nVERSION:3.0\nN:Nguyen;Thi Lan;;;\nFN:Thi Lan Nguyen\nORG:Harbourline Logistics Pty Ltd\n' +
    'TEL;TYPE=WORK,VOICE:+61 2 9251 4400\nTEL;TYPE=CELL:+61 412 388 506\nADR;TYPE=WORK:;;Level 9, 60 Margaret Street;Sydney;NSW;2000\nEND:VCARD';
  assert.deepEqual(found(card), ['PERSON:Nguyen;Thi Lan', 'PERSON:Thi Lan Nguyen', 'PHONE:+61 412 388 506']);
  const korean =
    'BEGIN:VCARD\nFN;CHARSET=UTF-8:윤서현\nN:윤;서현;;;\nTEL;TYPE=WORK,VOICE:02-6241-3300\nTEL;TYPE=CELL:010-4496-2038\nEND:VCARD';
  assert.deepEqual(found(korean), ['PERSON:윤서현', 'PERSON:윤;서현', 'PHONE:010-4496-2038']);
  // A firm's card names no person.
  assert.deepEqual(found('BEGIN:VCARD\nFN:Harbourline Logistics Pty Ltd\nEND:VCARD'), []);
});

test("an invitation's organiser and attendees are people; a room, a group, a role's shared calendar and the place are not (ko, en)", () => {
  const invite =
    'BEGIN:VEVENT\nLOCATION:본사 12층 회의실 C (서울 강남구 테헤란로 142)\nORGANIZER;CN=채용담당 문가영:mailto:gayoung.moon@gmail.com\n' +
    'ATTENDEE;CN=면접관 공용;ROLE=OPT-PARTICIPANT:mailto:interview@hanul.co.kr\n' +
    'ATTENDEE;CN="Dana Whitfield";ROLE=REQ-PARTICIPANT:mailto:dana.w@gmail.com\n' +
    'ATTENDEE;CN=Raum Spree;CUTYPE=ROOM:mailto:room.spree@bergwerk-analytics.de\nEND:VEVENT';
  assert.deepEqual(found(invite), ['PERSON:문가영', 'EMAIL:gayoung.moon@gmail.com', 'PERSON:Dana Whitfield', 'EMAIL:dana.w@gmail.com']);
});

test("a toll-free line with its country code, and a front desk's line in a card's note, are a business's (en)", () => {
  assert.deepEqual(found("responses:\n  '404': { description: Not found }\n  supportPhone: '+1 800 225 5345'"), []);
  assert.deepEqual(found('Escalation after 15 min: vendor bridge +1 888 402 7712'), []);
  assert.deepEqual(found('NOTE:Office front desk +1 604 270 1100\\, Mon-Sat 9-6'), []);
  assert.deepEqual(found('text me on +1 415 867 5309'), ['PHONE:+1 415 867 5309']);
});
