import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { GenstackError } from '../../../src/core/errors.ts';
import { formatTable, inferSchema, parseTable, readCsvTable, type ColumnSpec } from '../../../src/synth/table/index.ts';
import { englishTable, koreanTable } from './fixtures.ts';

function byName(specs: ColumnSpec[]): Map<string, ColumnSpec> {
  return new Map(specs.map((spec) => [spec.name, spec]));
}

test('a Korean table: ids, ages with gaps, regions, 예/아니오, 2024.03.01 dates, 1,234 amounts, free-text reviews', () => {
  const specs = byName(inferSchema(koreanTable(1500)));
  assert.deepEqual(specs.get('고객번호'), { name: '고객번호', kind: 'id', missingRate: 0, pattern: 'CUST-0####', unique: true });
  const age = specs.get('나이');
  assert.ok(age?.kind === 'numeric' && age.integer && age.min >= 20 && age.max <= 69);
  assert.ok(age.missingRate > 0.05 && age.missingRate < 0.15);
  const region = specs.get('지역');
  assert.ok(region?.kind === 'categorical');
  assert.deepEqual([...region.categories].sort(), ['광주', '대구', '부산', '서울', '인천']);
  assert.deepEqual(specs.get('가입'), { name: '가입', kind: 'boolean', missingRate: 0, trueToken: '예', falseToken: '아니오' });
  const joined = specs.get('가입일');
  assert.ok(joined?.kind === 'datetime' && joined.format === 'YYYY.MM.DD');
  assert.ok(joined.min >= Date.UTC(2024, 0, 1) && joined.max <= Date.UTC(2024, 11, 28));
  const amount = specs.get('구매금액');
  assert.ok(amount?.kind === 'numeric' && amount.integer && amount.max > 1_000_000 && amount.decimals === 0);
  assert.equal(specs.get('후기')?.kind, 'text');
});

test('an English table: integer order ids, NA gaps, Y/N, minute timestamps, None as a category', () => {
  const specs = byName(inferSchema(englishTable(1000)));
  const orderId = specs.get('order_id');
  assert.ok(orderId?.kind === 'id' && orderId.unique);
  const price = specs.get('price');
  assert.ok(price?.kind === 'numeric' && !price.integer && price.decimals === 2 && price.missingRate > 0);
  assert.deepEqual(specs.get('gift'), { name: 'gift', kind: 'boolean', missingRate: 0, trueToken: 'Y', falseToken: 'N' });
  const ordered = specs.get('ordered_at');
  assert.ok(ordered?.kind === 'datetime' && ordered.format === 'YYYY-MM-DD HH:mm');
  const status = specs.get('status');
  assert.ok(status?.kind === 'categorical' && status.categories.includes('None') && status.missingRate === 0);
  assert.equal(specs.get('sku')?.kind, 'categorical');
});

test('small rules: 0/1 stays numeric, zero-padded codes stay categorical, invalid dates are not datetimes, all-missing is categorical', () => {
  const raw = {
    columns: ['flag', 'zip', 'day', 'empty', 'when'],
    rows: [
      ['0', '01234', '2024-02-30', '', '2024-03-01T09:00:00+09:00'],
      ['1', '02345', '2024-02-28', 'NA', '2024-03-02T10:30:00Z'],
      ['1', '01234', '2024-02-28', 'null', ''],
    ],
  };
  const specs = byName(inferSchema(raw));
  assert.equal(specs.get('flag')?.kind, 'numeric');
  assert.equal(specs.get('zip')?.kind, 'categorical');
  assert.equal(specs.get('day')?.kind, 'categorical');
  assert.deepEqual(specs.get('empty'), { name: 'empty', kind: 'categorical', missingRate: 1, categories: [] });
  const when = specs.get('when');
  assert.ok(when?.kind === 'datetime' && when.format === 'iso' && when.min === Date.UTC(2024, 2, 1, 0, 0));
});

