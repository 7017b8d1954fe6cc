// The rows of an SQL INSERT pasted as text: the column list names what each value holds, as a table's header does.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sqlRowsIn } from '../../../src/guard/pii/tables/sql-rows.ts';
import { assertFound } from './pii-test-helpers.ts';

describe("an SQL INSERT's rows", () => {
  test('each value under its column, a doubled quote inside a string (en)', () => {
    const text = "INSERT INTO patients (mrn, dob, ward) VALUES ('00873412', '1979-04-02', 'B3'), ('00873413', '1985-11-30', 'C1');";
    assert.deepEqual(
      sqlRowsIn(text).map((cell) => [cell.kind, text.slice(cell.start, cell.end)]),
      [
        ['MEDICAL_RECORD', '00873412'],
        ['DATE_OF_BIRTH', '1979-04-02'],
        ['MEDICAL_RECORD', '00873413'],
        ['DATE_OF_BIRTH', '1985-11-30'],
      ],
    );
  });

  test("a patient's and a customer's values found, a patients' table's member number a health plan's (en, ko)", () => {
    assertFound([
      [
        "INSERT INTO patients (mrn, full_name, dob, phone, member_id) VALUES ('00873412', 'Siobhan Connell', '1979-04-02', '312.948.2276', 'XEB448319007');",
        [
          'MEDICAL_RECORD:00873412',
          'PERSON:Siobhan Connell',
          'DATE_OF_BIRTH:1979-04-02',
          'PHONE:312.948.2276',
          'HEALTH_INSURANCE:XEB448319007',
        ],
      ],
      [
        "INSERT INTO members (id, name, email, phone, created_at) VALUES\n  (10482, '정유나', 'yuna.jung@kakao.com', '010-6612-8830', '2024-11-08 09:12:44');",
        ['PERSON:정유나', 'EMAIL:yuna.jung@kakao.com', 'PHONE:010-6612-8830'],
      ],
    ]);
  });

  test('a table of products names no one (en)', () => {
    assertFound([["INSERT INTO products (sku, title, price) VALUES ('SKU-2231', 'Harbour Lamp', '49.00');", []]]);
  });
});
