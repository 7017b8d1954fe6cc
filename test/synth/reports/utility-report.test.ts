// Utility report: TRTR learns a learnable target, a shuffled synthetic target lowers TSTR, metrics and target errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seededRandom } from '../../../src/core/seeded-random.ts';
import { GenstackError } from '../../../src/core/errors.ts';
import { utilityReport } from '../../../src/synth/reports/index.ts';
import { accuracy, macroF1, meanAbsoluteError, rocAuc, rSquared } from '../../../src/synth/reports/utility-metrics.ts';
import { customers, shuffleColumn } from './tables.ts';

const train = customers(2000, { random: seededRandom(1) });
const test_ = customers(800, { random: seededRandom(2) });

test('classification: TRTR beats the majority rate; a shuffled synthetic target lowers TSTR', () => {
  const faithful = utilityReport({ train, synthetic: customers(2000, { random: seededRandom(3) }), test: test_, target: '구매여부' });
  assert.equal(faithful.task, 'classification');
  if (faithful.task !== 'classification') return;
  assert.ok(faithful.trtr.accuracy > faithful.majorityRate + 0.2, `TRTR ${faithful.trtr.accuracy} vs majority ${faithful.majorityRate}`);
  assert.ok((faithful.trtr.rocAuc ?? 0) > 0.9, `AUC ${faithful.trtr.rocAuc}`);
  assert.ok((faithful.ratio ?? 0) > 0.9, `ratio ${faithful.ratio}`);

  const broken = utilityReport({ train, synthetic: shuffleColumn(train, '구매여부', seededRandom(4)), test: test_, target: '구매여부' });
  if (broken.task !== 'classification') return;
  assert.ok(broken.tstr.accuracy < faithful.tstr.accuracy - 0.15, `TSTR ${broken.tstr.accuracy} vs ${faithful.tstr.accuracy}`);
  assert.ok((broken.ratio ?? 1) < 0.8, `ratio ${broken.ratio}`);
  assert.equal(broken.trainRows.real, 2000);
  assert.equal(broken.testRows, 800);
});

test('multi-class Korean target and numeric (ridge) target', () => {
  const region = utilityReport({ train, synthetic: train, test: test_, target: '지역' });
  if (region.task !== 'classification') throw new Error('expected classification');
  assert.ok(region.trtr.accuracy > region.majorityRate + 0.1, `${region.trtr.accuracy} vs ${region.majorityRate}`);
  assert.equal(region.trtr.rocAuc, null);
  assert.equal(region.ratio, 1);

  const income = utilityReport({ train, synthetic: shuffleColumn(train, '소득', seededRandom(5)), test: test_, target: '소득' });
  assert.equal(income.task, 'regression');
  if (income.task !== 'regression') return;
  assert.ok(income.trtr.r2 > 0.6, `R² ${income.trtr.r2}`);
  assert.ok(income.tstr.r2 < 0.2, `shuffled R² ${income.tstr.r2}`);
  assert.ok(income.trtr.mae < income.tstr.mae);
  assert.ok(income.ratio !== null && income.ratio >= 0 && income.ratio < 0.25, `ratio ${income.ratio}`);
});

test('unknown, id and text targets are invalid_request errors naming the column', () => {
  const rejects = (target: string, fragment: string): void => {
    assert.throws(
      () => utilityReport({ train, synthetic: train, test: test_, target }),
      (error: unknown) =>
        error instanceof GenstackError && error.code === 'invalid_request' && error.param === 'target' && error.message.includes(fragment),
    );
  };
  rejects('없는열', "'없는열'");
  rejects('고객ID', "'고객ID' is an id column");
  rejects('메모', "'메모' is a text column");
});

test('metrics match hand-computed values', () => {
  assert.equal(accuracy(Int32Array.of(0, 1, 1), Int32Array.of(0, 1, 0)), 2 / 3);
  // F1(0) = 2·1/(2+1) = 2/3, F1(1) = 2·2/(2+3) = 4/5.
  assert.ok(Math.abs(macroF1(Int32Array.of(0, 0, 1, 1), Int32Array.of(0, 1, 1, 1)) - (2 / 3 + 4 / 5) / 2) < 1e-12);
  assert.equal(rocAuc(Uint8Array.of(0, 0, 1, 1), Float64Array.of(0.1, 0.4, 0.35, 0.8)), 0.75);
  assert.equal(rocAuc(Uint8Array.of(0, 1), Float64Array.of(0.5, 0.5)), 0.5);
  assert.equal(rocAuc(Uint8Array.of(1, 1), Float64Array.of(0.5, 0.5)), null);
  assert.equal(rSquared(Float64Array.of(1, 2, 3), Float64Array.of(1, 2, 4)), 0.5);
  assert.equal(meanAbsoluteError(Float64Array.of(1, 2, 3), Float64Array.of(1, 2, 4)), 1 / 3);
});
