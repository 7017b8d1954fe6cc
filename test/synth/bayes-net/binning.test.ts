// Discretisation: atoms keep their own bin, few values keep one bin each, many categories pool into 'other'.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seededRandom } from '../../../src/core/seeded-random.ts';
import { bayesNet } from '../../../src/synth/synthesizers/bayes-net/index.ts';
import { binQuantileColumn, binUniformColumn } from '../../../src/synth/synthesizers/bayes-net/bin-continuous.ts';
import { binDiscreteColumn } from '../../../src/synth/synthesizers/bayes-net/bin-discrete.ts';
import type { EncodedTable } from '../../../src/synth/table/types.ts';

function zeroInflatedCosts(rows: number): Float64Array {
  const random = seededRandom(3);
  return Float64Array.from({ length: rows }, () => (random() < 0.9 ? 0 : Math.round(100 + random() ** 3 * 50000)));
}

test('a 90 % share of zeros gets a bin of its own and the rest is cut into equal-frequency bins', () => {
  const values = zeroInflatedCosts(2000);
  const binning = binQuantileColumn({ name: '수리비용', values, integer: true });
  assert.ok(binning.binCount > 5 && binning.binCount <= 21, `bins ${binning.binCount}`);
  assert.deepEqual(binning.model.knots[0], new Array(9).fill(0));
  const zeroBins = new Set(Array.from(binning.bins).filter((_, row) => values[row] === 0));
  assert.deepEqual([...zeroBins], [0]);
});

test('few distinct values keep one bin each, so integers come back exactly', () => {
  const values = Float64Array.from({ length: 300 }, (_, row) => [1, 2, 5][row % 3] ?? 0);
  const binning = binQuantileColumn({ name: 'rooms', values, integer: true });
  assert.equal(binning.binCount, 3);
  assert.deepEqual(
    binning.model.knots.map((knots) => new Set(knots).size),
    [1, 1, 1],
  );
});

test('sampled zero-inflated costs keep the zero share and the spread of the rest', () => {
  const values = zeroInflatedCosts(3000);
  const table: EncodedTable = { rowCount: values.length, columns: [{ name: 'cost', type: 'continuous', values, integer: true }] };
  const synthetic = bayesNet.sample(bayesNet.fit(table, { seed: 1 }), { rows: 3000, random: seededRandom(2) });
  const sampled = synthetic.columns[0]?.values ?? new Float64Array();
  const zeroShare = (column: Float64Array) => column.filter((value) => value === 0).length / column.length;
  assert.ok(Math.abs(zeroShare(sampled) - zeroShare(values)) < 0.02);
  const median = (column: Float64Array) => {
    const positive = column.filter((value) => value > 0).sort();
    return positive[Math.floor(positive.length / 2)] ?? 0;
  };
  assert.ok(Math.abs(median(sampled) - median(values)) / median(values) < 0.25, `${median(sampled)} vs ${median(values)}`);
});

test('equal-width bins under privacy: a zero-width bin at the lower bound, the rest evenly cut', () => {
  const binning = binUniformColumn({ name: 'cost', values: Float64Array.from([0, 0, 2.4, 10]), integer: false }, 4);
  assert.deepEqual(binning.model.edges, [0, 0, 2.5, 5, 7.5, 10]);
  assert.deepEqual(Array.from(binning.bins), [0, 0, 1, 4]);
});

test('more than 64 categories: the most frequent are kept, the rest pooled by observed share (uniform under privacy)', () => {
  const random = seededRandom(9);
  const values = Float64Array.from({ length: 5000 }, () =>
    random() < 0.5 ? Math.floor(random() * 10) : 10 + Math.floor(random() ** 2 * 90),
  );
  const column = { name: '상품코드', values, cardinality: 100 };
  const open = binDiscreteColumn(column, false);
  assert.equal(open.binCount, 65);
  assert.equal(open.model.other?.codes.length, 36);
  assert.ok(open.model.keptCodes.includes(0) && open.model.keptCodes.includes(10));
  assert.ok((open.model.other?.weights ?? []).some((weight) => weight !== 1));
  const closed = binDiscreteColumn(column, true);
  assert.deepEqual(
    closed.model.keptCodes,
    Array.from({ length: 64 }, (_, code) => code),
  );
  assert.ok((closed.model.other?.weights ?? []).every((weight) => weight === 1));
  const table: EncodedTable = { rowCount: values.length, columns: [{ name: '상품코드', type: 'discrete', values, cardinality: 100 }] };
  const sampled =
    bayesNet.sample(bayesNet.fit(table, { seed: 1 }), { rows: 5000, random: seededRandom(4) }).columns[0]?.values ?? new Float64Array();
  assert.ok(sampled.every((code) => Number.isInteger(code) && code >= 0 && code < 100));
  const pooledShare = (codes: Float64Array) => codes.filter((code) => !open.model.keptCodes.includes(code)).length / codes.length;
  assert.ok(Math.abs(pooledShare(sampled) - pooledShare(values)) < 0.02);
});
