// What a tool returns to an assistant: a database console's table under its rule, a FHIR resource's identifiers by
// their type's text and its names, a CSV's short EMR keys, and names joined by a patronymic ("binte", "s/o").
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { found, foundOfType as ofType } from './pii-test-helpers.ts';

describe("a tool's tables and records", () => {
  test("a database console's table under its rule, read by its columns' keys (en, ko)", () => {
    const english = [
      'ehr=> SELECT mrn, patient_name, dob, ward FROM admissions;',
      '    mrn     |       patient_name        |    dob     | ward',
      '------------+---------------------------+------------+------',
      ' SGH0418273 | Tan Wei Ming              | 1951-02-17 | W07',
      ' SGH0377105 | Rajendran s/o Kumaresan   | 1944-12-08 | W07',
      '(2 rows)',
    ].join('\n');
    assert.deepEqual(found(english), [
      'MEDICAL_RECORD:SGH0418273',
      'PERSON:Tan Wei Ming',
      'DATE_OF_BIRTH:1951-02-17',
      'MEDICAL_RECORD:SGH0377105',
      'PERSON:Rajendran s/o Kumaresan',
      'DATE_OF_BIRTH:1944-12-08',
    ]);
    const korean = [
      'emr=> SELECT pt_no, pt_nm, birth_dt, hi_card_no FROM pt_master;',
      '  pt_no   |     pt_nm      |  birth_dt  | hi_card_no',
      '----------+----------------+------------+-------------',
      ' 00872341 | 정하윤         | 1977-01-02 | 51038472916',
      '(1 row)',
    ].join('\n');
    assert.deepEqual(found(korean), [
      'MEDICAL_RECORD:00872341',
      'PERSON:정하윤',
      'DATE_OF_BIRTH:1977-01-02',
      'HEALTH_INSURANCE:51038472916',
    ]);
  });

  test("a FHIR patient's identifiers by their type's text, its names whole and in parts (en, ko)", () => {
    const english =
      '{"resourceType":"Patient","identifier":[{"type":{"text":"MRN"},"value":"E4419027"},{"type":{"text":"Medicaid ID"},"value":"YH39012847"}],\n' +
      ' "name":[{"use":"official","family":"Okonjo","given":["Patience","Adaku"]}]}';
    assert.deepEqual(ofType(english, 'MEDICAL_RECORD'), ['MEDICAL_RECORD:E4419027']);
    assert.deepEqual(ofType(english, 'HEALTH_INSURANCE'), ['HEALTH_INSURANCE:YH39012847']);
    assert.deepEqual(ofType(english, 'PERSON'), ['PERSON:Okonjo', 'PERSON:Patience', 'PERSON:Adaku']);
    const korean =
      '{"resourceType":"Patient","identifier":[{"system":"urn:oid:1.2.410.100001.1","type":{"text":"등록번호"},"value":"00593318"}],\n' +
      ' "name":[{"text":"구본희"}],"gender":"female"}';
    assert.deepEqual(found(korean), ['MEDICAL_RECORD:00593318', 'PERSON:구본희']);
    assert.deepEqual(found('{"resourceType":"Device","identifier":[{"type":{"text":"Serial"},"value":"SN-4471-2290"}]}'), []);
  });

  test("a practice's CSV keyed hosp_no holds record numbers, not passports (en)", () => {
    const csv = 'slot,clinician,patient,dob,hosp_no,mobile\n08:30,ANP-2,Eleanor Whitfield,09/04/1941,H2047718,07834 219506';
    assert.deepEqual(ofType(csv, 'MEDICAL_RECORD'), ['MEDICAL_RECORD:H2047718']);
    assert.deepEqual(ofType(csv, 'PASSPORT'), []);
  });
});

describe("a roster's parties", () => {
  test("a guardian's column and phone, a payer's column, a handle with its platform (en, ko)", () => {
    const roster =
      '| Roll | Student | Guardian | Guardian phone | Fee status |\n|---|---|---|---|---|\n' +
      '| 14 | Aarav Menon | Deepa Menon | +91 98470 31562 | Paid |\n| 16 | Mohammed Faizan Shaikh | Rukhsana Shaikh | 98201 66473 | Due |';
    assert.deepEqual(found(roster), [
      'PERSON:Aarav Menon',
      'PERSON:Deepa Menon',
      'PHONE:+91 98470 31562',
      'PERSON:Mohammed Faizan Shaikh',
      'PERSON:Rukhsana Shaikh',
      'PHONE:98201 66473',
    ]);
    const creators = '| 크리에이터 | 채널 계정 | 국가 |\n|---|---|---|\n| Beatriz Souza | bia.souza.makes (Instagram) | BR |';
    assert.deepEqual(found(creators), ['PERSON:Beatriz Souza', 'USERNAME:bia.souza.makes']);
    const payments = 'receipt,time,payer,account_ref\nSEK4H7Q2ZP,2025-05-06 10:14:33,JOSEPH KIPROP,ADM-4417';
    assert.deepEqual(ofType(payments, 'PERSON'), ['PERSON:JOSEPH KIPROP']);
  });

  test('a foreign name in Hangul words under a header of people; labels and a firm before a name are none (ko)', () => {
    const contacts =
      '| 번호 | 학생 | 보호자 | 관계 |\n|---|---|---|---|\n| 7 | 김도현 | 김상우 | 부 |\n| 12 | 마리아 산토스 | Ana Santos | 모 |';
    assert.deepEqual(ofType(contacts, 'PERSON'), ['PERSON:김도현', 'PERSON:김상우', 'PERSON:마리아 산토스', 'PERSON:Ana Santos']);
    const payslip = '성명 | 사번 | 부서\n오지환 | 21-0348 | 생산관리팀\n지급 항목 | 기본급 2,870,000 | 식대 200,000';
    assert.deepEqual(ofType(payslip, 'PERSON'), ['PERSON:오지환']);
    const vendors = '거래처코드,상호,예금주,담당자\nV-0098,청해물산,청해물산 설은주,설은주';
    // The account's holder is the firm's owner, named after the firm; the firm and its name are no one.
    assert.deepEqual(ofType(vendors, 'PERSON'), ['PERSON:설은주', 'PERSON:설은주']);
  });
});

test("a name object's parts in a tool's JSON, and a record's party named without a colon (en, ko)", () => {
  const licence = '{"dl_number":"D5829147","name":{"last":"Castellanos","first":"Rosa"},"dob":"1969-10-02"}';
  assert.deepEqual(ofType(licence, 'PERSON'), ['PERSON:Castellanos', 'PERSON:Rosa']);
  assert.deepEqual(ofType('{"product":{"first":"Alpha","last":"Omega"}}', 'PERSON'), []);
  assert.deepEqual(ofType('{"고객":{"name":{"last":"김","first":"민지"}},"상태":"정상"}', 'PERSON'), ['PERSON:민지']);
  assert.deepEqual(ofType('Customer Sandeep Kulkarni (a/c 50100248173902, mobile 98230 47116) sent ₹45,000', 'PERSON'), [
    'PERSON:Sandeep Kulkarni',
  ]);
});
