// The /api/jobs routes: in-process with app.request, and the SSE stream once against a real server read with fetch.
import { serve } from '@hono/node-server';
import Database from 'better-sqlite3';
import { Hono } from 'hono';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { createSqliteJobQueue, type JobQueue } from '../../src/jobs/index.ts';
import { registerJobRoutes } from '../../src/server/api/jobs-routes.ts';
import { errorResponse } from '../../src/server/errors.ts';
import type { AppEnv } from '../../src/server/request-context.ts';

function setup(options: { heartbeatMs?: number } = {}) {
  const database = new Database(join(mkdtempSync(join(tmpdir(), 'genstack-jobs-routes-')), 'genstack.db'));
  const jobs = createSqliteJobQueue({ database, progressThrottleMs: 0 });
  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    c.set('context', { requestId: 'test', signal: c.req.raw.signal, abort: () => undefined, apiKey: undefined });
    await next();
  });
  registerJobRoutes(app, { jobs, ...options });
  app.onError((error) => errorResponse(error));
  const close = async () => {
    await jobs.stop();
    database.close();
  };
  return { app, jobs, close };
}

/** A handler that waits for `release()` before each item, so a test can look at a job mid-run. */
function gatedHandler(jobs: JobQueue, keys: string[]) {
  let open: (() => void) | undefined;
  jobs.register('ingest', async ({ items, progress, signal }) => {
    items.plan(keys);
    for (const key of keys) {
      await new Promise<void>((resolve) => (open = resolve));
      if (signal.aborted) return;
      items.complete(
        key,
        key.includes('깨진') ? { status: 'failed', error: { code: 'unprocessable', message: '읽을 수 없음' } } : { status: 'done' },
      );
      progress({ message: `${key} 완료` });
    }
  });
  return { release: () => open?.() };
}

test('lists, shows, cancels and retries jobs; unknown ids and bad filters are typed errors', async () => {
  const { app, jobs, close } = setup();
  jobs.register('ingest', async ({ items }) => {
    items.plan(['a.txt', '깨진.hwp']);
    items.complete('a.txt', { status: 'done' });
    items.complete('깨진.hwp', { status: 'failed', error: { code: 'unprocessable', message: '한글 파일을 열 수 없습니다.' } });
  });
  jobs.start();
  const ingest = jobs.enqueue('ingest', { name: '사내 규정' });
  const parked = jobs.enqueue('render', null);
  await jobs.wait(ingest.id);

  const listed = (await (await app.request('/api/jobs?kind=ingest')).json()) as { jobs: { id: string }[] };
  assert.deepEqual(
    listed.jobs.map((job) => job.id),
    [ingest.id],
  );
  const queued = (await (await app.request('/api/jobs?status=queued&limit=5')).json()) as { jobs: { id: string }[] };
  assert.deepEqual(
    queued.jobs.map((job) => job.id),
    [parked.id],
  );
  const badFilter = await app.request('/api/jobs?status=paused');
  assert.equal(badFilter.status, 400);
  assert.equal(((await badFilter.json()) as { error: { param: string } }).error.param, 'status');

  const shown = await app.request(`/api/jobs/${ingest.id}`);
  assert.equal(shown.status, 200);
  const detail = (await shown.json()) as {
    job: { status: string; input: unknown };
    items: { key: string; error: { message: string } | null }[];
  };
  assert.equal(detail.job.status, 'succeeded');
  assert.deepEqual(detail.job.input, { name: '사내 규정' });
  assert.equal(detail.items.find((item) => item.key === '깨진.hwp')?.error?.message, '한글 파일을 열 수 없습니다.');

  const retried = await app.request(`/api/jobs/${ingest.id}/retry`, { method: 'POST' });
  assert.equal(retried.status, 200);
  assert.equal(((await retried.json()) as { job: { status: string } }).job.status, 'queued');
  await jobs.wait(ingest.id);

  const cancelled = await app.request(`/api/jobs/${parked.id}/cancel`, { method: 'POST' });
  assert.equal(((await cancelled.json()) as { job: { status: string } }).job.status, 'cancelled');
  const again = await app.request(`/api/jobs/${parked.id}/cancel`, { method: 'POST' });
  assert.equal(again.status, 409);
  assert.equal(((await again.json()) as { error: { code: string } }).error.code, 'conflict');

  for (const [method, path] of [
    ['GET', '/api/jobs/job_missing'],
    ['GET', '/api/jobs/job_missing/events'],
    ['POST', '/api/jobs/job_missing/cancel'],
    ['POST', '/api/jobs/job_missing/retry'],
  ] as const) {
    const response = await app.request(path, { method });
    assert.equal(response.status, 404, path);
    assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'not_found');
  }
  await close();
});

