// The registry's resilience: aliases, defaults, retries with backoff and Retry-After, fallbacks, timeouts, concurrency limits.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { GenstackError } from '../../src/core/index.ts';
import { generateFromStream } from '../../src/models/generate-from-stream.ts';
import { createModelRegistry } from '../../src/models/registry.ts';
import type { ChatModel, ChatRequest, ChatStreamPart, ModelProvider } from '../../src/models/types.ts';

interface ScriptedCall {
  request: ChatRequest;
  at: number;
}

/** A provider whose models follow a script: each call takes the next outcome (an error to throw, or text to answer). */
function scriptedProvider(script: Record<string, Array<GenstackError | string | { delayMs: number; text: string }>>) {
  const calls: Record<string, ScriptedCall[]> = {};
  const provider: ModelProvider = {
    name: 'scripted',
    chatModel(modelId): ChatModel {
      const next = () => {
        const outcomes = script[modelId] ?? [];
        return outcomes.length > 1 ? outcomes.shift() : outcomes[0];
      };
      async function* stream(request: ChatRequest): AsyncGenerator<ChatStreamPart> {
        (calls[modelId] ??= []).push({ request, at: Date.now() });
        const outcome = next();
        yield { type: 'stream-start', warnings: [] };
        if (outcome instanceof GenstackError) throw outcome;
        const { delayMs, text } = typeof outcome === 'string' ? { delayMs: 0, text: outcome } : (outcome ?? { delayMs: 0, text: '' });
        if (delayMs) {
          await new Promise((resolve, reject) => {
            const timer = setTimeout(resolve, delayMs);
            request.signal?.addEventListener('abort', () => (clearTimeout(timer), reject(request.signal?.reason)), { once: true });
          });
        }
        yield { type: 'text-start', id: 't' };
        yield { type: 'text-delta', id: 't', delta: text };
        yield { type: 'text-end', id: 't' };
        yield { type: 'finish', finishReason: 'stop', usage: { promptTokens: 1, completionTokens: 1, totalTokens: 2 } };
      }
      return { provider: 'scripted', modelId, stream, generate: (request) => generateFromStream(stream(request)) };
    },
  };
  return { provider, calls };
}

const unavailable = () => new GenstackError({ code: 'unavailable', message: 'upstream down' });
const fastRetry = { maxRetries: 2, baseDelayMs: 5, maxDelayMs: 20 };
const user = (content: string): ChatRequest => ({ messages: [{ role: 'user', content }] });

