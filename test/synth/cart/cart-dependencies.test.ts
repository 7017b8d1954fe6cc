// The CART synthesizer brings back dependencies a Gaussian copula cannot express: a parabola, XOR, a region × industry interaction.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seededRandom } from '../../../src/core/seeded-random.ts';
import { pearsonCorrelation } from '../../../src/synth/stats/index.ts';
import { cartSynthesizer } from '../../../src/synth/synthesizers/cart/index.ts';
import { columnValues, costTable, industries, koreanShopTable, parabolaTable, regions, salesMean, xorTable } from './fixtures.ts';

test('y = x² comes back: |x| predicts y although x and y are uncorrelated', () => {
  const params = cartSynthesizer.fit(parabolaTable(2000), { seed: 1 });
  const synthetic = cartSynthesizer.sample(params, { rows: 2000, random: seededRandom(2) });
  const x = columnValues(synthetic, 'x');
  const y = columnValues(synthetic, 'y');
  assert.ok(pearsonCorrelation(x.map(Math.abs), y) > 0.85, `corr(|x|, y) = ${pearsonCorrelation(x.map(Math.abs), y)}`);
  assert.ok(Math.abs(pearsonCorrelation(x, y)) < 0.15);
});

test('XOR of two booleans comes back although no single split gains anything', () => {
  const params = cartSynthesizer.fit(xorTable(2000), { seed: 1 });
  const synthetic = cartSynthesizer.sample(params, { rows: 2000, random: seededRandom(3) });
  const [parity, a, b] = ['parity', 'a', 'b'].map((name) => columnValues(synthetic, name));
  let agree = 0;
  for (let row = 0; row < synthetic.rowCount; row += 1) if (((a?.[row] ?? 0) !== (b?.[row] ?? 0) ? 1 : 0) === parity?.[row]) agree += 1;
  assert.ok(agree / synthetic.rowCount >= 0.9, `XOR agreement ${agree / synthetic.rowCount}`);
});

test('지역 × 업종 interaction on 매출 keeps each cell mean (Korean names and categories)', () => {
  const params = cartSynthesizer.fit(koreanShopTable(3000), { seed: 5 });
  const synthetic = cartSynthesizer.sample(params, { rows: 6000, random: seededRandom(6) });
  const region = columnValues(synthetic, '지역');
  const industry = columnValues(synthetic, '업종');
  const sales = columnValues(synthetic, '매출');
  regions.forEach((regionName, regionCode) =>
    industries.forEach((industryName, industryCode) => {
      const open: number[] = [];
      for (let row = 0; row < synthetic.rowCount; row += 1)
        if (region[row] === regionCode && industry[row] === industryCode && (sales[row] ?? 0) > 0) open.push(sales[row] ?? 0);
      const mean = open.reduce((sum, value) => sum + value, 0) / open.length;
      const expected = (salesMean[regionCode]?.[industryCode] ?? 0) * Math.exp(0.02);
      assert.ok(Math.abs(mean - expected) / expected < 0.15, `${regionName}/${industryName}: ${mean} vs ${expected}`);
    }),
  );
});

test('heavy-tailed costs that add up keep their Pearson correlation (leaf lines, not just leaf quantiles)', () => {
  const training = costTable(3000);
  const params = cartSynthesizer.fit(training, { seed: 2 });
  const synthetic = cartSynthesizer.sample(params, { rows: 3000, random: seededRandom(8) });
  const correlation = (table: typeof training): number =>
    pearsonCorrelation(columnValues(table, 'Cost Repair'), columnValues(table, 'Cost Total $'));
  assert.ok(Math.abs(correlation(training) - correlation(synthetic)) < 0.1, `ρ ${correlation(synthetic)} vs ${correlation(training)}`);
});
