// The small parts of a download: Content-Range parsing, backoff with jitter, retry budgets and the transfer rate.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GenstackError } from '../../../src/core/errors.ts';
import { contentLength, parseContentRange } from '../../../src/models/pull/content-range.ts';
import { TransientDownloadError } from '../../../src/models/pull/download-errors.ts';
import { backoffDelay, withRetries } from '../../../src/models/pull/retry.ts';
import { TransferRate } from '../../../src/models/pull/transfer-rate.ts';

describe('parseContentRange', () => {
  test('reads satisfied, unknown-total and unsatisfied ranges', () => {
    assert.deepEqual(parseContentRange('bytes 100-199/1000'), { start: 100, end: 199, total: 1000 });
    assert.deepEqual(parseContentRange('bytes 0-9/*'), { start: 0, end: 9, total: undefined });
    assert.deepEqual(parseContentRange('bytes */1000'), { start: undefined, end: undefined, total: 1000 });
    assert.equal(parseContentRange('items 0-9/10'), undefined);
    assert.equal(parseContentRange(null), undefined);
  });

  test('contentLength ignores lengths of encoded bodies', () => {
    assert.equal(contentLength(new Headers({ 'content-length': '42' })), 42);
    assert.equal(contentLength(new Headers({ 'content-length': '42', 'content-encoding': 'gzip' })), undefined);
    assert.equal(contentLength(new Headers({ 'content-length': 'many' })), undefined);
  });
});

describe('backoffDelay', () => {
  test('doubles per attempt, stays between half and all of the ceiling, and is capped', () => {
    assert.equal(backoffDelay({ attempt: 1, baseMs: 100, random: () => 0 }), 50);
    assert.equal(backoffDelay({ attempt: 1, baseMs: 100, random: () => 1 }), 100);
    assert.equal(backoffDelay({ attempt: 4, baseMs: 100, random: () => 0.5 }), 600);
    assert.equal(backoffDelay({ attempt: 30, baseMs: 500, random: () => 1 }), 30_000);
  });
});

describe('withRetries', () => {
  const options = { url: 'http://127.0.0.1/model.gguf', maxRetries: 2, baseMs: 1 };

  test('retries transient failures and returns the first success', async () => {
    let calls = 0;
    const value = await withRetries(async () => {
      calls += 1;
      if (calls < 3) throw new TransientDownloadError('HTTP 503');
      return 'done';
    }, options);
    assert.equal(value, 'done');
    assert.equal(calls, 3);
  });

  test('passes final errors through at once', async () => {
    let calls = 0;
    const final = new GenstackError({ code: 'not_found', message: 'gone' });
    await assert.rejects(
      withRetries(async () => {
        calls += 1;
        throw final;
      }, options),
      final,
    );
    assert.equal(calls, 1);
  });

  test('a failure that still made progress restarts the retry budget', async () => {
    let calls = 0;
    await withRetries(
      async () => {
        calls += 1;
        if (calls < 6) throw new TransientDownloadError('dropped');
      },
      { ...options, madeProgress: () => true },
    );
    assert.equal(calls, 6);
  });
});

describe('TransferRate', () => {
  test('measures recent speed and estimates the time left', () => {
    let now = 0;
    const rate = new TransferRate(() => now);
    now = 1000;
    rate.record(2048);
    assert.equal(rate.bytesPerSecond(), 2048);
    assert.equal(rate.etaSeconds(4096), 2);
    assert.equal(rate.etaSeconds(undefined), undefined);
  });

  test('forgets samples older than the window, so a stall shows as a slowdown', () => {
    let now = 0;
    const rate = new TransferRate(() => now);
    for (now = 1000; now <= 10_000; now += 1000) rate.record(now <= 5000 ? 10_000 : 1000);
    assert.ok(rate.bytesPerSecond() < 3000, `speed ${rate.bytesPerSecond()}`);
  });
});
