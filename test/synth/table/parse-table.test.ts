import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { GenstackError } from '../../../src/core/errors.ts';
import { formatTable, inferSchema, parseTable, readCsvTable, type ColumnSpec } from '../../../src/synth/table/index.ts';
import { englishTable, koreanTable } from './fixtures.ts';

test('cells become numbers, epoch ms, booleans and strings; missing spellings become null', () => {
  const raw = koreanTable(200);
  const typed = parseTable(raw, inferSchema(raw));
  assert.equal(typed.rowCount, 200);
  const [id, age, region, joined, date, amount, review] = typed.columns.map((column) => column.values);
  assert.equal(id?.[0], 'CUST-00001');
  assert.ok(age?.every((value) => value === null || typeof value === 'number'));
  assert.ok(age?.includes(null));
  assert.ok(region?.every((value) => typeof value === 'string'));
  assert.ok(joined?.every((value) => typeof value === 'boolean'));
  assert.equal(date?.[0], Date.parse(`${raw.rows[0]?.[4]?.replaceAll('.', '-')}T00:00:00Z`));
  assert.equal(amount?.[0], Number(raw.rows[0]?.[5]?.replaceAll(',', '')));
  assert.equal(typeof review?.[0], 'string');
});

test('format writes numbers without separators and keeps everything else; English table round-trips exactly', () => {
  const korean = koreanTable(300);
  const back = formatTable(parseTable(korean, inferSchema(korean)));
  assert.deepEqual(back.columns, korean.columns);
  korean.rows.forEach((row, index) => {
    const expected = row.map((value, column) => (column === 5 ? value.replaceAll(',', '') : value));
    assert.deepEqual(back.rows[index], expected);
  });
  const english = englishTable(300);
  const englishBack = formatTable(parseTable(english, inferSchema(english)));
  // 'NA' is a missing price and is written back as ''.
  assert.deepEqual(
    englishBack.rows,
    english.rows.map((row) => row.map((value) => (value === 'NA' ? '' : value))),
  );
});

test('a cell that does not fit its spec names column, line and value', () => {
  const specs: ColumnSpec[] = [
    { name: '나이', kind: 'numeric', missingRate: 0, integer: true, decimals: 0, min: 0, max: 99 },
    { name: '지역', kind: 'categorical', missingRate: 0, categories: ['서울', '부산'] },
  ];
  const raw = {
    columns: ['지역', '나이'],
    rows: [
      ['서울', '31'],
      ['부산', '서른'],
    ],
  };
  assert.throws(
    () => parseTable(raw, specs),
    (error: unknown) =>
      error instanceof GenstackError && error.code === 'invalid_request' && /'나이', line 3: '서른' is not a number/.test(error.message),
  );
  assert.throws(() => parseTable({ columns: ['지역', '나이'], rows: [['대구', '1']] }, specs), /'지역', line 2: '대구'/);
});

test('birdstrikes.csv parses and formats back to the very same strings', () => {
  const raw = readCsvTable(readFileSync('node_modules/vega-datasets/data/birdstrikes.csv', 'utf8'));
  const typed = parseTable(raw, inferSchema(raw));
  assert.deepEqual(formatTable(typed), raw);
});