test('SSE in-process: a finished job sends its status and ends; a quiet job gets heartbeats', async () => {
  const { app, jobs, close } = setup({ heartbeatMs: 20 });
  jobs.register('quick', async () => '끝');
  jobs.start();
  const job = jobs.enqueue('quick', null);
  await jobs.wait(job.id);
  const response = await app.request(`/api/jobs/${job.id}/events`);
  assert.match(response.headers.get('content-type') ?? '', /^text\/event-stream/);
  const text = await response.text();
  assert.equal(text.split('\n\n').filter(Boolean).length, 1);
  assert.match(text, /^event: status\ndata: \{.*"status":"succeeded".*"result":"끝"/);

  const parked = jobs.enqueue('parked', null);
  const controller = new AbortController();
  const quiet = await app.request(`/api/jobs/${parked.id}/events`, { signal: controller.signal });
  const reader = quiet.body!.getReader();
  let seen = '';
  while (!seen.includes(': heartbeat')) seen += new TextDecoder().decode((await reader.read()).value);
  assert.match(seen, /event: status\ndata: .*"status":"queued"/);
  await reader.cancel();
  await close();
});

test('SSE over a real server: status, item and progress events in order, ending after the final status', async () => {
  const { app, jobs, close } = setup();
  const gate = gatedHandler(jobs, ['1장.md', '깨진.pdf']);
  jobs.start();
  const job = jobs.enqueue('ingest', { title: '매뉴얼' });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/jobs/${job.id}/events`);
    assert.equal(response.status, 200);
    const reading = response.text();
    while (jobs.get(job.id)?.status !== 'running') await sleep(5);
    gate.release();
    while (jobs.items(job.id)[0]?.status !== 'done') await sleep(5);
    gate.release();
    const events = (await reading)
      .split('\n\n')
      .filter(Boolean)
      .map((block) => {
        const [eventLine, dataLine] = block.split('\n');
        return { type: eventLine?.replace('event: ', ''), data: JSON.parse(dataLine?.replace('data: ', '') ?? 'null') };
      });
    const statuses = events.filter((event) => event.type === 'status').map((event) => event.data.status);
    assert.deepEqual(statuses.slice(-2), ['running', 'succeeded']);
    const items = events.filter((event) => event.type === 'item').map((event) => [event.data.item.key, event.data.item.status]);
    assert.deepEqual(items, [
      ['1장.md', 'done'],
      ['깨진.pdf', 'failed'],
    ]);
    assert.ok(events.some((event) => event.type === 'progress' && event.data.progress.message === '1장.md 완료'));
    assert.equal(events.at(-1)?.data.progress.failed, 1);
  } finally {
    server.close();
    await close();
  }
});

test('SSE over a real server: a client that disconnects is let go', async () => {
  const { jobs, close } = setup();
  // The real queue, watched: tells when a route's subscription has ended.
  let ended = 0;
  const watched: JobQueue = {
    ...jobs,
    subscribe(id, signal) {
      const events = jobs.subscribe(id, signal);
      return (async function* () {
        try {
          yield* events;
        } finally {
          ended += 1;
        }
      })();
    },
  };
  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    c.set('context', { requestId: 'test', signal: c.req.raw.signal, abort: () => undefined, apiKey: undefined });
    await next();
  });
  registerJobRoutes(app, { jobs: watched });
  const job = jobs.enqueue('parked', null);
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  try {
    const controller = new AbortController();
    const response = await fetch(`http://127.0.0.1:${port}/api/jobs/${job.id}/events`, { signal: controller.signal });
    const reader = response.body!.getReader();
    assert.match(new TextDecoder().decode((await reader.read()).value), /"status":"queued"/);
    assert.equal(ended, 0, 'the job is still queued: the stream stays open');
    controller.abort();
    const deadline = Date.now() + 3000;
    while (ended === 0 && Date.now() < deadline) await sleep(10);
    assert.equal(ended, 1);
  } finally {
    server.close();
    await close();
  }
});