test('overrides force a kind and refuse what cannot be read that way', () => {
  const raw = {
    columns: ['flag', '지역', 'note'],
    rows: [
      ['1', '서울', 'a'],
      ['0', '부산', 'b'],
    ],
  };
  const specs = byName(inferSchema(raw, { flag: 'boolean', 지역: 'text' }));
  assert.deepEqual(specs.get('flag'), { name: 'flag', kind: 'boolean', missingRate: 0, trueToken: '1', falseToken: '0' });
  assert.equal(specs.get('지역')?.kind, 'text');
  const refused = (run: () => unknown, pattern: RegExp): void =>
    assert.throws(
      run,
      (error: unknown) => error instanceof GenstackError && error.code === 'invalid_request' && pattern.test(error.message),
    );
  refused(() => inferSchema(raw, { 지역: 'numeric' }), /'지역' cannot be numeric: '서울' is not a number/);
  refused(() => inferSchema(raw, { note: 'datetime' }), /'note' cannot be datetime: 'a'/);
  refused(() => inferSchema(raw, { 나이: 'numeric' }), /unknown column '나이'/);
});

test('birdstrikes.csv: dates, costs, speed with gaps and airports get sensible kinds', () => {
  const raw = readCsvTable(readFileSync('node_modules/vega-datasets/data/birdstrikes.csv', 'utf8'));
  const specs = byName(inferSchema(raw));
  assert.equal(specs.size, 14);
  const flightDate = specs.get('Flight Date');
  assert.ok(flightDate?.kind === 'datetime' && flightDate.format === 'YYYY-MM-DD');
  for (const cost of ['Cost Other', 'Cost Repair', 'Cost Total $']) {
    const spec = specs.get(cost);
    assert.ok(spec?.kind === 'numeric' && spec.integer && spec.min === 0, cost);
  }
  const speed = specs.get('Speed IAS in knots');
  assert.ok(speed?.kind === 'numeric' && speed.missingRate > 0.2 && speed.missingRate < 0.35);
  const airport = specs.get('Airport Name');
  assert.ok(airport?.kind === 'categorical' && airport.categories.length === 50);
  const damage = specs.get('Effect Amount of damage');
  assert.ok(damage?.kind === 'categorical' && damage.categories.includes('None') && damage.missingRate === 0);
  assert.equal(specs.get('Wildlife Size')?.kind, 'categorical');
});

test('a repeated key with many values is an id (customer_id, 고객번호); a few repeated codes stay categories', () => {
  const rows = Array.from({ length: 600 }, (_, index) => [
    `C-${String(1000 + (index % 240)).padStart(5, '0')}`,
    `K${String(index % 300).padStart(6, '0')}`,
    `S-0${index % 5}`,
    String(index),
  ]);
  const specs = inferSchema({ columns: ['customer_id', '고객번호', 'store_id', 'amount'], rows });
  const byName = new Map(specs.map((spec) => [spec.name, spec]));
  assert.equal(byName.get('customer_id')?.kind, 'id');
  assert.equal(byName.get('고객번호')?.kind, 'id');
  assert.equal(byName.get('store_id')?.kind, 'categorical');
  const customer = byName.get('customer_id');
  assert.ok(customer?.kind === 'id' && !customer.unique, 'repeated keys are not unique');
});

test('month-name, US, European and Korean dates are datetimes that write back unchanged; unique short titles are text', () => {
  const raw = {
    columns: ['Release Date', 'shipped', 'geliefert', '가입일', 'Title'],
    rows: Array.from({ length: 30 }, (_, index) => {
      const day = String((index % 28) + 1).padStart(2, '0');
      return [
        `Jun ${day} 1998`,
        `03/${day}/2024`,
        `${day}.04.2024`,
        `2024년 3월 ${(index % 28) + 1}일`,
        `${['Silent', 'Golden', 'Last', 'Broken', 'Hidden', 'Wild'][index % 6]} ${['River', 'Summer', 'Promise', 'Garden', 'Road'][Math.floor(index / 6)]}`,
      ];
    }),
  };
  const specs = inferSchema(raw);
  assert.deepEqual(
    specs.map((spec) => (spec.kind === 'datetime' ? spec.format : spec.kind)),
    ['MMM DD YYYY', 'MM/DD/YYYY', 'DD.MM.YYYY', 'YYYY년 M월 D일', 'text'],
  );
  assert.deepEqual(formatTable(parseTable(raw, specs)).rows, raw.rows);
});
