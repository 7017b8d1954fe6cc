// The SQLite store on a real file: migrations once, WAL and its size limit, keys stored hashed, model records, data kept across reopen.
import Database from 'better-sqlite3';
import assert from 'node:assert/strict';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createApiKey, revokeApiKey, verifyApiKey } from '../../src/guard/index.ts';
import { openSqliteStore, walSizeLimitBytes } from '../../src/store/index.ts';
import type { GenstackError } from '../../src/core/index.ts';

test('migrates once, uses WAL and foreign keys, and keeps data across reopen', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'genstack-store-')), 'nested', 'genstack.db');
  const store = openSqliteStore({ path });
  assert.equal(store.database.pragma('journal_mode', { simple: true }), 'wal');
  assert.equal(store.database.pragma('foreign_keys', { simple: true }), 1);
  await store.models.upsert({ id: 'qwen', provider: 'llama', kind: 'chat', settings: { path: '/m/qwen.gguf' } });
  await store.close();
  const reopened = openSqliteStore({ path });
  assert.equal((reopened.database.prepare("SELECT count(*) AS n FROM schema_migrations WHERE scope = 'core'").get() as { n: number }).n, 2);
  assert.deepEqual((await reopened.models.get('qwen'))?.settings, { path: '/m/qwen.gguf' });
  await reopened.models.upsert({ id: 'qwen', provider: 'llama', kind: 'chat', settings: { path: '/m/other.gguf' } });
  assert.equal((await reopened.models.list()).length, 1);
  assert.equal(await reopened.models.remove('qwen'), true);
  assert.equal(await reopened.models.remove('qwen'), false);
  await reopened.close();
});

test('API keys are stored hashed, verified, named uniquely and revocable (Korean names too)', async () => {
  const store = openSqliteStore({ path: ':memory:' });
  const { key, secret } = await createApiKey({ store, name: '운영팀', role: 'admin' });
  assert.match(secret, /^gsk_[\w-]{32}$/);
  const raw = store.database.prepare('SELECT * FROM api_keys').get() as Record<string, string>;
  assert.ok(!Object.values(raw).includes(secret), 'the secret itself is never stored');
  assert.equal((await verifyApiKey({ store, secret }))?.id, key.id);
  assert.equal(await verifyApiKey({ store, secret: secret + 'x' }), undefined);
  await assert.rejects(createApiKey({ store, name: '운영팀' }), (error: GenstackError) => error.code === 'conflict');
  await assert.rejects(createApiKey({ store, name: 'bad/name' }), (error: GenstackError) => error.code === 'invalid_request');
  await revokeApiKey({ store, idOrName: '운영팀' });
  assert.equal(await verifyApiKey({ store, secret }), undefined);
  await assert.rejects(revokeApiKey({ store, idOrName: '운영팀' }), (error: GenstackError) => error.code === 'not_found');
  await store.close();
});

test('a failing migration leaves nothing half-applied', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'genstack-store-')), 'genstack.db');
  const migrations = [{ version: 1, name: 'broken', sql: 'CREATE TABLE a (x INTEGER); CREATE TABLE oops (' }];
  assert.throws(() => openSqliteStore({ path, migrations }));
  const database = new Database(path);
  const tables = (database.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map(
    (row) => row.name,
  );
  assert.ok(!tables.includes('a'), 'table a rolled back with its migration');
  assert.equal((database.prepare("SELECT count(*) AS n FROM schema_migrations WHERE scope = 'core'").get() as { n: number }).n, 0);
  database.close();
});

test('a large write leaves no WAL file above the size limit once a checkpoint has emptied it (Korean and English rows)', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'genstack-store-')), 'genstack.db');
  const store = openSqliteStore({ path });
  const database = store.database;
  database.exec('CREATE TABLE pages (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
  const insert = database.prepare('INSERT INTO pages (body) VALUES (?)');
  const body = '대용량 문서 수집 중입니다. Ingesting a large document. '.repeat(200);
  // One transaction: the WAL must hold all of it until the commit, well past the limit.
  database.transaction(() => {
    for (let index = 0; index < 4000; index += 1) insert.run(body);
  })();
  const walPath = `${path}-wal`;
  assert.ok(statSync(walPath).size > walSizeLimitBytes, 'the test write did not grow the WAL past the limit');
  database.pragma('wal_checkpoint(PASSIVE)');
  // The first write after a complete checkpoint starts the WAL over and cuts the file back.
  insert.run('끝 / done');
  assert.ok(statSync(walPath).size <= walSizeLimitBytes, `WAL is ${statSync(walPath).size} bytes`);
  assert.equal((database.prepare('SELECT count(*) AS n FROM pages').get() as { n: number }).n, 4001);
  await store.close();
});
