// An organisation's own values beside a person's: its desks' mailboxes, its fax beside its phone, and the rest of the
// near misses that bills, invoices, labels and letterheads print around a customer's details.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { foundOfType as ofType } from './pii-test-helpers.ts';

describe("an organisation's desks and lines", () => {
  test("a desk's mailbox, in any language and with a region's tag, is below the threshold; a person's stays (en, ko)", () => {
    const invoice = 'From: Katarzyna Wójcik <k.wojcik.biuro@wp.pl>\nTo: faktury@printex.pl\nCc: zakupy@hydromet-sp.pl, imports.sg@straitsocean.com';
    assert.deepEqual(ofType(invoice, 'EMAIL'), ['EMAIL:k.wojcik.biuro@wp.pl']);
    assert.deepEqual(ofType('보안메일(hr-secure@daeil-tech.co.kr)로 보내 주세요. 문의 kr.import@dhl.com / 입학처 ipsi@univ.ac.kr', 'EMAIL'), []);
    assert.deepEqual(ofType('Agency: Eastside Realty, leasing@eastsiderealty.com.au, tenant jake.whitfield@gmail.com', 'EMAIL'), [
      'EMAIL:jake.whitfield@gmail.com',
    ]);
    assert.deepEqual(ofType('제 메일은 leasing.kim@gmail.com 이에요', 'EMAIL'), ['EMAIL:leasing.kim@gmail.com']);
  });

  test("an office's fax, one digit from its phone, is no slip of the phone (en, ko)", () => {
    assert.deepEqual(ofType('Bloor West Family Health Team   Tel 416-762-1410   Fax 416-762-1412', 'PHONE'), ['PHONE:416-762-1410']);
    assert.deepEqual(ofType('보호자 연락처 02-871-3350 / 팩스 02-871-3351', 'PHONE'), ['PHONE:02-871-3350']);
  });
});
