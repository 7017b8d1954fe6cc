// Irregular card transactions: merchant-category transitions, increasing times, positive amounts and segment effects.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seededRandom } from '../../../src/core/seeded-random.ts';
import { timeseriesSynthesizer } from '../../../src/synth/synthesizers/timeseries/index.ts';
import { cardTransactions, categories, columnValues, ksStatistic, meanWhere, transitionFrequencies } from './sequence-fixtures.ts';

const real = cardTransactions(3, 250);
const params = timeseriesSynthesizer.fit(real, { contextColumns: ['고객 등급'], timeColumn: 'time' }, { seed: 1 });
const synthetic = timeseriesSynthesizer.sample(params, { entities: 250, random: seededRandom(9) });

test('keeps merchant-category transition frequencies roughly', () => {
  const realFrequencies = transitionFrequencies(real, 'category', categories.length);
  const syntheticFrequencies = transitionFrequencies(synthetic, 'category', categories.length);
  realFrequencies.forEach((line, previous) =>
    line.forEach((frequency, next) => {
      const difference = Math.abs(frequency - (syntheticFrequencies[previous]?.[next] ?? 0));
      assert.ok(
        difference < 0.08,
        `${categories[previous]} → ${categories[next]}: ${frequency.toFixed(2)} vs ${syntheticFrequencies[previous]?.[next]?.toFixed(2)}`,
      );
    }),
  );
});

test('times increase within each sequence, on whole minutes, with a similar gap distribution', () => {
  assert.equal(params.time?.kind, 'irregular');
  const gaps = (data: typeof real) => {
    const time = columnValues(data, 'time');
    return data.starts.flatMap((start, entity) =>
      Array.from({ length: (data.lengths[entity] ?? 1) - 1 }, (_, step) => (time[start + step + 1] ?? 0) - (time[start + step] ?? 0)),
    );
  };
  const syntheticGaps = gaps(synthetic);
  assert.ok(syntheticGaps.every((gap) => gap > 0));
  assert.ok(Array.from(columnValues(synthetic, 'time')).every((time) => time % 60_000 === 0));
  assert.ok(ksStatistic(gaps(real), syntheticGaps) < 0.1);
});

test('keeps the quiet night hours of the real transactions', () => {
  const nightShare = (data: typeof real) => {
    const hours = Array.from(columnValues(data, 'time'), (time) => new Date(time).getUTCHours());
    return hours.filter((hour) => hour < 7).length / hours.length;
  };
  assert.ok(
    nightShare(synthetic) < 0.15,
    `night share ${nightShare(synthetic).toFixed(3)} (real ${nightShare(real).toFixed(3)}, flat would be 0.29)`,
  );
});

test('amounts stay positive and keep the VIP and category effects', () => {
  assert.ok(Array.from(columnValues(synthetic, 'amount')).every((amount) => amount > 0));
  const segmentGap = (data: typeof real) =>
    meanWhere(data, { column: 'amount', by: '고객 등급', code: 1 }) / meanWhere(data, { column: 'amount', by: '고객 등급', code: 0 });
  assert.ok(segmentGap(synthetic) > 2, `VIP / 일반 amount ratio ${segmentGap(synthetic).toFixed(2)}`);
  const categoryMean = (data: typeof real, code: number) => meanWhere(data, { column: 'amount', by: 'category', code });
  assert.ok(categoryMean(synthetic, 3) > categoryMean(synthetic, 0));
});
