// The combined report: plain JSON, holdout vs seeded split for utility, and the summary of headline numbers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seededRandom } from '../../../src/core/seeded-random.ts';
import { GenstackError } from '../../../src/core/errors.ts';
import { buildSynthReport } from '../../../src/synth/reports/index.ts';
import { customers } from './tables.ts';

const real = customers(1200, { random: seededRandom(1) });
const synthetic = customers(1200, { random: seededRandom(2), offset: 10_000 });
const holdout = customers(600, { random: seededRandom(3), offset: 20_000 });

test('without a holdout: no DCR share, utility tested on a seeded 20% split, and it says so', () => {
  const report = buildSynthReport({ real, synthetic, target: '구매여부', seed: 7 });
  assert.equal(report.summary.dcrShare, null);
  assert.equal(report.privacy.dcrShare, null);
  assert.ok(report.privacy.dcrToTrain !== null);
  assert.equal(report.utilityTestSource, 'real-split');
  assert.equal(report.utility?.testRows, 240);
  assert.equal(report.utility?.trainRows.real, 960);
  assert.ok(report.notes.some((note) => note.includes('20%')));
  assert.deepEqual(JSON.parse(JSON.stringify(report)), report, 'plain JSON: no NaN, typed arrays or undefined');
  assert.deepEqual(buildSynthReport({ real, synthetic, target: '구매여부', seed: 7 }), report, 'deterministic for a seed');
});

test('with a holdout: DCR share and utility on the holdout; summary mirrors the parts', () => {
  const report = buildSynthReport({ real, synthetic, holdout, target: '소득', epsilon: 2 });
  assert.equal(report.utilityTestSource, 'holdout');
  assert.equal(report.utility?.testRows, 600);
  assert.deepEqual(report.rows, { real: 1200, synthetic: 1200, holdout: 600 });
  assert.deepEqual(report.summary, {
    overallQuality: report.quality.score,
    columnShapes: report.quality.columnShapes.score,
    columnPairTrends: report.quality.columnPairTrends.score,
    diagnostics: report.diagnostics.score,
    dcrShare: report.privacy.dcrShare,
    medianDcrToTrain: report.privacy.dcrToTrain?.median ?? null,
    exactCopyRate: 0,
    utilityRatio: report.utility?.ratio ?? null,
    epsilon: 2,
  });
  assert.ok((report.summary.overallQuality ?? 0) > 0.9);
  assert.ok(Math.abs((report.summary.dcrShare ?? 0) - 0.5) < 0.1);
  assert.ok((report.summary.utilityRatio ?? 0) > 0.8);
});

test('no target → no utility; a bad target fails before any work', () => {
  const report = buildSynthReport({ real, synthetic });
  assert.equal(report.utility, null);
  assert.equal(report.utilityTestSource, null);
  assert.equal(report.summary.utilityRatio, null);
  assert.throws(
    () => buildSynthReport({ real, synthetic, target: 'nope' }),
    (error: unknown) => error instanceof GenstackError && error.code === 'invalid_request',
  );
});
