// The `openai` provider against a second genstack: instance A serves models that live on instance B, with fallbacks and errors.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import OpenAI from 'openai';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { createApiKey } from '../../src/guard/index.ts';
import { startTestServer, type TestServer } from '../helpers/start-test-server.ts';
import { collectStream, weatherTools } from './chat-fixtures.ts';

let instanceB: TestServer;
let instanceA: TestServer;
/** Talks to A, which forwards to B. */
let client: OpenAI;
/** Talks to B directly, to compare. */
let direct: OpenAI;

/** A loopback port that nothing listens on. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

before(async () => {
  instanceB = await startTestServer({ configPatch: { server: { requireApiKey: true } } });
  const { secret } = await createApiKey({ store: instanceB.platform.store, name: 'instance-a' });
  const remote = { baseURL: instanceB.baseURL, apiKey: secret };
  const deadPort = await closedPort();
  instanceA = await startTestServer({
    configPatch: {
      models: {
        entries: [
          { id: 'remote', provider: 'openai', settings: { ...remote, model: 'builtin' } },
          { id: 'remote-embed', provider: 'openai', kind: 'embedding', settings: { ...remote, model: 'builtin-embed' } },
          { id: 'remote-missing', provider: 'openai', settings: { ...remote, model: 'no-such-model' }, retry: { maxRetries: 0 } },
          { id: 'remote-no-key', provider: 'openai', settings: { baseURL: instanceB.baseURL, model: 'builtin' }, retry: { maxRetries: 0 } },
          {
            id: 'flaky',
            provider: 'openai',
            settings: { baseURL: `http://127.0.0.1:${deadPort}/v1` },
            retry: { maxRetries: 0 },
            fallbacks: ['remote'],
          },
          { id: 'dead', provider: 'openai', settings: { baseURL: `http://127.0.0.1:${deadPort}/v1` }, retry: { maxRetries: 0 } },
        ],
      },
    },
  });
  client = new OpenAI({ baseURL: instanceA.baseURL, apiKey: 'unused', maxRetries: 0 });
  direct = new OpenAI({ baseURL: instanceB.baseURL, apiKey: secret, maxRetries: 0 });
});

after(async () => {
  await instanceA.close();
  await instanceB.close();
});

describe('chat through a second instance', () => {
  test('non-stream: the same answer as asking B directly, under the name A knows', async () => {
    const messages: ChatCompletionMessageParam[] = [{ role: 'user', content: '안녕하세요, 뭘 도와줄 수 있어요?' }];
    const viaA = await client.chat.completions.create({ model: 'remote', messages });
    const viaB = await direct.chat.completions.create({ model: 'builtin', messages });
    assert.equal(viaA.model, 'remote');
    assert.equal(viaA.choices[0]?.message.content, viaB.choices[0]?.message.content);
    assert.equal(viaA.choices[0]?.finish_reason, 'stop');
    assert.ok(viaA.usage && viaA.usage.total_tokens > 0);
  });

  test('stream: deltas arrive and the stream ends with [DONE] and usage', async () => {
    const messages: ChatCompletionMessageParam[] = [{ role: 'user', content: 'Hello! What can you do?' }];
    const streamed = await collectStream(
      await client.chat.completions.create({ model: 'remote', messages, stream: true, stream_options: { include_usage: true } }),
    );
    const whole = await direct.chat.completions.create({ model: 'builtin', messages });
    assert.equal(streamed.content, whole.choices[0]?.message.content);
    assert.equal(streamed.finishReason, 'stop');
    assert.ok(streamed.chunks.at(-1)?.usage);
  });

  test('tools: a call with arguments, then the tool result, round trip', async () => {
    const messages: ChatCompletionMessageParam[] = [{ role: 'user', content: "What's the weather in Paris in celsius?" }];
    const first = await client.chat.completions.create({ model: 'remote', messages, tools: weatherTools });
    const call = first.choices[0]?.message.tool_calls?.[0];
    assert.ok(call && call.type === 'function');
    assert.equal(call.function.name, 'get_weather');
    assert.match(String((JSON.parse(call.function.arguments) as { location: unknown }).location), /paris/i);

    const streamed = await collectStream(
      await client.chat.completions.create({ model: 'remote', messages, tools: weatherTools, stream: true }),
    );
    assert.equal(streamed.finishReason, 'tool_calls');
    assert.equal(streamed.toolCalls[0]?.function.name, 'get_weather');
    assert.deepEqual(JSON.parse(streamed.toolCalls[0]?.function.arguments ?? ''), JSON.parse(call.function.arguments));

    messages.push(first.choices[0]?.message as ChatCompletionMessageParam, {
      role: 'tool',
      tool_call_id: call.id,
      content: '{"temperature":12,"condition":"rain"}',
    });
    const answer = await client.chat.completions.create({ model: 'remote', messages, tools: weatherTools });
    assert.equal(answer.choices[0]?.finish_reason, 'stop');
    assert.match(answer.choices[0]?.message.content ?? '', /12/);
  });
});

describe('embeddings through a second instance', () => {
  test('a remote embedding entry returns the vectors B computes', async () => {
    const input = ['배터리 교체 비용', 'battery replacement cost'];
    const viaA = await client.embeddings.create({ model: 'remote-embed', input, encoding_format: 'float' });
    const viaB = await direct.embeddings.create({ model: 'builtin-embed', input, encoding_format: 'float' });
    assert.equal(viaA.data.length, 2);
    assert.equal(viaA.model, 'remote-embed');
    for (const [index, item] of viaA.data.entries()) assert.deepEqual(item.embedding, viaB.data[index]?.embedding);
    const decoded = await client.embeddings.create({ model: 'remote-embed', input });
    assert.equal(decoded.data[1]?.embedding.length, viaB.data[1]?.embedding.length);
  });
});

describe('fallbacks and errors', () => {
  test('a model whose server is down falls back to the remote one (non-stream and stream)', async () => {
    const messages: ChatCompletionMessageParam[] = [{ role: 'user', content: 'hello' }];
    const expected = (await direct.chat.completions.create({ model: 'builtin', messages })).choices[0]?.message.content;
    const whole = await client.chat.completions.create({ model: 'flaky', messages });
    assert.equal(whole.choices[0]?.message.content, expected);
    assert.equal(whole.model, 'flaky');
    const streamed = await collectStream(await client.chat.completions.create({ model: 'flaky', messages, stream: true }));
    assert.equal(streamed.content, expected);
  });

  test('without a fallback, a server that is down is a 503', async () => {
    const error = await client.chat.completions
      .create({ model: 'dead', messages: [{ role: 'user', content: 'hi' }] })
      .catch((caught: unknown) => caught);
    assert.ok(error instanceof OpenAI.APIError, String(error));
    assert.equal(error.status, 503);
    assert.equal(error.code, 'unavailable');
  });

  test("a model B does not have is B's 404 model_not_found, through A, whole and streamed", async () => {
    const error = await client.chat.completions
      .create({ model: 'remote-missing', messages: [{ role: 'user', content: 'hi' }] })
      .catch((caught: unknown) => caught);
    assert.ok(error instanceof OpenAI.NotFoundError, String(error));
    assert.equal(error.code, 'model_not_found');
    assert.match(error.message, /no-such-model/);
    const streamError = await client.chat.completions
      .create({ model: 'remote-missing', messages: [{ role: 'user', content: 'hi' }], stream: true })
      .catch((caught: unknown) => caught);
    assert.ok(streamError instanceof OpenAI.NotFoundError, String(streamError));
  });

  test("B's refusal of A's missing key is A's configuration fault: a 502, not a 401 that blames the client's key", async () => {
    const error = await client.chat.completions
      .create({ model: 'remote-no-key', messages: [{ role: 'user', content: 'hi' }] })
      .catch((caught: unknown) => caught);
    assert.ok(error instanceof OpenAI.APIError, String(error));
    assert.equal(error.status, 502);
    assert.equal(error.code, 'upstream_error');
    assert.match(error.message, /rejected the configured API key/);
  });
});
