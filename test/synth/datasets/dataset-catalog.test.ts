// The dataset catalog and generateDataset's contract: valid entries, seeded determinism, and errors for bad requests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GenstackError } from '../../../src/core/errors.ts';
import { detectDelimiter, formatCsv, parseCsv } from '../../../src/core/csv.ts';
import { datasetCatalog, generateDataset, type DatasetConstraint } from '../../../src/synth/datasets/index.ts';

function constraintColumns(constraint: DatasetConstraint): string[] {
  switch (constraint.type) {
    case 'range':
    case 'positive':
    case 'formula':
      return [constraint.column];
    case 'unique':
    case 'fixed-combinations':
      return constraint.columns;
    case 'inequality':
      return [constraint.low, constraint.high];
  }
}

test('every catalog entry is complete and names columns its table has', () => {
  assert.deepEqual(
    datasetCatalog.map((entry) => entry.name),
    ['finance-card-transactions', 'healthcare-patients', 'healthcare-encounters', 'manufacturing-sensors'],
  );
  for (const entry of datasetCatalog) {
    assert.ok(entry.title.en && entry.title.ko && entry.description.en.length > 200, entry.name);
    assert.match(entry.description.ko, /[가-힣]/, `${entry.name} has a Korean description`);
    assert.ok(Number.isInteger(entry.defaultRows) && entry.defaultRows > 0);
    const table = generateDataset(entry.name, { rows: entry.kind === 'timeseries' ? 2 : 300, seed: 3 });
    const named = [
      entry.suggested.target,
      entry.suggested.entityColumn,
      entry.suggested.timeColumn,
      ...(entry.suggested.constraints ?? []).flatMap(constraintColumns),
    ].filter((column) => column !== undefined);
    for (const column of named) assert.ok(table.columns.includes(column), `${entry.name} lacks column '${column}'`);
    assert.ok(
      table.rows.every((row) => row.length === table.columns.length),
      `${entry.name} rows are rectangular`,
    );
    if (entry.kind === 'timeseries') assert.equal(entry.suggested.synthesizer, 'timeseries');
    else assert.equal(table.rows.length, 300);
  }
});

test('the same seed gives the same table and another seed a different one', () => {
  for (const entry of datasetCatalog) {
    const rows = entry.kind === 'timeseries' ? 2 : 400;
    const first = generateDataset(entry.name, { rows, seed: 11 });
    assert.deepEqual(generateDataset(entry.name, { rows, seed: 11 }), first, entry.name);
    assert.notDeepEqual(generateDataset(entry.name, { rows, seed: 12 }), first, entry.name);
  }
});

test('defaults: 20k card transactions, 60 machines', () => {
  assert.equal(generateDataset('finance-card-transactions').rows.length, 20_000);
  const machines = new Set(generateDataset('manufacturing-sensors').rows.map((row) => row[0]));
  assert.equal(machines.size, 60);
});

test('an unknown dataset is not_found on name', () => {
  assert.throws(
    () => generateDataset('retail-baskets'),
    (error: unknown) => error instanceof GenstackError && error.code === 'not_found' && error.param === 'name',
  );
});

test('rows outside 1 … 1,000,000 (or too many machines) and fractional seeds are invalid_request', () => {
  const invalid = (param: string) => (error: unknown) =>
    error instanceof GenstackError && error.code === 'invalid_request' && error.param === param;
  for (const rows of [0, -5, 2.5, Number.NaN, 1_000_001])
    assert.throws(() => generateDataset('healthcare-patients', { rows }), invalid('rows'), String(rows));
  assert.throws(() => generateDataset('manufacturing-sensors', { rows: 100_000 }), invalid('rows'));
  assert.throws(() => generateDataset('healthcare-patients', { rows: 10, seed: 0.5 }), invalid('seed'));
  assert.equal(generateDataset('healthcare-patients', { rows: 1 }).rows.length, 1);
  assert.equal(generateDataset('finance-card-transactions', { rows: 1 }).rows.length, 1);
});

test('every dataset survives a CSV round trip with its Korean values intact', () => {
  for (const entry of datasetCatalog) {
    const table = generateDataset(entry.name, { rows: entry.kind === 'timeseries' ? 1 : 200, seed: 2 });
    const text = formatCsv([table.columns, ...table.rows]);
    assert.equal(detectDelimiter(text), ',');
    assert.deepEqual(parseCsv(text, ','), [table.columns, ...table.rows], entry.name);
  }
});
