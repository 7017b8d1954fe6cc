import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addUniqueKeys,
  evaluateRows,
  repairTable,
  satisfiedRows,
  transformForFit,
  type Constraint,
} from '../../../src/synth/constraints/index.ts';
import { categoricalColumn, datetimeColumn, numericColumn, table } from './tables.ts';

const day = 86_400_000;

test('unique holds within the batch and against keys of earlier batches', () => {
  const constraints: Constraint[] = [{ type: 'unique', columns: ['고객번호'] }];
  const first = table(categoricalColumn('고객번호', ['A', 'B', 'A', null, null]));
  const accepted = satisfiedRows(constraints, first);
  assert.deepEqual(accepted, [true, true, false, true, true]); // missing keys are exempt
  const seen = new Set<string>();
  addUniqueKeys(constraints, first, { accepted, seen });
  const second = table(categoricalColumn('고객번호', ['B', 'C', 'C']));
  assert.deepEqual(satisfiedRows(constraints, second, { seen }), [false, true, false]);
});

test('a row that breaks another constraint does not take its unique key', () => {
  const constraints: Constraint[] = [
    { type: 'positive', column: '수량' },
    { type: 'unique', columns: ['지역', '고객'] },
  ];
  const batch = table(
    categoricalColumn('지역', ['서울', '서울', '서울', '부산']),
    categoricalColumn('고객', ['김', '김', '김', '김']),
    numericColumn('수량', [0, 2, 3, 1]),
  );
  const evaluation = evaluateRows(constraints, batch);
  assert.deepEqual(evaluation.accepted, [false, true, false, true]);
  assert.deepEqual(evaluation.rejectedBy, [1, 1]);
});

test('fixed combinations are checked against the plan, ranges against ISO dates', () => {
  const training = table(
    categoricalColumn('시도', ['서울', '부산', '서울']),
    categoricalColumn('시군구', ['강남구', '해운대구', '종로구']),
    datetimeColumn('시작일', [Date.UTC(2024, 0, 1), Date.UTC(2024, 5, 1), Date.UTC(2024, 11, 31)]),
  );
  const constraints: Constraint[] = [
    { type: 'fixed-combinations', columns: ['시도', '시군구'] },
    { type: 'range', column: '시작일', min: '2024-01-01', max: '2024-12-31' },
  ];
  const { plan } = transformForFit(constraints, training);
  const sampled = table(
    categoricalColumn('시도', ['서울', '서울', '부산', '부산']),
    categoricalColumn('시군구', ['종로구', '해운대구', '해운대구', '해운대구']),
    datetimeColumn('시작일', [Date.UTC(2024, 11, 31), Date.UTC(2024, 3, 1), Date.UTC(2025, 0, 1), Date.UTC(2023, 11, 31, 23)]),
  );
  assert.deepEqual(satisfiedRows(constraints, sampled, { plan }), [true, false, false, false]);
  assert.deepEqual(satisfiedRows(constraints, sampled), [true, true, false, false]); // without a plan combinations are unknown
});

test('repairTable recomputes formulas and snaps only rounding noise to a bound', () => {
  const constraints: Constraint[] = [
    { type: 'formula', column: 'amount', expression: 'qty * price' },
    { type: 'range', column: 'rate', min: 0, max: 1 },
    { type: 'positive', column: 'end', strict: false },
  ];
  const sampled = table(
    numericColumn('qty', [2, 3, null]),
    numericColumn('price', [1.25, 2, 4], 2),
    numericColumn('amount', [9, 6, 7], 1),
    numericColumn('rate', [-0.004, 1.2, 1.001], 2),
    datetimeColumn('end', [-0.2, -day, 5]),
  );
  const { table: repaired, repairedCells } = repairTable(constraints, sampled);
  const values = (name: string) => repaired.columns.find((column) => column.spec.name === name)?.values;
  assert.deepEqual(values('amount'), [2.5, 6, 7]); // 2 × 1.25 rounded to one decimal; a missing input keeps the cell
  assert.deepEqual(values('rate'), [0, 1.2, 1]);
  assert.deepEqual(values('end'), [0, -day, 5]);
  assert.equal(repairedCells, 4);
  assert.deepEqual(sampled.columns[2]?.values, [9, 6, 7]); // the input is not changed
});
