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
