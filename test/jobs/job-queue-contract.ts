// The behaviour every JobQueue implementation must show; each adapter's test file runs it against its own storage.
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, test } from 'node:test';
import { GenstackError, type ErrorCode } from '../../src/core/index.ts';
import type { JobEvent, JobQueue } from '../../src/jobs/index.ts';

export interface OpenedQueue {
  queue: JobQueue;
  /** Where the jobs live, so a second queue can be opened on the same storage (a restart). */
  location: string;
  close(): Promise<void>;
}

export type OpenQueue = (options?: { location?: string; now?: () => Date; progressThrottleMs?: number }) => Promise<OpenedQueue>;

/** Polls until `check` holds (jobs run on timers and microtasks); fails after `timeoutMs`. */
export async function until(check: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) assert.fail('condition not reached in time');
    await sleep(5);
  }
}

export function isCode(code: ErrorCode) {
  return (error: unknown) => GenstackError.is(error) && error.code === code;
}

async function collect(events: AsyncIterable<JobEvent>): Promise<JobEvent[]> {
  const seen: JobEvent[] = [];
  for await (const event of events) seen.push(event);
  return seen;
}

/**
 * @example
 * runJobQueueContract('sqlite', openSqliteQueue);
 */
export function runJobQueueContract(name: string, open: OpenQueue): void {
  describe(`JobQueue contract: ${name}`, () => {
    test('runs to success with progress, an ETA from the rate, and a Korean message that round-trips', async () => {
      let offsetMs = 0;
      const { queue, close } = await open({ now: () => new Date(Date.UTC(2025, 0, 1) + offsetMs) });
      queue.register<{ title: string; files: string[] }>('ingest', async ({ job, items, progress }) => {
        items.plan(job.input.files);
        for (const file of job.input.files) {
          offsetMs += 5000;
          items.complete(file, { status: 'done', result: { chunks: 3 } });
          progress({ message: `${job.input.title}: ${file} 처리 완료`, counters: { chunks: 3 } });
        }
        return { indexed: job.input.files.length };
      });
      const job = queue.enqueue('ingest', { title: '분기 보고서', files: ['가.pdf', '나.pdf', '다.pdf', '라.pdf'] });
      assert.equal(job.status, 'queued');
      const events = collect(queue.subscribe(job.id));
      queue.start();
      const finished = await queue.wait(job.id);
      assert.equal(finished.status, 'succeeded');
      assert.deepEqual(finished.result, { indexed: 4 });
      assert.deepEqual(finished.input, { title: '분기 보고서', files: ['가.pdf', '나.pdf', '다.pdf', '라.pdf'] });
      assert.deepEqual(finished.progress, {
        total: 4,
        done: 4,
        failed: 0,
        message: '분기 보고서: 라.pdf 처리 완료',
        counters: { chunks: 3 },
      });
      assert.equal(finished.attempts, 1);
      assert.ok(finished.startedAt && finished.finishedAt);
      // Two of four items in 10 s: 10 s left.
      const estimates = (await events).flatMap((event) =>
        event.type === 'progress' && event.job.progress.done === 2 ? [event.job.progress.etaSeconds] : [],
      );
      assert.ok(estimates.includes(10), `estimates at 2/4: ${estimates.join(',')}`);
      assert.deepEqual(
        queue.items(job.id).map((item) => [item.key, item.status, item.result]),
        ['가.pdf', '나.pdf', '다.pdf', '라.pdf'].map((key) => [key, 'done', { chunks: 3 }]),
      );
      await close();
    });

    test('a failed item is recorded with its reason while the rest go on; the job succeeds with failures', async () => {
      const { queue, close } = await open();
      queue.register<string[]>('ingest', async ({ job, items }) => {
        items.plan(job.input);
        for (const key of job.input) {
          if (key === 'broken.hwp')
            items.complete(key, { status: 'failed', error: { code: 'unprocessable', message: '한글 문서를 읽을 수 없습니다.' } });
          else items.complete(key, { status: 'done' });
        }
      });
      queue.start();
      const job = queue.enqueue('ingest', ['a.txt', 'broken.hwp', 'c.txt']);
      const finished = await queue.wait(job.id);
      assert.equal(finished.status, 'succeeded');
      assert.equal(finished.result, null);
      assert.deepEqual([finished.progress.done, finished.progress.failed, finished.progress.total], [2, 1, 3]);
      const broken = queue.items(job.id).find((item) => item.key === 'broken.hwp');
      assert.deepEqual(broken?.error, { code: 'unprocessable', message: '한글 문서를 읽을 수 없습니다.' });
      assert.equal(broken?.status, 'failed');
      await close();
    });

    test('a thrown error fails the job with its code and message', async () => {
      const { queue, close } = await open();
      queue.register('render', async ({ job }) => {
        if (job.input === 'typed') throw new GenstackError({ code: 'unprocessable', message: 'Scene has no shots. 장면이 비어 있습니다.' });
        throw new Error('disk full');
      });
      queue.start();
      const typed = await queue.wait(queue.enqueue('render', 'typed').id);
      assert.equal(typed.status, 'failed');
      assert.deepEqual(typed.error, { code: 'unprocessable', message: 'Scene has no shots. 장면이 비어 있습니다.' });
      const plain = await queue.wait(queue.enqueue('render', 'plain').id);
      assert.deepEqual(plain.error, { code: 'internal_error', message: 'disk full' });
      await close();
    });

    test('cancel aborts a running handler, keeps finished items, and a final job cannot be cancelled again', async () => {
      const { queue, close } = await open();
      let aborted = false;
      queue.register('ingest', async ({ items, signal }) => {
        items.plan(['1', '2', '3', '4', '5']);
        for (const key of ['1', '2', '3', '4', '5']) {
          if (signal.aborted) {
            aborted = true;
            return;
          }
          items.complete(key, { status: 'done' });
          await sleep(15);
        }
      });
      queue.start();
      const job = queue.enqueue('ingest', null);
      await until(() => queue.items(job.id).filter((item) => item.status === 'done').length >= 2);
      const cancelled = queue.cancel(job.id);
      assert.equal(cancelled.status, 'cancelled');
      assert.ok(cancelled.finishedAt);
      assert.equal((await queue.wait(job.id)).status, 'cancelled');
      await until(() => aborted);
      const done = queue.items(job.id).filter((item) => item.status === 'done').length;
      assert.ok(done >= 2 && done < 5, `done items: ${done}`);
      assert.equal(queue.get(job.id)?.status, 'cancelled', 'the handler returning afterwards does not change the status');
      assert.throws(() => queue.cancel(job.id), isCode('conflict'));
      await close();
    });

    test('a queued job is cancelled at once, and its kind may have no handler at all', async () => {
      const { queue, close } = await open();
      queue.start();
      const job = queue.enqueue('unregistered', { note: '대기 중' });
      await sleep(20);
      assert.equal(queue.get(job.id)?.status, 'queued', 'no handler: it waits');
      assert.equal(queue.cancel(job.id).status, 'cancelled');
      const later = queue.enqueue('unregistered', null);
      queue.register('unregistered', async () => 'ran');
      assert.equal((await queue.wait(later.id)).result, 'ran', 'registering a handler starts what was waiting');
      await close();
    });

    test('retry re-runs only the failed items; conflicts and unknown ids are typed errors', async () => {
      const { queue, close } = await open();
      const attempts: string[][] = [];
      let failing = true;
      queue.register('ingest', async ({ items }) => {
        items.plan(['a', 'b', 'c']);
        const processed: string[] = [];
        for (const item of items.list().filter((each) => each.status === 'pending')) {
          processed.push(item.key);
          if (item.key === 'b' && failing) items.complete('b', { status: 'failed', error: { code: 'upstream_error', message: 'timeout' } });
          else items.complete(item.key, { status: 'done' });
        }
        attempts.push(processed);
      });
      queue.start();
      const job = queue.enqueue('ingest', null);
      assert.equal((await queue.wait(job.id)).progress.failed, 1);
      failing = false;
      const retried = queue.retry(job.id);
      assert.equal(retried.status, 'queued');
      assert.equal(retried.finishedAt, null);
      assert.deepEqual([retried.progress.done, retried.progress.failed], [2, 0]);
      const finished = await queue.wait(job.id);
      assert.deepEqual(attempts, [['a', 'b', 'c'], ['b']]);
      assert.deepEqual([finished.status, finished.progress.done, finished.progress.failed, finished.attempts], ['succeeded', 3, 0, 2]);
      assert.throws(() => queue.retry(job.id), isCode('conflict'), 'a clean success has nothing to retry');
      await close();
    });

    test('a failed job can be retried and a cancelled one too', async () => {
      const { queue, close } = await open();
      let calls = 0;
      queue.register('flaky', async () => {
        calls += 1;
        if (calls === 1) throw new GenstackError({ code: 'upstream_error', message: 'busy' });
        return calls;
      });
      queue.start();
      const job = queue.enqueue('flaky', null);
      assert.equal((await queue.wait(job.id)).status, 'failed');
      queue.retry(job.id);
      const finished = await queue.wait(job.id);
      assert.deepEqual([finished.status, finished.result, finished.error], ['succeeded', 2, null]);
      const parked = queue.enqueue('parked', null);
      queue.cancel(parked.id);
      assert.equal(queue.retry(parked.id).status, 'queued');
      await close();
    });

    test('unknown ids: get is undefined, everything else is not_found', async () => {
      const { queue, close } = await open();
      assert.equal(queue.get('job_missing'), undefined);
      assert.throws(() => queue.items('job_missing'), isCode('not_found'));
      assert.throws(() => queue.cancel('job_missing'), isCode('not_found'));
      assert.throws(() => queue.retry('job_missing'), isCode('not_found'));
      assert.throws(() => queue.subscribe('job_missing'), isCode('not_found'));
      await assert.rejects(queue.wait('job_missing'), isCode('not_found'));
      await close();
    });

    test('concurrency is bounded per kind and jobs start in FIFO order', async () => {
      const { queue, close } = await open();
      let running = 0;
      let most = 0;
      const order: unknown[] = [];
      queue.register(
        'render',
        async ({ job }) => {
          order.push(job.input);
          running += 1;
          most = Math.max(most, running);
          await sleep(30);
          running -= 1;
        },
        { concurrency: 2 },
      );
      let otherRan = false;
      queue.register('other', async () => void (otherRan = true));
      const ids = [1, 2, 3, 4, 5].map((n) => queue.enqueue('render', n).id);
      const other = queue.enqueue('other', null);
      queue.start();
      await until(() => running === 2);
      assert.equal(queue.list({ kind: 'render', status: 'running' }).length, 2);
      await queue.wait(other.id);
      assert.ok(otherRan, 'another kind is not held up by a busy one');
      for (const id of ids) assert.equal((await queue.wait(id)).status, 'succeeded');
      assert.equal(most, 2);
      assert.deepEqual(order, [1, 2, 3, 4, 5]);
      assert.throws(() => queue.register('bad', async () => null, { concurrency: 0 }), isCode('invalid_request'));
      await close();
    });

    test('subscribe yields the current status first, then live events in order, and ends at the final status', async () => {
      const { queue, close } = await open({ progressThrottleMs: 0 });
      queue.register('ingest', async ({ items, progress }) => {
        items.plan(['x']);
        progress({ message: '시작' });
        items.complete('x', { status: 'done' });
        return 'ok';
      });
      const job = queue.enqueue('ingest', null);
      const events = collect(queue.subscribe(job.id));
      queue.start();
      const seen = await events;
      const summary = seen.map((event) => (event.type === 'item' ? `item:${event.item.key}` : `${event.type}:${event.job.status}`));
      assert.equal(summary[0], 'status:queued');
      assert.equal(summary[1], 'status:running');
      assert.equal(summary.at(-1), 'status:succeeded');
      assert.ok(summary.indexOf('item:x') > 1 && summary.indexOf('item:x') < summary.length - 1, summary.join(' '));
      assert.ok(
        seen.some((event) => event.type === 'progress' && event.job.progress.message === '시작'),
        'progress events carry the job',
      );
      const late = await collect(queue.subscribe(job.id));
      assert.deepEqual(
        late.map((event) => event.type === 'status' && event.job.status),
        ['succeeded'],
        'a finished job yields its status and ends',
      );
      const controller = new AbortController();
      const parked = queue.enqueue('parked', null);
      const watching = collect(queue.subscribe(parked.id, controller.signal));
      controller.abort();
      assert.equal((await watching).length, 1, 'an aborted subscription ends quietly');
      await assert.rejects(queue.wait(parked.id, AbortSignal.abort()), isCode('aborted'));
      await close();
    });

    test('progress is throttled but the final value is always persisted', async () => {
      const { queue, close } = await open({ progressThrottleMs: 60_000 });
      let midway: number | undefined;
      queue.register('count', async ({ progress, job }) => {
        for (let done = 1; done <= 1000; done += 1) progress({ total: 1000, done, failed: 0 });
        midway = queue.get(job.id)?.progress.done;
      });
      const job = queue.enqueue('count', null);
      const events = collect(queue.subscribe(job.id));
      queue.start();
      const finished = await queue.wait(job.id);
      assert.equal(midway, 1, 'only the first update was written during the run');
      assert.equal(finished.progress.done, 1000);
      assert.equal(queue.get(job.id)?.progress.done, 1000);
      const progressEvents = (await events).filter((event) => event.type === 'progress');
      assert.ok(progressEvents.length <= 2, `progress events: ${progressEvents.length}`);
      await close();
    });

    test('stop, then a new queue on the same storage resumes: done items are not processed twice', async () => {
      const processed: string[] = [];
      const keys = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8'];
      const handler = async ({ items, signal }: Parameters<Parameters<JobQueue['register']>[1]>[0]) => {
        items.plan(keys);
        for (const item of items.list()) {
          if (item.status !== 'pending') continue;
          if (signal.aborted) throw signal.reason;
          await sleep(10);
          processed.push(item.key);
          items.complete(item.key, { status: 'done' });
        }
        return processed.length;
      };
      const first = await open();
      first.queue.register('ingest', handler);
      first.queue.start();
      const job = first.queue.enqueue('ingest', { source: '사내 위키' });
      await until(() => processed.length >= 3);
      await first.queue.stop();
      const stopped = first.queue.get(job.id);
      assert.equal(stopped?.status, 'queued', 'a stop is not a cancel');
      assert.ok(processed.length < keys.length);
      await first.close();

      const second = await open({ location: first.location });
      second.queue.register('ingest', handler);
      second.queue.start();
      const finished = await second.queue.wait(job.id);
      assert.equal(finished.status, 'succeeded');
      assert.deepEqual(processed, keys, 'each item once, in order');
      assert.equal(finished.attempts, 2);
      assert.deepEqual(finished.input, { source: '사내 위키' });
      await second.close();
    });
  });
}
