// Per-key quotas with a controlled clock: the requests-per-minute bucket, UTC budget periods, token budgets charged and refused.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { GenstackError } from '../../../src/core/index.ts';
import {
  budgetPeriod,
  chargeTokens,
  checkTokenBudget,
  createApiKey,
  createRateLimiter,
  keyUsage,
  parseRateLimit,
  parseTokenBudget,
} from '../../../src/guard/index.ts';
import { openSqliteStore } from '../../../src/store/index.ts';

test('the rate limiter allows a minute’s burst, then one request per 60/limit seconds, with Retry-After', () => {
  let now = 0;
  const limiter = createRateLimiter({ now: () => now });
  const take = () => limiter.take({ keyId: 'key_1', keyName: '상담봇', limitPerMinute: 3 });
  take();
  take();
  take();
  assert.throws(take, (error: GenstackError) => {
    assert.equal(error.code, 'rate_limited');
    assert.equal(error.retryAfter, 20);
    assert.match(error.message, /'상담봇' reached its limit of 3 requests per minute; retry in 20 s/);
    return true;
  });
  now += 19_000;
  assert.throws(take);
  now += 1_000;
  take();
  limiter.take({ keyId: 'key_2', keyName: 'other', limitPerMinute: 3 });
  for (let index = 0; index < 100; index += 1) limiter.take({ keyId: 'key_3', keyName: 'free', limitPerMinute: null });
});

test('budget periods are UTC days and months, resetting at the next one', () => {
  const at = new Date('2025-12-31T23:30:00Z');
  assert.deepEqual(budgetPeriod('day', at), { start: '2025-12-31', resetAt: new Date('2026-01-01T00:00:00Z') });
  assert.deepEqual(budgetPeriod('month', at), { start: '2025-12-01', resetAt: new Date('2026-01-01T00:00:00Z') });
  assert.deepEqual(parseTokenBudget('50000/day'), { tokens: 50000, period: 'day' });
  assert.deepEqual(parseTokenBudget(' 7 / Month '), { tokens: 7, period: 'month' });
  for (const bad of ['0/day', '10/week', 'lots', '-5/day'])
    assert.throws(
      () => parseTokenBudget(bad),
      (error: GenstackError) => error.code === 'invalid_request',
    );
  assert.equal(parseRateLimit('60'), 60);
  assert.throws(
    () => parseRateLimit('1.5'),
    (error: GenstackError) => error.code === 'invalid_request',
  );
});

test('a token budget is refused once spent, with the reset as Retry-After, and whole again next period (en, ko)', async () => {
  const store = openSqliteStore({ path: ':memory:' });
  for (const name of ['daily bot', '일일 봇']) {
    const { key } = await createApiKey({ store, name, tokenBudget: { tokens: 100, period: 'day' } });
    const morning = new Date('2025-03-14T09:00:00Z');
    await checkTokenBudget({ store, key, now: morning });
    await chargeTokens({ store, key, tokens: 60, now: morning });
    await checkTokenBudget({ store, key, now: morning });
    await chargeTokens({ store, key, tokens: 45, now: morning });
    await assert.rejects(checkTokenBudget({ store, key, now: morning }), (error: GenstackError) => {
      assert.equal(error.code, 'budget_exceeded');
      assert.equal(error.status, 429);
      assert.equal(error.retryAfter, 15 * 3600);
      assert.match(error.message, /daily budget of 100 tokens \(105 used\); it resets at 2025-03-15T00:00:00\.000Z/);
      return true;
    });
    assert.deepEqual(await keyUsage({ store, key, now: morning }), {
      period: 'day',
      periodStart: '2025-03-14',
      tokens: 105,
      budget: 100,
      remaining: 0,
      resetAt: '2025-03-15T00:00:00.000Z',
    });
    await checkTokenBudget({ store, key, now: new Date('2025-03-15T00:00:01Z') });
  }
  const { key: unlimited } = await createApiKey({ store, name: 'no budget' });
  await chargeTokens({ store, key: unlimited, tokens: 1e6 });
  await checkTokenBudget({ store, key: unlimited });
  assert.equal((await keyUsage({ store, key: unlimited })).tokens, 1e6, 'usage is recorded without a budget too');
  await store.close();
});
