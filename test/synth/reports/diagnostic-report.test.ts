// Diagnostic report: boundary and category adherence, key uniqueness and table structure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { boundaryAdherence, categoryAdherence, diagnosticReport, keyUniqueness } from '../../../src/synth/reports/index.ts';
import { booleanSpec, categoricalSpec, datetimeSpec, idSpec, numericSpec, tableOf } from './tables.ts';

test('adherence metrics on hand-made values', () => {
  assert.equal(boundaryAdherence(Float64Array.of(1, 5), Float64Array.of(0, 3, 5, Number.NaN)), 2 / 3);
  assert.equal(categoryAdherence(['서울', '부산'], ['서울', '대구', '부산', '서울']), 0.75);
  // Missing is only valid when the real column has missing values (pandas isin semantics).
  assert.equal(categoryAdherence(['서울'], ['서울', null]), 0.5);
  assert.equal(categoryAdherence(['서울', null], ['서울', null]), 1);
  assert.equal(keyUniqueness(['A1', 'A2', 'A1', null]), 2 / 3);
});

test('diagnostic report lists per-column scores, problems and structure', () => {
  const day = 86_400_000;
  const real = tableOf([
    [idSpec('고객ID'), ['C-1', 'C-2', 'C-3', 'C-4']],
    [numericSpec('나이'), [20, 30, 40, 50]],
    [datetimeSpec('가입일'), [0, day, 2 * day, 3 * day]],
    [categoricalSpec('지역'), ['서울', '부산', '서울', '부산']],
    [booleanSpec('구매여부'), [true, false, true, false]],
  ]);
  const synthetic = tableOf([
    [idSpec('고객ID'), ['C-9', 'C-9', 'C-8', 'C-7']],
    [numericSpec('나이'), [20, 60, 40, null]],
    [datetimeSpec('가입일'), [0, day, 2 * day, 3 * day]],
    [categoricalSpec('지역'), ['서울', '제주', '서울', '부산']],
    [booleanSpec('구매여부'), [true, true, false, false]],
    [numericSpec('여분'), [1, 2, 3, 4]],
  ]);
  const report = diagnosticReport(real, synthetic);
  const scores = Object.fromEntries(report.dataValidity.details.map((detail) => [detail.column, detail.score]));
  assert.deepEqual(scores, { 고객ID: 0.75, 나이: 2 / 3, 가입일: 1, 지역: 0.75, 구매여부: 1 });
  assert.deepEqual(
    report.dataValidity.problems.map((problem) => problem.column),
    ['고객ID', '나이', '지역'],
  );
  assert.deepEqual(report.dataStructure.extraInSynthetic, ['여분']);
  assert.equal(report.dataStructure.score, 5 / 6);
  const validity = (0.75 + 2 / 3 + 1 + 0.75 + 1) / 5;
  assert.ok(Math.abs((report.score ?? 0) - (validity + 5 / 6) / 2) < 1e-12);
});
