// `genstack blueprints install energy-store --from`: a different data set imports; a broken one is refused whole, every problem named.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { sqliteRecordCollections } from '../../../src/blueprints/index.ts';
import { writeCustomDataset } from './acceptance-data.ts';

const bin = join(import.meta.dirname, '..', '..', '..', 'bin', 'genstack');

function genstack(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: mkdtempSync(join(tmpdir(), 'genstack-cli-')),
    env: { ...process.env, GENSTACK_LOG_LEVEL: 'error' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function editJson(file: string, change: (records: Record<string, unknown>[]) => void): void {
  const records = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>[];
  change(records);
  writeFileSync(file, JSON.stringify(records));
}

describe('genstack blueprints install energy-store --from', () => {
  const directory = writeCustomDataset();
  const data = mkdtempSync(join(tmpdir(), 'genstack-data-'));
  after(() => {
    rmSync(directory, { recursive: true, force: true });
    rmSync(data, { recursive: true, force: true });
  });

  test('imports a data set other than the samples, and a broken one changes nothing', () => {
    const installed = genstack(['blueprints', 'install', 'energy-store', '--from', directory, '--data', data, '--no-knowledge', '--json']);
    assert.equal(installed.code, 0, installed.stderr);
    const result = JSON.parse(installed.stdout) as { counts: Record<string, number> };
    assert.deepEqual(result.counts, { products: 201, customers: 500, orders: 1000, stations: 120 });

    editJson(join(directory, 'products.json'), (products) => {
      ((products[3]?.variants as Record<string, unknown>[])[0] as Record<string, unknown>).price = -5;
    });
    editJson(join(directory, 'customers.json'), (customers) => {
      (customers[7] as Record<string, unknown>).email = 'not an email';
    });
    editJson(join(directory, 'orders.json'), (orders) => orders.splice(0, 5));
    const broken = genstack(['blueprints', 'install', 'energy-store', '--from', directory, '--data', data, '--no-knowledge', '--json']);
    assert.notEqual(broken.code, 0);
    const message = (JSON.parse(broken.stdout || broken.stderr) as { error: { message: string } }).error.message;
    assert.match(message, /nothing changed/u);
    assert.match(message, /products\.json \[3\]\.variants\[0\]\.price: /u);
    assert.match(message, /customers\.json \[7\]\.email: /u);
    // Nothing of the broken set was imported: still the first import's 1,000 orders and its prices.
    const database = new Database(join(data, 'genstack.db'), { readonly: true });
    try {
      const records = sqliteRecordCollections({ database, blueprint: 'energy-store' });
      assert.equal(records.count('orders'), 1000);
      const product = records.all<{ variants: { price: number }[] }>('products')[3];
      assert.ok((product?.variants[0]?.price ?? -1) > 0);
    } finally {
      database.close();
    }
  });
});
