// Hourly machine readings: the daily cycle, AR noise, sequence lengths and 라인/model level shifts survive synthesis.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seededRandom } from '../../../src/core/seeded-random.ts';
import { timeseriesSynthesizer } from '../../../src/synth/synthesizers/timeseries/index.ts';
import { columnValues, ksStatistic, machineSequences, meanWhere, pooledAutocorrelation } from './sequence-fixtures.ts';

const real = machineSequences(11, 60);
const params = timeseriesSynthesizer.fit(real, { contextColumns: ['라인', 'model'], timeColumn: 'time' }, { seed: 1 });
const synthetic = timeseriesSynthesizer.sample(params, { entities: 150, random: seededRandom(5) });
const channels = ['온도', 'vibration', 'pressure'];

test('finds the 24-hour cycle in the cycling channels and none in pressure', () => {
  assert.deepEqual(
    params.channels.map((channel) => channel.period),
    [24, 24, 0],
  );
});

test('keeps lag-1 autocorrelation within 0.1 of the real series', () => {
  for (const column of channels) {
    const realValue = pooledAutocorrelation(real, { column, lag: 1 });
    const syntheticValue = pooledAutocorrelation(synthetic, { column, lag: 1 });
    assert.ok(
      Math.abs(realValue - syntheticValue) < 0.1,
      `${column}: real ${realValue.toFixed(3)} vs synthetic ${syntheticValue.toFixed(3)}`,
    );
  }
});

test('keeps the sign and size of the 24-lag autocorrelation', () => {
  for (const column of channels) {
    const realValue = pooledAutocorrelation(real, { column, lag: 24 });
    const syntheticValue = pooledAutocorrelation(synthetic, { column, lag: 24 });
    if (Math.abs(realValue) > 0.2) assert.equal(Math.sign(syntheticValue), Math.sign(realValue), column);
    assert.ok(
      Math.abs(realValue - syntheticValue) < 0.15,
      `${column}: real ${realValue.toFixed(3)} vs synthetic ${syntheticValue.toFixed(3)}`,
    );
  }
});

test('keeps the sequence length distribution (KS < 0.2)', () => {
  assert.ok(ksStatistic(real.lengths, synthetic.lengths) < 0.2);
});

test('orders per-context mean levels as in the real data', () => {
  for (const column of channels) {
    for (const by of ['라인', 'model']) {
      const realGap = meanWhere(real, { column, by, code: 1 }) - meanWhere(real, { column, by, code: 0 });
      const syntheticGap = meanWhere(synthetic, { column, by, code: 1 }) - meanWhere(synthetic, { column, by, code: 0 });
      // Only gaps the data clearly show have an order to keep.
      if (Math.abs(realGap) > 0.3) assert.equal(Math.sign(syntheticGap), Math.sign(realGap), `${column} by ${by}`);
    }
  }
  assert.ok(
    meanWhere(synthetic, { column: '온도', by: '라인', code: 1 }) - meanWhere(synthetic, { column: '온도', by: '라인', code: 0 }) > 3,
  );
});

test('keeps context constant within each sampled sequence and steps exactly one hour', () => {
  const time = columnValues(synthetic, 'time');
  for (const name of ['라인', 'model']) {
    const values = columnValues(synthetic, name);
    synthetic.starts.forEach((start, entity) => {
      for (let row = start; row < start + (synthetic.lengths[entity] ?? 0); row++) assert.equal(values[row], values[start]);
    });
  }
  synthetic.starts.forEach((start, entity) => {
    assert.equal((time[start] ?? 0) % 3_600_000, 0);
    for (let row = start + 1; row < start + (synthetic.lengths[entity] ?? 0); row++)
      assert.equal((time[row] ?? 0) - (time[row - 1] ?? 0), 3_600_000);
  });
});

test('returns the fitted columns with the same names, types and cardinalities', () => {
  assert.deepEqual(
    synthetic.table.columns.map(({ name, type, cardinality }) => ({ name, type, cardinality })),
    real.table.columns.map(({ name, type, cardinality }) => ({ name, type, cardinality })),
  );
  assert.equal(synthetic.starts.length, 150);
  assert.equal(
    synthetic.table.rowCount,
    synthetic.lengths.reduce((sum, length) => sum + length, 0),
  );
});

test('copies no training sequence: no sampled 온도 series starts like a real one', () => {
  const prefix = (data: typeof real, entity: number) =>
    Array.from(columnValues(data, '온도').subarray(data.starts[entity] ?? 0, (data.starts[entity] ?? 0) + 3)).join(',');
  const realPrefixes = new Set(real.starts.map((_, entity) => prefix(real, entity)));
  assert.ok(synthetic.starts.every((_, entity) => !realPrefixes.has(prefix(synthetic, entity))));
});
