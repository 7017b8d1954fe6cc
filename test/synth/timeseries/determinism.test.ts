// Reproducibility, JSON round trips and input validation of the timeseries synthesizer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seededRandom } from '../../../src/core/seeded-random.ts';
import { GenstackError } from '../../../src/core/errors.ts';
import { timeseriesSynthesizer, type TimeseriesParams } from '../../../src/synth/synthesizers/timeseries/index.ts';
import { cardTransactions, machineSequences } from './sequence-fixtures.ts';

const machines = machineSequences(21, 20);
const layout = { contextColumns: ['라인', 'model'], timeColumn: 'time' };
const params = timeseriesSynthesizer.fit(machines, layout, { seed: 1 });
const plain = (data: ReturnType<typeof timeseriesSynthesizer.sample>) => ({
  ...data,
  table: { ...data.table, columns: data.table.columns.map((column) => ({ ...column, values: Array.from(column.values) })) },
});

test('the same seed samples the same sequences; another seed does not', () => {
  const first = timeseriesSynthesizer.sample(params, { entities: 12, random: seededRandom(3) });
  const second = timeseriesSynthesizer.sample(params, { entities: 12, random: seededRandom(3) });
  const other = timeseriesSynthesizer.sample(params, { entities: 12, random: seededRandom(4) });
  assert.deepEqual(plain(first), plain(second));
  assert.notDeepEqual(plain(first), plain(other));
});

test('fitting twice gives the same params, and a JSON round trip samples identically', () => {
  assert.deepEqual(timeseriesSynthesizer.fit(machines, layout, { seed: 1 }), params);
  const loaded = JSON.parse(JSON.stringify(params)) as TimeseriesParams;
  assert.deepEqual(loaded, params);
  const fromLoaded = timeseriesSynthesizer.sample(loaded, { entities: 8, random: seededRandom(7) });
  const fromFitted = timeseriesSynthesizer.sample(params, { entities: 8, random: seededRandom(7) });
  assert.deepEqual(plain(fromLoaded), plain(fromFitted));
});

test('params are plain JSON: no NaN, Infinity or typed arrays', () => {
  const check = (value: unknown): void => {
    if (typeof value === 'number') assert.ok(Number.isFinite(value));
    else if (ArrayBuffer.isView(value)) assert.fail('typed array in params');
    else if (Array.isArray(value)) value.forEach(check);
    else if (value && typeof value === 'object') Object.values(value).forEach(check);
  };
  check(params);
  check(timeseriesSynthesizer.fit(cardTransactions(5, 40), { contextColumns: ['고객 등급'], timeColumn: 'time' }, { seed: 1 }));
});

test('reports progress while fitting and sampling', () => {
  const fitProgress: number[] = [];
  timeseriesSynthesizer.fit(machines, layout, { seed: 1, onProgress: (fraction) => fitProgress.push(fraction) });
  assert.equal(fitProgress.at(-1), 1);
  const sampleProgress: number[] = [];
  timeseriesSynthesizer.sample(params, { entities: 20, random: seededRandom(1), onProgress: (fraction) => sampleProgress.push(fraction) });
  assert.equal(sampleProgress.at(-1), 1);
});

test('rejects a missing context column and broken entity ranges with clear errors', () => {
  assert.throws(
    () => timeseriesSynthesizer.fit(machines, { contextColumns: ['지역'], timeColumn: 'time' }, { seed: 1 }),
    (error: unknown) => error instanceof GenstackError && error.code === 'invalid_request' && error.message.includes('지역'),
  );
  assert.throws(
    () => timeseriesSynthesizer.fit({ ...machines, lengths: machines.lengths.map((length) => length + 1) }, layout, { seed: 1 }),
    (error: unknown) => error instanceof GenstackError && error.code === 'unprocessable',
  );
  assert.throws(() => timeseriesSynthesizer.sample(params, { entities: -1, random: seededRandom(1) }), GenstackError);
});
