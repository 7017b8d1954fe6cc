// Same seed → same params; same params and sampling seed → same rows, also after a JSON round trip; bad input fails clearly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GenstackError } from '../../../src/core/errors.ts';
import { seededRandom } from '../../../src/core/seeded-random.ts';
import { cartSynthesizer, type CartParams } from '../../../src/synth/synthesizers/cart/index.ts';
import type { EncodedTable } from '../../../src/synth/table/types.ts';
import { koreanShopTable, parabolaTable } from './fixtures.ts';

const rowsOf = (table: EncodedTable): number[][] => table.columns.map((column) => [...column.values]);

test('fitting twice with the same seed gives identical params', () => {
  const training = koreanShopTable(1200);
  assert.deepEqual(cartSynthesizer.fit(training, { seed: 9 }), cartSynthesizer.fit(training, { seed: 9 }));
});

test('params saved as JSON and loaded again sample the very same rows for a seed', () => {
  const params = cartSynthesizer.fit(koreanShopTable(1200), { seed: 9 });
  const json = JSON.stringify(params);
  assert.ok(!/NaN|Infinity/.test(json));
  const loaded = JSON.parse(json) as CartParams;
  const first = cartSynthesizer.sample(params, { rows: 500, random: seededRandom(21) });
  const second = cartSynthesizer.sample(loaded, { rows: 500, random: seededRandom(21) });
  assert.deepEqual(rowsOf(first), rowsOf(second));
  const other = cartSynthesizer.sample(params, { rows: 500, random: seededRandom(22) });
  assert.notDeepEqual(rowsOf(first), rowsOf(other));
});

test('sampled columns keep the fitted names (English and Korean), types and cardinalities', () => {
  const training = koreanShopTable(600);
  training.columns.push({
    name: 'Monthly Revenue',
    type: 'continuous',
    values: parabolaTable(600).columns[1]?.values ?? new Float64Array(0),
  });
  const synthetic = cartSynthesizer.sample(cartSynthesizer.fit(training, { seed: 1 }), { rows: 50, random: seededRandom(1) });
  assert.equal(synthetic.rowCount, 50);
  assert.deepEqual(
    synthetic.columns.map(({ name, type, cardinality }) => ({ name, type, cardinality })),
    training.columns.map(({ name, type, cardinality }) => ({ name, type, cardinality })),
  );
  assert.ok(synthetic.columns.every((column) => column.values.length === 50));
});

test('progress is reported once per column and ends at 1', () => {
  const fractions: number[] = [];
  cartSynthesizer.fit(koreanShopTable(300), { seed: 1, onProgress: (fraction) => fractions.push(fraction) });
  assert.deepEqual(fractions, [0, 0.25, 0.5, 0.75, 1]);
});

test('bad tables and damaged params fail with a GenstackError that names the problem', () => {
  const training = koreanShopTable(100);
  const badCode: EncodedTable = {
    ...training,
    columns: training.columns.map((column) => (column.name === '지역' ? { ...column, values: column.values.map(() => 7) } : column)),
  };
  assert.throws(
    () => cartSynthesizer.fit(badCode, { seed: 1 }),
    (error) => error instanceof GenstackError && /지역/.test(error.message),
  );
  assert.throws(() => cartSynthesizer.fit({ rowCount: 0, columns: [] }, { seed: 1 }), GenstackError);
  const params = cartSynthesizer.fit(training, { seed: 1 });
  const damaged = { ...params, order: [...params.order].reverse().slice(1) };
  assert.throws(() => cartSynthesizer.sample(damaged, { rows: 5, random: seededRandom(1) }), GenstackError);
});
