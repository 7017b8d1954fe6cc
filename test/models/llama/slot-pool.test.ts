// The slot pool behind `parallel`: first come first served, and a cancelled waiter leaves the queue.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { GenstackError } from '../../../src/core/errors.ts';
import { SlotPool } from '../../../src/models/llama/slot-pool.ts';

test('requests beyond the free slots wait and are served in order', async () => {
  const pool = new SlotPool(['a']);
  const first = await pool.acquire();
  const served: string[] = [];
  const second = pool.acquire().then((slot) => served.push(`second:${slot}`));
  const third = pool.acquire().then((slot) => served.push(`third:${slot}`));
  assert.equal(pool.waiting, 2);
  pool.release(first);
  await second;
  pool.release('a');
  await third;
  assert.deepEqual(served, ['second:a', 'third:a']);
});

test('a waiter whose signal aborts leaves the queue with an aborted error', async () => {
  const pool = new SlotPool([1]);
  const held = await pool.acquire();
  const controller = new AbortController();
  const waiting = pool.acquire(controller.signal);
  controller.abort();
  await assert.rejects(waiting, (error: GenstackError) => error.code === 'aborted');
  assert.equal(pool.waiting, 0);
  pool.release(held);
  assert.equal(await pool.acquire(), 1);
});

test('an already aborted signal never takes a slot', async () => {
  const pool = new SlotPool([1]);
  await assert.rejects(pool.acquire(AbortSignal.abort()), (error: GenstackError) => error.code === 'aborted');
  assert.equal(await pool.acquire(), 1);
});
