// The synthesizer pipeline end to end on real tables: fit, save, load, sample under constraints and conditions, and bad input.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { GenstackError } from '../../../src/core/index.ts';
import { generateDataset } from '../../../src/synth/datasets/index.ts';
import { fitSynthModel, loadSynthModel, sampleSynthModel, saveSynthModel } from '../../../src/synth/pipeline/index.ts';
import { column, customerTable, orderConstraints, orderTable } from './tables.ts';

const directory = mkdtempSync(join(tmpdir(), 'genstack-synth-pipeline-'));
const hasCode = (code: string) => (error: unknown) => GenstackError.is(error) && error.code === code;

describe('tabular synthesizers (English customers)', () => {
  const raw = customerTable();
  for (const synthesizer of ['gaussian-copula', 'bayes-net', 'cart'] as const) {
    test(`${synthesizer}: samples the same columns, unique ids, plausible values, and the same rows after a save and load`, () => {
      const model = fitSynthModel(raw, { synthesizer, seed: 11 });
      assert.deepEqual(
        model.columns.map((spec) => spec.kind),
        ['id', 'numeric', 'numeric', 'categorical', 'boolean', 'datetime', 'text'],
      );
      const sample = sampleSynthModel(model, { rows: 300, seed: 4 });
      assert.deepEqual(sample.columns, raw.columns);
      assert.equal(sample.rows.length, 300);
      const ids = column(sample, 'customer_id');
      assert.equal(new Set(ids).size, 300);
      assert.ok(
        ids.every((id) => /^CUST-\d{5}$/.test(id)),
        ids[0],
      );
      assert.ok(column(sample, 'age').every((age) => Number(age) >= 20 && Number(age) <= 69 && Number.isInteger(Number(age))));
      assert.ok(column(sample, 'plan').every((plan) => ['basic', 'plus', 'premium'].includes(plan)));
      assert.ok(column(sample, 'churned').every((value) => value === 'yes' || value === 'no'));
      const trainingNotes = new Set(column(raw, 'note'));
      assert.ok(column(sample, 'note').filter((note) => trainingNotes.has(note)).length === 0, 'notes are never copied verbatim');
      const path = join(directory, `${synthesizer}.json`);
      saveSynthModel(model, path);
      assert.deepEqual(sampleSynthModel(loadSynthModel(path), { rows: 300, seed: 4 }), sample);
    });
  }

  test('bayes-net records the differential-privacy budget; other synthesizers refuse one', () => {
    const model = fitSynthModel(raw, { synthesizer: 'bayes-net', epsilon: 1, seed: 2 });
    assert.equal(model.epsilon, 1);
    assert.ok(
      model.warnings.some((warning) => warning.includes('note')),
      'free text is left out under DP',
    );
    assert.throws(() => fitSynthModel(raw, { synthesizer: 'cart', epsilon: 1 }), hasCode('invalid_request'));
    assert.throws(() => fitSynthModel(raw, { synthesizer: 'bayes-net', epsilon: -1 }), hasCode('invalid_request'));
  });

  test('conditions fix a column, natively (copula) and by rejection (cart)', () => {
    for (const synthesizer of ['gaussian-copula', 'cart'] as const) {
      const model = fitSynthModel(raw, { synthesizer, seed: 1 });
      const sample = sampleSynthModel(model, { rows: 120, seed: 9, conditions: { plan: 'premium' } });
      assert.ok(
        column(sample, 'plan').every((plan) => plan === 'premium'),
        synthesizer,
      );
      assert.throws(() => sampleSynthModel(model, { rows: 10, conditions: { plan: 'gold' } }), hasCode('invalid_request'));
      assert.throws(() => sampleSynthModel(model, { rows: 10, conditions: { nope: 'x' } }), hasCode('invalid_request'));
    }
  });
});

