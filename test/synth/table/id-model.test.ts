import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seededRandom } from '../../../src/core/seeded-random.ts';
import { fitIdModel, inferSchema, sampleIds, type IdColumn } from '../../../src/synth/table/index.ts';
import { koreanTable } from './fixtures.ts';

const uniqueSpec: IdColumn = { name: '고객번호', kind: 'id', missingRate: 0, pattern: 'CUST-#####', unique: true };

test('patterned ids come out unique and in the training pattern, even past the seen combinations', () => {
  const training = koreanTable(300).rows.map((row) => row[0] ?? '');
  const model = fitIdModel(uniqueSpec, training);
  const ids = sampleIds(model, { count: 2000, random: seededRandom(1) });
  assert.equal(ids.length, 2000);
  assert.equal(new Set(ids).size, 2000);
  assert.ok(
    ids.every((id) => /^CUST-\d{5}$/.test(id)),
    ids.find((id) => !/^CUST-\d{5}$/.test(id)),
  );
  // The same seed gives the same ids after a JSON round trip of the model.
  const reloaded = JSON.parse(JSON.stringify(model));
  assert.deepEqual(sampleIds(reloaded, { count: 50, random: seededRandom(9) }), sampleIds(model, { count: 50, random: seededRandom(9) }));
});

test('a mixture of skeletons is sampled by frequency and the model stores no training id', () => {
  const training = Array.from({ length: 400 }, (_, index) =>
    index % 4 === 0
      ? `P2024-${'ABC'[index % 3]}${'XYZ'[index % 3]}${String(index % 97).padStart(2, '0')}`
      : `CUST-${String(index * 7).padStart(5, '0')}`,
  );
  const model = fitIdModel(uniqueSpec, training);
  const stored = JSON.stringify(model);
  assert.ok(training.every((id) => !stored.includes(id)));
  const ids = sampleIds(model, { count: 1000, random: seededRandom(4) });
  const products = ids.filter((id) => /^P2024-[ABC][XYZ]\d{2}$/.test(id)).length;
  const customers = ids.filter((id) => /^CUST-\d{5}$/.test(id)).length;
  assert.equal(products + customers, 1000);
  assert.ok(products > 150 && products < 350, `products ${products}`);
  assert.equal(new Set(ids).size, 1000);
});

test('integer ids that ran as a sequence come out as a running sequence from the training start', () => {
  const raw = {
    columns: ['order_id', 'item'],
    rows: Array.from({ length: 50 }, (_, index) => [String(101 + index), index % 2 ? 'a' : 'b']),
  };
  const spec = inferSchema(raw)[0];
  assert.ok(spec?.kind === 'id');
  const model = fitIdModel(
    spec,
    raw.rows.map((row) => row[0] ?? ''),
  );
  assert.deepEqual(sampleIds(model, { count: 5, random: seededRandom(1) }), ['101', '102', '103', '104', '105']);
  const scattered = fitIdModel(spec, ['48213', '99102', '13377', '70001', '25550', '81234']);
  const ids = sampleIds(scattered, { count: 30, random: seededRandom(2) });
  assert.ok(ids.every((id) => /^[1-9]\d{4}$/.test(id)));
  assert.equal(new Set(ids).size, 30);
});
