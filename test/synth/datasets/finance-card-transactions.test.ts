// finance-card-transactions: Korean card data whose fraud label follows realistic patterns (rate, night hours, bursts, size).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateDataset } from '../../../src/synth/datasets/index.ts';

const table = generateDataset('finance-card-transactions', { rows: 8000, seed: 5 });
const column = (name: string) => {
  const index = table.columns.indexOf(name);
  assert.ok(index >= 0, name);
  return (row: string[]) => row[index] ?? '';
};
const fraud = column('is_fraud');
const timestamp = column('timestamp');
const amount = column('amount');
const isNight = (row: string[]) => Number(timestamp(row).slice(11, 13)) < 6;
const fraudRate = (rows: string[][]) => rows.filter((row) => fraud(row) === 'true').length / rows.length;

test('about 1.5% of transactions are fraud, for several seeds', () => {
  for (const seed of [1, 2, 3]) {
    const rate = fraudRate(generateDataset('finance-card-transactions', { rows: 5000, seed }).rows);
    assert.ok(rate >= 0.005 && rate <= 0.03, `seed ${seed}: ${rate}`);
  }
});

test('fraud is far more likely at night (00–05 h) than in the day', () => {
  const night = fraudRate(table.rows.filter(isNight));
  const day = fraudRate(table.rows.filter((row) => !isNight(row)));
  assert.ok(night > 3 * day, `night ${night}, day ${day}`);
});

test('fraud amounts are larger and fraud comes in bursts on one card', () => {
  const median = (values: number[]) => values.sort((left, right) => left - right)[values.length >> 1] ?? 0;
  const fraudRows = table.rows.filter((row) => fraud(row) === 'true');
  const legitimate = table.rows.filter((row) => fraud(row) === 'false');
  assert.ok(median(fraudRows.map((row) => Number(amount(row)))) > 3 * median(legitimate.map((row) => Number(amount(row)))));
  const customer = column('customer_id');
  const perCard = new Map<string, number>();
  for (const row of fraudRows) perCard.set(customer(row), (perCard.get(customer(row)) ?? 0) + 1);
  assert.ok(
    [...perCard.values()].some((count) => count >= 3),
    'some card has a burst of 3+ fraudulent transactions',
  );
});

test('ids, formats and Korean values look like a Korean issuer export', () => {
  const ids = table.rows.map(column('transaction_id'));
  assert.equal(new Set(ids).size, ids.length);
  assert.ok(ids.every((id) => /^TX-\d{8}$/.test(id)));
  const customers = table.rows.map(column('customer_id'));
  assert.ok(customers.every((id) => /^C-\d{5}$/.test(id)));
  assert.ok(new Set(customers).size < table.rows.length / 5, 'customers have several transactions');
  const times = table.rows.map(timestamp);
  assert.ok(times.every((time) => /^2025-0[1-3]-\d{2} \d{2}:\d{2}:\d{2}$/.test(time)));
  assert.deepEqual([...times].sort(), times, 'sorted by time');
  assert.ok(
    table.rows.every((row) => /^[1-9]\d*$/.test(amount(row))),
    'amounts are positive whole won',
  );
  const regions = new Set(table.rows.map(column('region')));
  assert.ok(regions.has('서울') && regions.has('경기') && regions.has('부산'));
  const categories = new Set(table.rows.map(column('merchant_category')));
  for (const category of ['편의점', '마트', '온라인쇼핑', '주유소', '음식점', '카페', '해외가맹점'])
    assert.ok(categories.has(category), category);
  assert.deepEqual(new Set(table.rows.map(column('card_type'))), new Set(['신용', '체크']));
  assert.deepEqual(new Set(table.rows.map(column('channel'))), new Set(['chip', 'contactless', 'online', 'atm']));
});

test('merchant categories keep their price levels and abroad means foreign', () => {
  const category = column('merchant_category');
  const median = (name: string) => {
    const values = table.rows.filter((row) => category(row) === name && fraud(row) === 'false').map((row) => Number(amount(row)));
    return values.sort((left, right) => left - right)[values.length >> 1] ?? 0;
  };
  assert.ok(median('카페') < median('음식점') && median('음식점') < median('마트') && median('마트') < median('백화점'));
  const foreign = column('is_foreign');
  assert.ok(table.rows.filter((row) => category(row) === '해외가맹점').every((row) => foreign(row) === 'true'));
  assert.ok(table.rows.filter((row) => category(row) === '카페').every((row) => foreign(row) === 'false'));
  const channel = column('channel');
  assert.ok(table.rows.filter((row) => channel(row) === 'atm').every((row) => Number(amount(row)) % 10_000 === 0));
});
