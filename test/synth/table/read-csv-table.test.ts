import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GenstackError } from '../../../src/core/errors.ts';
import { readCsvTable, writeCsvTable } from '../../../src/synth/table/index.ts';

function errorOf(run: () => unknown): GenstackError {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof GenstackError);
    return error;
  }
  assert.fail('expected a GenstackError');
}

test('a UTF-8 BOM is dropped and a Korean header is read', () => {
  const raw = readCsvTable('\ufeff나이,지역\r\n31,서울\r\n45,부산\r\n');
  assert.deepEqual(raw.columns, ['나이', '지역']);
  assert.deepEqual(raw.rows, [
    ['31', '서울'],
    ['45', '부산'],
  ]);
});

test('quoted fields keep delimiters, doubled quotes and line breaks; header names are trimmed', () => {
  const raw = readCsvTable(' name , note\n"Kim, J.","said ""hi""\nthen left"\nLee,\n');
  assert.deepEqual(raw.columns, ['name', 'note']);
  assert.deepEqual(raw.rows, [
    ['Kim, J.', 'said "hi"\nthen left'],
    ['Lee', ''],
  ]);
});

test('semicolon and tab files are read by their delimiter', () => {
  assert.deepEqual(readCsvTable('이름;가격\n사과;1,000\n배;2,500').rows, [
    ['사과', '1,000'],
    ['배', '2,500'],
  ]);
  assert.deepEqual(readCsvTable('a\tb\n1\t2\n').columns, ['a', 'b']);
});

test('a ragged row names its line (counting blank lines and quoted line breaks) and the field counts', () => {
  const error = errorOf(() => readCsvTable('a,b,c\n1,2,3\n\n"x\ny",5,6\n7,8\n'));
  assert.equal(error.code, 'invalid_request');
  assert.match(error.message, /line 6 has 2 fields but the header has 3 columns/);
  assert.deepEqual(error.details, { line: 6, fields: 2, columns: 3 });
});

test('duplicate and empty header names are refused by name', () => {
  const duplicate = errorOf(() => readCsvTable('지역,나이,지역\n서울,3,부산\n'));
  assert.equal(duplicate.code, 'invalid_request');
  assert.match(duplicate.message, /'지역' appears twice .*columns 1 and 3/);
  const empty = errorOf(() => readCsvTable('a,,c\n1,2,3\n'));
  assert.match(empty.message, /Column 2 .* empty name/);
});

test('a header without data rows is refused; too many rows are payload_too_large', () => {
  assert.equal(errorOf(() => readCsvTable('a,b\n')).code, 'invalid_request');
  assert.equal(errorOf(() => readCsvTable('')).code, 'invalid_request');
  const tooLarge = errorOf(() => readCsvTable('a\n1\n2\n3\n', { maxRows: 2 }));
  assert.equal(tooLarge.code, 'payload_too_large');
  assert.equal(tooLarge.status, 413);
  assert.equal(readCsvTable('a\n1\n2\n', { maxRows: 2 }).rows.length, 2);
});

test('writeCsvTable output reads back to the same table', () => {
  const raw = {
    columns: ['이름', '메모'],
    rows: [
      ['김', 'a,b'],
      ['"이"', ' 앞뒤 공백 '],
      ['박', 'line\nbreak'],
    ],
  };
  assert.deepEqual(readCsvTable(writeCsvTable(raw)), raw);
});