describe('model registry', () => {
  test('lists the built-in models and resolves aliases and default', () => {
    const { provider } = scriptedProvider({});
    const registry = createModelRegistry({
      providers: [provider, { name: 'builtin' }],
      entries: [{ id: 'a', provider: 'scripted' }],
      aliases: { fast: 'a' },
      defaultChat: 'fast',
    });
    assert.deepEqual(
      registry
        .list()
        .map((model) => model.id)
        .sort(),
      ['a', 'builtin', 'builtin-embed'],
    );
    assert.equal(registry.resolveId('fast'), 'a');
    assert.equal(registry.resolveId('default'), 'a');
    assert.deepEqual(registry.info('a').aliases, ['fast']);
    assert.throws(
      () => registry.resolveId('nope'),
      (error: GenstackError) => error.code === 'model_not_found' && error.status === 404,
    );
  });

  test('rejects entries naming an unknown provider, and masks secrets in info', () => {
    const { provider } = scriptedProvider({});
    const registry = createModelRegistry({ providers: [provider, { name: 'builtin' }] });
    assert.throws(
      () => registry.register({ id: 'x', provider: 'nope' }),
      (error: GenstackError) => error.code === 'config_invalid',
    );
    registry.register({ id: 'secret', provider: 'scripted', settings: { apiKey: 'sk-1234567890abcd' } });
    assert.equal(registry.info('secret').settings.apiKey, '***abcd');
  });

  test('applies per-model defaults without overriding what the client sent', async () => {
    const { provider, calls } = scriptedProvider({ a: ['ok'] });
    const registry = createModelRegistry({
      providers: [provider, { name: 'builtin' }],
      entries: [{ id: 'a', provider: 'scripted', defaults: { temperature: 0.2, maxTokens: 50, system: '당신은 도우미입니다.' } }],
    });
    await registry.chat('a').generate({ ...user('hi'), temperature: 0.9 });
    const sent = calls.a?.[0]?.request;
    assert.equal(sent?.temperature, 0.9);
    assert.equal(sent?.maxTokens, 50);
    assert.deepEqual(sent?.messages[0], { role: 'system', content: '당신은 도우미입니다.' });
  });

  test('retries retryable errors with backoff, then succeeds', async () => {
    const { provider, calls } = scriptedProvider({ a: [unavailable(), unavailable(), 'third time'] });
    const registry = createModelRegistry({
      providers: [provider, { name: 'builtin' }],
      entries: [{ id: 'a', provider: 'scripted', retry: fastRetry }],
    });
    const result = await registry.chat('a').generate(user('hi'));
    assert.equal(result.text, 'third time');
    assert.equal(calls.a?.length, 3);
  });

  test('honours Retry-After from a 429', async () => {
    const limited = new GenstackError({ code: 'rate_limited', message: 'slow down', retryAfter: 0.2 });
    const { provider, calls } = scriptedProvider({ a: [limited, 'ok'] });
    const registry = createModelRegistry({
      providers: [provider, { name: 'builtin' }],
      entries: [{ id: 'a', provider: 'scripted', retry: fastRetry }],
    });
    await registry.chat('a').generate(user('hi'));
    const [first, second] = calls.a ?? [];
    assert.ok(second && first && second.at - first.at >= 190, `waited ${second && first ? second.at - first.at : 0} ms`);
  });

  test('does not retry user errors', async () => {
    const { provider, calls } = scriptedProvider({ a: [new GenstackError({ code: 'invalid_request', message: 'bad' }), 'ok'] });
    const registry = createModelRegistry({
      providers: [provider, { name: 'builtin' }],
      entries: [{ id: 'a', provider: 'scripted', retry: fastRetry }],
    });
    await assert.rejects(registry.chat('a').generate(user('hi')), (error: GenstackError) => error.code === 'invalid_request');
    assert.equal(calls.a?.length, 1);
  });

  test('falls back to the next model when retries are exhausted, in stream mode too', async () => {
    const { provider, calls } = scriptedProvider({ a: [unavailable()], b: ['from b'] });
    const registry = createModelRegistry({
      providers: [provider, { name: 'builtin' }],
      entries: [
        { id: 'a', provider: 'scripted', retry: { maxRetries: 1, baseDelayMs: 1, maxDelayMs: 2 }, fallbacks: ['b'] },
        { id: 'b', provider: 'scripted' },
      ],
    });
    assert.equal((await registry.chat('a').generate(user('hi'))).text, 'from b');
    const parts: ChatStreamPart[] = [];
    for await (const part of registry.chat('a').stream(user('hi'))) parts.push(part);
    assert.equal(parts[0]?.type, 'stream-start');
    assert.equal(parts.filter((part) => part.type === 'stream-start').length, 1);
    assert.ok(parts.some((part) => part.type === 'text-delta' && part.delta === 'from b'));
    assert.equal(calls.a?.length, 4);
  });

  test('times out a slow model and reports upstream_timeout', async () => {
    const { provider } = scriptedProvider({ a: [{ delayMs: 5_000, text: 'late' }] });
    const registry = createModelRegistry({
      providers: [provider, { name: 'builtin' }],
      entries: [{ id: 'a', provider: 'scripted', timeoutMs: 50, retry: { maxRetries: 0, baseDelayMs: 1, maxDelayMs: 1 } }],
    });
    const started = Date.now();
    await assert.rejects(registry.chat('a').generate(user('hi')), (error: GenstackError) => error.code === 'upstream_timeout');
    assert.ok(Date.now() - started < 1_000);
  });

  test('a cancelled request is not retried', async () => {
    const { provider, calls } = scriptedProvider({ a: [{ delayMs: 5_000, text: 'late' }] });
    const registry = createModelRegistry({
      providers: [provider, { name: 'builtin' }],
      entries: [{ id: 'a', provider: 'scripted', retry: fastRetry }],
    });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    await assert.rejects(
      registry.chat('a').generate({ ...user('hi'), signal: controller.signal }),
      (error: GenstackError) => error.code === 'aborted',
    );
    assert.equal(calls.a?.length, 1);
  });

  test('limits concurrency per model and rejects beyond the queue with 429', async () => {
    const { provider } = scriptedProvider({ a: [{ delayMs: 100, text: 'ok' }] });
    const registry = createModelRegistry({
      providers: [provider, { name: 'builtin' }],
      entries: [{ id: 'a', provider: 'scripted', concurrency: 1, maxQueue: 1 }],
    });
    const model = registry.chat('a');
    const started = Date.now();
    const results = await Promise.allSettled([model.generate(user('1')), model.generate(user('2')), model.generate(user('3'))]);
    assert.equal(results.filter((result) => result.status === 'fulfilled').length, 2);
    const rejected = results.find((result) => result.status === 'rejected');
    assert.equal((rejected as PromiseRejectedResult).reason.code, 'rate_limited');
    assert.ok(Date.now() - started >= 190, 'the queued request waited for the first');
  });

  test('an error after output has started is reported in the stream, never replayed', async () => {
    const provider: ModelProvider = {
      name: 'broken',
      chatModel: (modelId) => ({
        provider: 'broken',
        modelId,
        generate: () => Promise.reject(new Error('unused')),
        async *stream() {
          yield { type: 'text-delta', id: 't', delta: 'partial' };
          throw new GenstackError({ code: 'unavailable', message: 'connection lost' });
        },
      }),
    };
    const registry = createModelRegistry({
      providers: [provider, { name: 'builtin' }],
      entries: [{ id: 'x', provider: 'broken', retry: fastRetry }],
    });
    const parts: ChatStreamPart[] = [];
    for await (const part of registry.chat('x').stream(user('hi'))) parts.push(part);
    assert.deepEqual(
      parts.map((part) => part.type),
      ['text-delta', 'error'],
    );
  });

  test('prefix resolvers supply models built on demand (kb:<name>) and list them', async () => {
    const { provider } = scriptedProvider({ answer: ['근거 있는 답변 [1]'] });
    const registry = createModelRegistry({ providers: [provider, { name: 'builtin' }] });
    const info = {
      id: 'kb:정책',
      provider: 'knowledge',
      kind: 'chat' as const,
      source: 'store' as const,
      aliases: [],
      fallbacks: [],
      settings: {},
    };
    registry.addResolver({
      prefix: 'kb:',
      resolve: (id) => (id === 'kb:정책' ? (provider.chatModel?.('answer', {}) as ChatModel) : undefined),
      list: () => [info],
    });
    assert.equal((await registry.chat('kb:정책').generate(user('환불 규정?'))).text, '근거 있는 답변 [1]');
    assert.ok(registry.list().some((model) => model.id === 'kb:정책'));
    assert.equal(registry.info('kb:정책').provider, 'knowledge');
    assert.throws(
      () => registry.chat('kb:없음'),
      (error: GenstackError) => error.code === 'model_not_found',
    );
    assert.throws(
      () => registry.info('kb:없음'),
      (error: GenstackError) => error.code === 'model_not_found',
    );
  });
});
