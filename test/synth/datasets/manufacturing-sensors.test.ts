// manufacturing-sensors: hourly machine series with a daily cycle, per-model levels and drifts before rare failures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateDataset } from '../../../src/synth/datasets/index.ts';

const table = generateDataset('manufacturing-sensors', { rows: 30, seed: 4 });
const column = (name: string) => {
  const index = table.columns.indexOf(name);
  assert.ok(index >= 0, name);
  return (row: string[]) => row[index] ?? '';
};
const machine = column('machine_id');
const timestamp = column('timestamp');
const vibration = column('vibration');
const failure = column('failure');

function seriesByMachine(): Map<string, string[][]> {
  const series = new Map<string, string[][]>();
  for (const row of table.rows) series.set(machine(row), [...(series.get(machine(row)) ?? []), row]);
  return series;
}

test('each machine is one hourly series of 200–500 steps with a fixed line and model', () => {
  const series = seriesByMachine();
  assert.equal(series.size, 30);
  for (const [id, rows] of series) {
    assert.match(id, /^M-\d{3}$/);
    assert.ok(rows.length >= 200 && rows.length <= 500, `${id}: ${rows.length}`);
    assert.equal(new Set(rows.map(column('line'))).size, 1);
    assert.equal(new Set(rows.map(column('model'))).size, 1);
    rows.forEach((row, index) => {
      if (index === 0) return;
      const gap =
        Date.parse(timestamp(row).replace(' ', 'T') + 'Z') - Date.parse(timestamp(rows[index - 1] ?? row).replace(' ', 'T') + 'Z');
      assert.equal(gap, 3_600_000, `${id} step ${index}`);
    });
  }
  const lengths = [...series.values()].map((rows) => rows.length);
  assert.ok(new Set(lengths).size > 5, 'lengths vary');
});

test('temperature follows a daily cycle', () => {
  const sums = new Float64Array(24);
  const counts = new Float64Array(24);
  const temperature = column('temperature');
  for (const row of table.rows) {
    const hour = Number(timestamp(row).slice(11, 13));
    sums[hour] = (sums[hour] ?? 0) + Number(temperature(row));
    counts[hour] = (counts[hour] ?? 0) + 1;
  }
  const means = [...sums].map((sum, hour) => sum / (counts[hour] ?? 1));
  assert.ok(Math.max(...means) - Math.min(...means) > 3, means.join(' '));
  assert.ok((means[15] ?? 0) > (means[3] ?? 0), 'afternoon is hotter than 3 am');
});

test('failures are rare and preceded by rising vibration', () => {
  const failures = table.rows.filter((row) => failure(row) === 'true');
  assert.ok(failures.length > 0 && failures.length / table.rows.length < 0.01);
  let checked = 0;
  for (const rows of seriesByMachine().values()) {
    rows.forEach((row, index) => {
      if (failure(row) !== 'true' || index < 96) return;
      const mean = (from: number, to: number) =>
        rows.slice(index - from, index - to).reduce((sum, other) => sum + Number(vibration(other)), 0) / (from - to);
      assert.ok(mean(12, 0) > 1.3 * mean(96, 72), `${machine(row)} at ${timestamp(row)}`);
      checked += 1;
    });
  }
  assert.ok(checked > 0);
});

test('levels differ by model', () => {
  const model = column('model');
  const pressure = column('pressure');
  const meanPressure = (name: string) => {
    const rows = table.rows.filter((row) => model(row) === name);
    return rows.reduce((sum, row) => sum + Number(pressure(row)), 0) / rows.length;
  };
  assert.ok(meanPressure('HX-200') > 10 * meanPressure('CNC-5100'));
});
