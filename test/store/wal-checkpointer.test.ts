// The background WAL checkpointer on a real SQLite file: a worker thread checkpoints, the writing connection never does.
import Database from 'better-sqlite3';
import assert from 'node:assert/strict';
import { mkdtempSync, renameSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createLogger } from '../../src/core/index.ts';
import { openSqliteStore, startWalCheckpointer } from '../../src/store/index.ts';

function capturingLogger(): { logger: ReturnType<typeof createLogger>; lines: string[] } {
  const lines: string[] = [];
  return { logger: createLogger({ level: 'warn', write: (line) => lines.push(line) }), lines };
}

function openDatabase(): { database: Database.Database; path: string } {
  const path = join(mkdtempSync(join(tmpdir(), 'genstack-wal-')), 'genstack.db');
  const database = new Database(path);
  database.pragma('journal_mode = WAL');
  database.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
  return { database, path };
}

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return true;
}

test('commits leave the WAL to the worker, which copies the pages into the database file (Korean and English rows)', async () => {
  const { database, path } = openDatabase();
  const { logger, lines } = capturingLogger();
  const checkpointer = await startWalCheckpointer({ database, logger, intervalMs: 20 });
  assert.equal(database.pragma('wal_autocheckpoint', { simple: true }), 0);
  const sizeBefore = statSync(path).size;
  const insert = database.prepare('INSERT INTO notes (body) VALUES (?)');
  // 2,000 commits of about 1 KB: with SQLite's default the writer itself would have checkpointed on the way.
  for (let index = 0; index < 2000; index += 1)
    insert.run(`${index % 2 === 0 ? '배송 주소 변경 요청입니다. ' : 'Please change my delivery address. '}`.repeat(30));
  assert.ok(await until(() => statSync(path).size > sizeBefore + 1_000_000), 'the database file never received the pages');
  await checkpointer.stop();
  assert.equal(database.pragma('wal_autocheckpoint', { simple: true }), 1000);
  assert.equal((database.prepare('SELECT count(*) AS n FROM notes').get() as { n: number }).n, 2000);
  assert.deepEqual(lines, []);
  database.close();
});

test('the store a server opens gets the worker; stop is safe twice and after the database closed', async () => {
  const store = openSqliteStore({ path: join(mkdtempSync(join(tmpdir(), 'genstack-wal-')), 'genstack.db') });
  const checkpointer = await startWalCheckpointer({ database: store.database, logger: capturingLogger().logger });
  assert.equal(store.database.pragma('wal_autocheckpoint', { simple: true }), 0);
  await store.close();
  await checkpointer.stop();
  await checkpointer.stop();
});

test('an in-memory database keeps its own checkpoints and starts no worker', async () => {
  const database = new Database(':memory:');
  const checkpointer = await startWalCheckpointer({ database, logger: capturingLogger().logger });
  assert.equal(database.pragma('wal_autocheckpoint', { simple: true }), 1000);
  await checkpointer.stop();
  database.close();
});

test('a worker that cannot open the file leaves checkpoints on commit and says why', async () => {
  const { database, path } = openDatabase();
  // The open connection keeps working on the moved file; the worker, opening by name, finds nothing there.
  renameSync(path, `${path}.moved`);
  const { logger, lines } = capturingLogger();
  const checkpointer = await startWalCheckpointer({ database, logger });
  assert.equal(database.pragma('wal_autocheckpoint', { simple: true }), 1000);
  assert.equal(lines.length, 1);
  assert.match(lines[0]!, /could not start/);
  await checkpointer.stop();
  database.close();
});
