// Gaussian copula end to end: correlations and category frequencies preserved, conditions honoured, samples reproducible.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GenstackError } from '../../../src/core/errors.ts';
import { seededRandom } from '../../../src/core/seeded-random.ts';
import { pearsonCorrelation } from '../../../src/synth/stats/index.ts';
import { gaussianCopula } from '../../../src/synth/synthesizers/gaussian-copula/index.ts';
import type { EncodedTable } from '../../../src/synth/table/types.ts';
import { correlatedTable, koreanTable, mean, regionMeanAge, regions, standardDeviation } from './tables.ts';

const values = (table: EncodedTable, index: number) => table.columns[index]?.values ?? new Float64Array(0);

function meanAgeByRegion(table: EncodedTable): number[] {
  const region = values(table, 0);
  const age = values(table, 1);
  return regions.map((_, code) => mean(Array.from(age).filter((_, row) => region[row] === code)));
}

test('a ρ = 0.8 pair comes back with ρ ≈ 0.8', () => {
  const real = correlatedTable(0.8);
  const params = gaussianCopula.fit(real, { seed: 1 });
  assert.ok(Math.abs((params.correlation[0]?.[1] ?? 0) - 0.8) < 0.03);
  const synthetic = gaussianCopula.sample(params, { rows: 5000, random: seededRandom(2) });
  const rho = pearsonCorrelation(values(synthetic, 0), values(synthetic, 1));
  assert.ok(Math.abs(rho - 0.8) < 0.04, `ρ = ${rho}`);
});

test('Korean categories keep their frequencies and their link to 나이', () => {
  const real = koreanTable();
  const params = gaussianCopula.fit(real, { seed: 3 });
  const synthetic = gaussianCopula.sample(params, { rows: 6000, random: seededRandom(4) });
  assert.deepEqual(
    synthetic.columns.map((column) => [column.name, column.type, column.cardinality]),
    real.columns.map((column) => [column.name, column.type, column.cardinality]),
  );
  const region = values(synthetic, 0);
  [0.5, 0.3, 0.2].forEach((share, code) => {
    const sampledShare = region.filter((value) => value === code).length / region.length;
    assert.ok(Math.abs(sampledShare - share) < 0.03, `${regions[code]}: ${sampledShare}`);
  });
  const [seoul = 0, busan = 0, daegu = 0] = meanAgeByRegion(synthetic);
  assert.ok(seoul < busan && busan < daegu, `${seoul} ${busan} ${daegu}`);
  assert.ok(daegu - seoul > 12, `서울 ${seoul}, 대구 ${daegu}`);
  assert.ok(values(synthetic, 1).every(Number.isInteger));
  assert.ok(pearsonCorrelation(values(synthetic, 1), values(synthetic, 2)) > 0.3);
});

test('a fixed category is returned exactly and shifts 나이 to that region', () => {
  const params = gaussianCopula.fit(koreanTable(), { seed: 5 });
  const busan = 1;
  const synthetic = gaussianCopula.sample(params, {
    rows: 2000,
    random: seededRandom(6),
    conditions: new Map([[0, busan]]),
  });
  assert.ok(values(synthetic, 0).every((code) => code === busan));
  const age = mean(values(synthetic, 1));
  assert.ok(Math.abs(age - (regionMeanAge[busan] ?? 0)) < 3, `mean 나이 in 부산: ${age}`);
});

test('a fixed continuous value is returned exactly and the other column follows the conditional normal', () => {
  const params = gaussianCopula.fit(correlatedTable(0.8), { seed: 7 });
  const synthetic = gaussianCopula.sample(params, {
    rows: 4000,
    random: seededRandom(8),
    conditions: new Map([[0, 1.5]]),
  });
  assert.ok(values(synthetic, 0).every((value) => value === 1.5));
  const y = values(synthetic, 1);
  assert.ok(Math.abs(mean(y) - 1.2) < 0.08, `E[y | x = 1.5] = ${mean(y)}`);
  assert.ok(Math.abs(standardDeviation(y) - 0.6) < 0.06, `sd ${standardDeviation(y)}`);
});

test('same params and seed give identical rows, also after a JSON round trip; another seed differs', () => {
  const params = gaussianCopula.fit(koreanTable(800), { seed: 9 });
  const reloaded = JSON.parse(JSON.stringify(params)) as typeof params;
  assert.ok(!JSON.stringify(params).includes('null'), 'params hold no NaN or Infinity');
  const conditions = new Map([[0, 2]]);
  const draw = (seed: number, fitted = params) =>
    gaussianCopula.sample(fitted, { rows: 300, random: seededRandom(seed), conditions }).columns.map((column) => Array.from(column.values));
  assert.deepEqual(draw(10), draw(10));
  assert.deepEqual(draw(10, reloaded), draw(10));
  assert.notDeepEqual(draw(11), draw(10));
  assert.deepEqual(gaussianCopula.fit(koreanTable(800), { seed: 9 }), params);
});

test('bad conditions and bad tables fail with invalid_request naming the problem', () => {
  const params = gaussianCopula.fit(koreanTable(300), { seed: 1 });
  const sample = (conditions: Map<number, number>) => gaussianCopula.sample(params, { rows: 5, random: seededRandom(1), conditions });
  assert.throws(
    () => sample(new Map([[7, 1]])),
    (error: unknown) => error instanceof GenstackError && error.code === 'invalid_request',
  );
  assert.throws(() => sample(new Map([[0, 3]])), /지역.*code 3/);
  assert.throws(() => sample(new Map([[1, Number.NaN]])), /나이/);
  const broken: EncodedTable = {
    rowCount: 2,
    columns: [{ name: '소득', type: 'continuous', values: Float64Array.from([1, Number.NaN]) }],
  };
  assert.throws(() => gaussianCopula.fit(broken, { seed: 1 }), /소득.*row 2/);
});

test('fit and sample report progress up to 1', () => {
  const fitProgress: number[] = [];
  const params = gaussianCopula.fit(koreanTable(300), { seed: 1, onProgress: (fraction) => fitProgress.push(fraction) });
  const sampleProgress: number[] = [];
  gaussianCopula.sample(params, { rows: 40_000, random: seededRandom(1), onProgress: (fraction) => sampleProgress.push(fraction) });
  for (const progress of [fitProgress, sampleProgress]) {
    assert.ok(progress.length >= 2);
    assert.equal(progress.at(-1), 1);
    assert.ok(progress.every((fraction, index) => fraction >= (progress[index - 1] ?? 0)));
  }
});