describe('constraints (Korean orders)', () => {
  test('every sampled row keeps 금액 = 수량 × 단가, 시작일 < 종료일 and unique 주문번호', () => {
    const raw = orderTable();
    for (const synthesizer of ['gaussian-copula', 'cart'] as const) {
      const model = fitSynthModel(raw, { synthesizer, seed: 3, constraints: orderConstraints });
      const sample = sampleSynthModel(model, { rows: 400, seed: 8 });
      const quantity = column(sample, '수량').map(Number);
      const price = column(sample, '단가').map(Number);
      const amount = column(sample, '금액').map(Number);
      const start = column(sample, '시작일');
      const end = column(sample, '종료일');
      sample.rows.forEach((_row, index) => {
        assert.equal(amount[index], (quantity[index] ?? 0) * (price[index] ?? 0), `${synthesizer} row ${index}`);
        assert.ok((start[index] ?? '') < (end[index] ?? ''), `${synthesizer} ${start[index]} < ${end[index]}`);
        assert.ok((quantity[index] ?? 0) > 0);
      });
      assert.equal(new Set(column(sample, '주문번호')).size, 400);
    }
  });

  test('training data that breaks a constraint is refused with the row', () => {
    const raw = orderTable(100);
    const broken = { ...raw, rows: raw.rows.map((row, index) => (index === 7 ? row.map((cell, at) => (at === 4 ? '1' : cell)) : row)) };
    assert.throws(
      () => fitSynthModel(broken, { synthesizer: 'gaussian-copula', constraints: orderConstraints }),
      (error: unknown) => hasCode('unprocessable')(error) && (error as Error).message.includes('line 9'),
    );
    assert.throws(
      () => fitSynthModel(raw, { synthesizer: 'gaussian-copula', constraints: [{ type: 'formula', column: '없는열', expression: '1' }] }),
      hasCode('invalid_request'),
    );
  });
});

describe('timeseries and bad input', () => {
  test('manufacturing sensors: whole sequences with fresh machine ids, increasing time and constraints kept', () => {
    const raw = generateDataset('manufacturing-sensors', { rows: 12, seed: 2 });
    const constraints = [
      { type: 'positive', column: 'rpm' },
      { type: 'range', column: 'temperature', min: 0, max: 150 },
    ];
    const model = fitSynthModel(raw, {
      synthesizer: 'timeseries',
      seed: 1,
      constraints,
      sequence: { entityColumn: 'machine_id', timeColumn: 'timestamp' },
    });
    assert.equal(model.sequence?.entityColumn, 'machine_id');
    const sample = sampleSynthModel(model, { rows: 1, sequences: 5, seed: 3 });
    const machines = column(sample, 'machine_id');
    assert.equal(new Set(machines).size, 5);
    const times = column(sample, 'timestamp');
    for (let row = 1; row < sample.rows.length; row += 1)
      if (machines[row] === machines[row - 1]) assert.ok((times[row - 1] ?? '') < (times[row] ?? ''), `${times[row - 1]} < ${times[row]}`);
    assert.ok(column(sample, 'rpm').every((rpm) => Number(rpm) > 0));
    assert.ok(column(sample, 'temperature').every((value) => Number(value) >= 0 && Number(value) <= 150));
    const sequence = { entityColumn: 'machine_id', timeColumn: 'timestamp' };
    for (const refused of [
      { type: 'unique', columns: ['rpm'] },
      { type: 'range', column: 'timestamp', min: '2020-01-01' },
    ])
      assert.throws(() => fitSynthModel(raw, { synthesizer: 'timeseries', constraints: [refused], sequence }), hasCode('invalid_request'));
  });

  test('too few rows, an unknown synthesizer and bad row counts get clear errors', () => {
    const raw = customerTable(5);
    assert.throws(() => fitSynthModel(raw, { synthesizer: 'cart' }), hasCode('invalid_request'));
    assert.throws(() => fitSynthModel(customerTable(50), { synthesizer: 'gan' as 'cart' }), hasCode('invalid_request'));
    const model = fitSynthModel(customerTable(50), { synthesizer: 'gaussian-copula' });
    assert.throws(() => sampleSynthModel(model, { rows: 0 }), hasCode('invalid_request'));
    assert.throws(() => sampleSynthModel(model, { rows: 1.5 }), hasCode('invalid_request'));
  });
});
