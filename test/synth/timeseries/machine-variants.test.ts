// Machine readings without a time column (cycles out of step between machines) and with a failure label channel.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seededRandom } from '../../../src/core/seeded-random.ts';
import { timeseriesSynthesizer } from '../../../src/synth/synthesizers/timeseries/index.ts';
import { machineSequences, meanWhere, pooledAutocorrelation, transitionFrequencies, withFailureLabel } from './sequence-fixtures.ts';

const machines = machineSequences(21, 50);

test('without a time column, lines up out-of-step daily cycles and keeps the 12- and 24-lag autocorrelation', () => {
  const withoutTime = {
    ...machines,
    table: { ...machines.table, columns: machines.table.columns.filter((column) => column.name !== 'time') },
  };
  const params = timeseriesSynthesizer.fit(withoutTime, { contextColumns: ['라인'], timeColumn: null }, { seed: 1 });
  assert.equal(params.phaseClock.shiftPeriod, 24);
  const synthetic = timeseriesSynthesizer.sample(params, { entities: 100, random: seededRandom(2) });
  assert.equal(synthetic.table.columns.length, 5);
  for (const lag of [1, 12, 24]) {
    const realValue = pooledAutocorrelation(withoutTime, { column: '온도', lag });
    const syntheticValue = pooledAutocorrelation(synthetic, { column: '온도', lag });
    assert.ok(
      Math.abs(realValue - syntheticValue) < 0.1,
      `lag ${lag}: real ${realValue.toFixed(3)} vs synthetic ${syntheticValue.toFixed(3)}`,
    );
  }
});

test('a failure label keeps its persistence, its rate and its link to hot readings', () => {
  const real = withFailureLabel(machines, 3);
  const params = timeseriesSynthesizer.fit(real, { contextColumns: ['라인', 'model'], timeColumn: 'time' }, { seed: 1 });
  assert.notEqual(params.events[0]?.condition.kind, 'none');
  const synthetic = timeseriesSynthesizer.sample(params, { entities: 80, random: seededRandom(4) });
  const realFrequencies = transitionFrequencies(real, 'failure', 2);
  const syntheticFrequencies = transitionFrequencies(synthetic, 'failure', 2);
  for (const previous of [0, 1]) {
    const difference = Math.abs((realFrequencies[previous]?.[1] ?? 0) - (syntheticFrequencies[previous]?.[1] ?? 0));
    assert.ok(
      difference < 0.06,
      `p(failure | ${previous}): ${realFrequencies[previous]?.[1]?.toFixed(3)} vs ${syntheticFrequencies[previous]?.[1]?.toFixed(3)}`,
    );
  }
  const hotGap =
    meanWhere(synthetic, { column: '온도', by: 'failure', code: 1 }) - meanWhere(synthetic, { column: '온도', by: 'failure', code: 0 });
  assert.ok(hotGap > 1, `온도 during failure exceeds the rest by ${hotGap.toFixed(2)}`);
});
