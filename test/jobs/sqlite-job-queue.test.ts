// The SQLite job queue on real database files: the shared contract, crash recovery and what lands on disk.
import Database from 'better-sqlite3';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createSqliteJobQueue } from '../../src/jobs/index.ts';
import { runJobQueueContract, type OpenQueue } from './job-queue-contract.ts';

function openDatabase(path: string): Database.Database {
  const database = new Database(path);
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  return database;
}

const openSqliteQueue: OpenQueue = async (options = {}) => {
  const location = options.location ?? join(mkdtempSync(join(tmpdir(), 'genstack-jobs-')), 'genstack.db');
  const database = openDatabase(location);
  const queue = createSqliteJobQueue({
    database,
    ...(options.now ? { now: options.now } : {}),
    progressThrottleMs: options.progressThrottleMs ?? 20,
  });
  return {
    queue,
    location,
    async close() {
      await queue.stop();
      database.close();
    },
  };
};

runJobQueueContract('sqlite', openSqliteQueue);

test('a job left running by a crash is requeued on start, and its attempts count', async () => {
  const { queue, location, close } = await openSqliteQueue();
  const job = queue.enqueue('ingest', null);
  await close();
  const crashed = openDatabase(location);
  crashed.prepare("UPDATE jobs SET status = 'running', attempts = 1 WHERE id = ?").run(job.id);
  crashed.close();

  const { queue: resumed, close: closeResumed } = await openSqliteQueue({ location });
  assert.equal(resumed.get(job.id)?.status, 'running', 'nothing changes before start');
  resumed.start();
  assert.equal(resumed.get(job.id)?.status, 'queued', 'no handler yet: back in line');
  resumed.register('ingest', async ({ job: running }) => running.attempts);
  const finished = await resumed.wait(job.id);
  assert.deepEqual([finished.status, finished.result, finished.attempts], ['succeeded', 2, 2]);
  await closeResumed();
});

test('migrations run once per database, and Korean text is stored as UTF-8 JSON', async () => {
  const { queue, location, close } = await openSqliteQueue();
  queue.register('synth', async ({ progress }) => {
    progress({ message: '합성 데이터 생성 중' });
    return { summary: '고객 1,000명' };
  });
  queue.start();
  const job = queue.enqueue('synth', { prompt: '은행 고객 데이터' });
  await queue.wait(job.id);
  await close();
  const again = await openSqliteQueue({ location });
  await again.close();
  const database = openDatabase(location);
  const migrations = database.prepare("SELECT count(*) AS n FROM schema_migrations WHERE scope = 'jobs'").get() as { n: number };
  assert.equal(migrations.n, 1);
  const row = database.prepare('SELECT input, progress, result FROM jobs WHERE id = ?').get(job.id) as Record<string, string>;
  assert.equal(JSON.parse(row.input ?? '').prompt, '은행 고객 데이터');
  assert.equal(JSON.parse(row.progress ?? '').message, '합성 데이터 생성 중');
  assert.equal(JSON.parse(row.result ?? '').summary, '고객 1,000명');
  database.close();
});

test('list filters by kind and status, newest first, with a limit', async () => {
  const { queue, close } = await openSqliteQueue();
  const first = queue.enqueue('a', 1);
  const second = queue.enqueue('a', 2);
  queue.enqueue('b', 3);
  queue.cancel(first.id);
  assert.deepEqual(
    queue.list({ kind: 'a' }).map((job) => job.id),
    [second.id, first.id],
  );
  assert.deepEqual(
    queue.list({ status: 'cancelled' }).map((job) => job.id),
    [first.id],
  );
  assert.equal(queue.list({ limit: 2 }).length, 2);
  assert.equal(queue.list().length, 3);
  await close();
});
