// How HTTP errors, Retry-After and network failures from an OpenAI-compatible server are classified.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GenstackError } from '../../../src/core/errors.ts';
import { createOpenAiProvider } from '../../../src/models/openai/index.ts';
import { parseRetryAfter } from '../../../src/models/openai/openai-error.ts';
import type { ChatModel } from '../../../src/models/types.ts';
import { closedPort, startFakeUpstream, type FakeUpstream } from './fake-upstream.ts';

let upstream: FakeUpstream;
let model: ChatModel;
const messages = [{ role: 'user' as const, content: '안녕' }];

before(async () => {
  upstream = await startFakeUpstream();
  model = createOpenAiProvider().chatModel!('m', { baseURL: upstream.baseURL });
});
after(() => upstream.close());

async function failure(promise: Promise<unknown>): Promise<GenstackError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof GenstackError, `expected a GenstackError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected a rejection');
}

describe('openai provider errors', () => {
  const table = [
    [400, 'invalid_request', false],
    [401, 'upstream_error', false],
    [403, 'upstream_error', false],
    [404, 'not_found', false],
    [408, 'request_timeout', true],
    [409, 'conflict', true],
    [413, 'payload_too_large', false],
    [422, 'unprocessable', false],
    [429, 'rate_limited', true],
    [500, 'upstream_error', true],
    [502, 'upstream_error', true],
    [503, 'unavailable', true],
    [504, 'upstream_timeout', true],
  ] as const;
  for (const [status, code, retryable] of table) {
    test(`HTTP ${status} → ${code}, retryable ${retryable}, upstream message kept`, async () => {
      upstream.reply({
        type: 'json',
        status,
        body: { error: { message: `upstream said ${status}: 요청 실패`, type: 'x', param: 'messages', code: null } },
      });
      const error = await failure(model.generate({ messages }));
      assert.equal(error.code, code);
      assert.equal(error.retryable, retryable);
      assert.ok(error.message.endsWith(`upstream said ${status}: 요청 실패`), error.message);
      assert.equal(error.param, 'messages');
    });
  }

  test('404 about the model is model_not_found (Ollama and OpenAI wording)', async () => {
    upstream.reply(
      { type: 'json', status: 404, body: { error: 'model "qwen3:8b" not found, try pulling it first' } },
      { type: 'json', status: 404, body: { error: { message: 'The model `gpt-x` does not exist', code: 'model_not_found' } } },
      { type: 'text', status: 404, body: '404 page not found' },
      { type: 'text', status: 404, body: '' },
    );
    const ollama = await failure(model.generate({ messages }));
    assert.equal(ollama.code, 'model_not_found');
    assert.equal(ollama.message, 'model "qwen3:8b" not found, try pulling it first');
    assert.equal((await failure(model.generate({ messages }))).code, 'model_not_found');
    const route = await failure(model.generate({ messages }));
    assert.equal(route.code, 'not_found');
    assert.equal(route.message, '404 page not found');
    // Our own fallback message mentions 'model server'; that must not make an empty 404 look like a missing model.
    assert.equal((await failure(model.generate({ messages }))).code, 'not_found');
  });

  test('429 with Retry-After in seconds, and retry-after-ms wins when both are sent', async () => {
    upstream.reply(
      { type: 'json', status: 429, headers: { 'retry-after': '7' }, body: { error: { message: 'Rate limit reached' } } },
      { type: 'json', status: 429, headers: { 'retry-after': '7', 'retry-after-ms': '1500' }, body: { error: { message: 'slow down' } } },
    );
    const error = await failure(model.generate({ messages }));
    assert.equal(error.code, 'rate_limited');
    assert.equal(error.retryAfter, 7);
    assert.equal(error.retryable, true);
    assert.equal(error.status, 429);
    assert.equal((await failure(model.generate({ messages }))).retryAfter, 1.5);
  });

  test('503 with Retry-After as an HTTP date, thrown before the first stream part', async () => {
    const inThirtySeconds = new Date(Date.now() + 30_000).toUTCString();
    upstream.reply({ type: 'json', status: 503, headers: { 'retry-after': inThirtySeconds }, body: { message: 'Service is overloaded' } });
    const iterator = model.stream({ messages })[Symbol.asyncIterator]();
    const error = await failure(iterator.next());
    assert.equal(error.code, 'unavailable');
    assert.equal(error.message, 'Service is overloaded');
    assert.ok(error.retryAfter !== undefined && error.retryAfter >= 28 && error.retryAfter <= 31, `retryAfter ${error.retryAfter}`);
  });

  test('an error body that is plain text or empty still gives a useful message', async () => {
    upstream.reply({ type: 'text', status: 500, body: 'Internal Server Error: 모델 로딩 실패' }, { type: 'text', status: 502, body: '' });
    assert.equal((await failure(model.generate({ messages }))).message, 'Internal Server Error: 모델 로딩 실패');
    const empty = await failure(model.generate({ messages }));
    assert.equal(empty.code, 'upstream_error');
    assert.match(empty.message, /answered HTTP 502/);
    assert.ok(empty.message.includes(upstream.baseURL));
  });

  test('FastAPI-style {detail} bodies (vLLM) are read too', async () => {
    upstream.reply({ type: 'json', status: 400, body: { detail: 'max_tokens must be at least 1' } });
    assert.equal((await failure(model.generate({ messages }))).message, 'max_tokens must be at least 1');
  });

  test('connection refused → unavailable, retryable, naming the base URL, for chat, stream and embeddings', async () => {
    const baseURL = `http://127.0.0.1:${await closedPort()}/v1`;
    const provider = createOpenAiProvider();
    const chat = provider.chatModel!('m', { baseURL });
    for (const attempt of [
      chat.generate({ messages }),
      chat.stream({ messages })[Symbol.asyncIterator]().next(),
      provider.embeddingModel!('e', { baseURL }).embed({ input: ['x'] }),
    ]) {
      const error = await failure(attempt);
      assert.equal(error.code, 'unavailable');
      assert.equal(error.retryable, true);
      assert.ok(error.message.includes(baseURL), error.message);
      assert.match(error.message, /ECONNREFUSED/);
    }
  });

  test('parseRetryAfter reads seconds, HTTP dates against a given clock, and ignores garbage', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    assert.equal(parseRetryAfter(new Headers({ 'retry-after': '120' }), now), 120);
    assert.equal(parseRetryAfter(new Headers({ 'retry-after': 'Wed, 01 Jan 2025 00:00:10 GMT' }), now), 10);
    assert.equal(parseRetryAfter(new Headers({ 'retry-after': 'Tue, 31 Dec 2024 00:00:00 GMT' }), now), 0);
    assert.equal(parseRetryAfter(new Headers({ 'retry-after': 'soon' }), now), undefined);
    assert.equal(parseRetryAfter(new Headers(), now), undefined);
  });
});
