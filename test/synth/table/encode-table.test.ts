import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seededRandom } from '../../../src/core/seeded-random.ts';
import { decodeTable, encodeTable, formatTable, inferSchema, parseTable, type EncodedTable } from '../../../src/synth/table/index.ts';
import { englishTable, koreanTable } from './fixtures.ts';

test('encoding skips id and text, adds a #missing column after a continuous column with gaps, codes categories', () => {
  const raw = koreanTable(600);
  const specs = inferSchema(raw);
  const typed = parseTable(raw, specs);
  const { encoded, encoding } = encodeTable(typed, seededRandom(1));
  assert.deepEqual(
    encoded.columns.map((column) => [column.name, column.type, column.cardinality]),
    [
      ['나이', 'continuous', undefined],
      ['나이#missing', 'discrete', 2],
      ['지역', 'discrete', 5],
      ['가입', 'discrete', 2],
      ['가입일', 'continuous', undefined],
      ['구매금액', 'continuous', undefined],
    ],
  );
  assert.deepEqual(JSON.parse(JSON.stringify(encoding)), encoding);
  const ages = typed.columns[1]?.values ?? [];
  const observed = new Set(ages.filter((value) => value !== null));
  const [age, ageMissing, region] = encoded.columns;
  ages.forEach((value, index) => {
    assert.equal(ageMissing?.values[index], value === null ? 1 : 0);
    // Gaps are filled with observed ages, not a constant.
    assert.ok(observed.has(age?.values[index] ?? Number.NaN));
  });
  const filled = new Set(ages.flatMap((value, index) => (value === null ? [age?.values[index]] : [])));
  assert.ok(filled.size > 5);
  assert.equal(region?.values[0], 0);
  for (const column of encoded.columns) assert.ok(column.values.every(Number.isFinite));
});

test('encode → decode gives back the typed columns, missing values included', () => {
  for (const raw of [koreanTable(400), englishTable(400)]) {
    const specs = inferSchema(raw);
    const typed = parseTable(raw, specs);
    const { encoded, encoding } = encodeTable(typed, seededRandom(2));
    const decoded = decodeTable(encoded, JSON.parse(JSON.stringify(encoding)), specs);
    const kept = typed.columns.filter((column) => column.spec.kind !== 'id' && column.spec.kind !== 'text');
    assert.deepEqual(decoded.columns, kept);
  }
});

test('a categorical column with missing values gets one more code; decode clamps, rounds and snaps to the format', () => {
  const raw = {
    columns: ['지역', 'score', 'day', 'ok'],
    rows: [
      ['서울', '1.25', '2024-03-01', 'yes'],
      ['', '2.50', '2024-03-05', 'no'],
      ['부산', 'NA', '2024-03-09', ''],
    ],
  };
  const specs = inferSchema(raw);
  const { encoded, encoding } = encodeTable(parseTable(raw, specs), seededRandom(3));
  const region = encoded.columns.find((column) => column.name === '지역');
  assert.deepEqual([...(region?.values ?? [])], [0, 2, 1]);
  assert.equal(region?.cardinality, 3);
  const sampled: EncodedTable = {
    rowCount: 3,
    columns: [
      { name: '지역', type: 'discrete', cardinality: 3, values: Float64Array.from([7, -3, 1.4]) },
      { name: 'score', type: 'continuous', values: Float64Array.from([9, 1.3333, -4]) },
      { name: 'score#missing', type: 'discrete', cardinality: 2, values: Float64Array.from([0, 0, 1]) },
      { name: 'day', type: 'continuous', values: Float64Array.from([Date.UTC(2024, 2, 3, 13), Date.UTC(2030, 0, 1), 0]) },
      { name: 'ok', type: 'discrete', cardinality: 3, values: Float64Array.from([1, 0, 2]) },
    ],
  };
  const decoded = formatTable(decodeTable(sampled, encoding, specs));
  assert.deepEqual(decoded.rows, [
    ['', '2.50', '2024-03-04', 'yes'],
    ['서울', '1.33', '2024-03-09', 'no'],
    ['부산', '', '2024-03-01', ''],
  ]);
});
