// The /v1 API against a real server on a loopback port, driven by the official `openai` npm client.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { createApiKey, revokeApiKey } from '../../src/guard/index.ts';
import { startTestServer, type TestServer } from '../helpers/start-test-server.ts';
import { collectStream, weatherTools } from './chat-fixtures.ts';
import { createSlowProvider } from './slow-provider.ts';

const hangul = /[\uac00-\ud7a3]/;
let server: TestServer;
let client: OpenAI;

before(async () => {
  server = await startTestServer({
    providers: [createSlowProvider()],
    configPatch: {
      server: { bodyLimitBytes: 64 * 1024 },
      models: {
        entries: [{ id: 'slow', provider: 'slow', concurrency: 1, maxQueue: 0, retry: { maxRetries: 0 }, settings: { delayMs: 150 } }],
      },
    },
  });
  // No client retries: every status a test sees is the server's first answer.
  client = new OpenAI({ baseURL: server.baseURL, apiKey: 'unused', maxRetries: 0 });
});

after(async () => {
  await server.close();
});

describe('models', () => {
  test('lists the builtin chat and embedding models and describes one', async () => {
    const ids = [];
    for await (const model of client.models.list()) ids.push(model.id);
    assert.ok(ids.includes('builtin') && ids.includes('builtin-embed'), ids.join(','));
    const model = await client.models.retrieve('builtin-embed');
    assert.equal(model.id, 'builtin-embed');
    assert.equal(model.object, 'model');
  });
});

describe('chat completions', () => {
  test('answers Korean in Korean', async () => {
    const completion = await client.chat.completions.create({
      model: 'builtin',
      messages: [{ role: 'user', content: '안녕하세요! 무엇을 할 수 있나요?' }],
    });
    const content = completion.choices[0]?.message.content ?? '';
    assert.match(content, hangul);
    assert.equal(completion.choices[0]?.finish_reason, 'stop');
    assert.equal(completion.object, 'chat.completion');
    assert.ok(completion.usage && completion.usage.total_tokens > 0);
  });

  test('answers English in English', async () => {
    const completion = await client.chat.completions.create({
      model: 'builtin',
      messages: [{ role: 'user', content: 'Hello! What can you do?' }],
    });
    const content = completion.choices[0]?.message.content ?? '';
    assert.ok(content.length > 0);
    assert.doesNotMatch(content, hangul);
  });

  test('streams deltas that add up to an answer and end with a finish reason', async () => {
    const stream = await client.chat.completions.create({
      model: 'builtin',
      stream: true,
      messages: [{ role: 'user', content: 'Hello there' }],
    });
    const collected = await collectStream(stream);
    assert.ok(collected.content.length > 0);
    assert.equal(collected.finishReason, 'stop');
    assert.equal(collected.chunks[0]?.choices[0]?.delta.role, 'assistant');
    assert.ok(collected.chunks.every((chunk) => chunk.object === 'chat.completion.chunk' && chunk.id === collected.chunks[0]?.id));
  });

  test('include_usage adds a last chunk with usage and no choices', async () => {
    const stream = await client.chat.completions.create({
      model: 'builtin',
      stream: true,
      stream_options: { include_usage: true },
      messages: [{ role: 'user', content: '안녕' }],
    });
    const { chunks } = await collectStream(stream);
    const last = chunks.at(-1);
    assert.deepEqual(last?.choices, []);
    assert.ok(last?.usage && last.usage.total_tokens === last.usage.prompt_tokens + last.usage.completion_tokens);
    assert.ok(chunks.slice(0, -1).every((chunk) => chunk.usage === null));
  });

  test('the raw SSE body ends with data: [DONE]', async () => {
    const response = await fetch(`${server.baseURL}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'builtin', stream: true, messages: [{ role: 'user', content: 'hi' }] }),
    });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/event-stream/);
    const text = await response.text();
    assert.ok(text.endsWith('data: [DONE]\n\n'), text.slice(-80));
    assert.equal(text.match(/data: \[DONE\]/g)?.length, 1);
  });
});

describe('tools', () => {
  const cases = [
    { language: 'ko', message: '서울 날씨 알려줘', location: /서울|seoul/i, answer: hangul },
    { language: 'en', message: "What's the weather in Paris in celsius?", location: /paris/i, unit: 'celsius', answer: /\S/ },
  ];

  for (const item of cases) {
    test(`non-stream round trip (${item.language})`, async () => {
      const messages: ChatCompletionMessageParam[] = [{ role: 'user', content: item.message }];
      const first = await client.chat.completions.create({ model: 'builtin', messages, tools: weatherTools });
      const choice = first.choices[0];
      assert.equal(choice?.finish_reason, 'tool_calls');
      const call = choice?.message.tool_calls?.[0];
      assert.ok(call && call.type === 'function', 'a function call');
      assert.equal(call.function.name, 'get_weather');
      const args = JSON.parse(call.function.arguments) as Record<string, unknown>;
      assert.match(String(args['location']), item.location);
      if (item.unit) assert.equal(args['unit'], item.unit);

      messages.push(choice.message, {
        role: 'tool',
        tool_call_id: call.id,
        content: JSON.stringify({ temperature: 17, condition: 'cloudy' }),
      });
      const second = await client.chat.completions.create({ model: 'builtin', messages, tools: weatherTools });
      const answer = second.choices[0]?.message.content ?? '';
      assert.equal(second.choices[0]?.finish_reason, 'stop');
      assert.match(answer, /17/);
      assert.match(answer, item.answer);
    });

    test(`streamed round trip (${item.language}): tool call deltas accumulate to valid JSON`, async () => {
      const messages: ChatCompletionMessageParam[] = [{ role: 'user', content: item.message }];
      const stream = await client.chat.completions.create({ model: 'builtin', messages, tools: weatherTools, stream: true });
      const collected = await collectStream(stream);
      assert.equal(collected.finishReason, 'tool_calls');
      const call = collected.toolCalls[0];
      assert.ok(call, 'one tool call');
      assert.equal(call.function.name, 'get_weather');
      assert.ok(call.id.length > 0);
      const args = JSON.parse(call.function.arguments) as Record<string, unknown>;
      assert.match(String(args['location']), item.location);

      messages.push(
        { role: 'assistant', content: null, tool_calls: collected.toolCalls },
        { role: 'tool', tool_call_id: call.id, content: '{"temperature":23,"condition":"sunny"}' },
      );
      const answer = await collectStream(
        await client.chat.completions.create({ model: 'builtin', messages, tools: weatherTools, stream: true }),
      );
      assert.equal(answer.finishReason, 'stop');
      assert.match(answer.content, /23/);
    });
  }

  test('tool_choice naming a tool that is not in tools is a 422', async () => {
    const error = await client.chat.completions
      .create({
        model: 'builtin',
        messages: [{ role: 'user', content: 'hi' }],
        tools: weatherTools,
        tool_choice: { type: 'function', function: { name: 'launch_rocket' } },
      })
      .catch((caught: unknown) => caught);
    assert.ok(error instanceof OpenAI.UnprocessableEntityError, String(error));
    assert.equal(error.status, 422);
    assert.equal(error.code, 'unprocessable');
    assert.equal(error.param, 'tool_choice');
  });
});

describe('structured output', () => {
  const schema = {
    type: 'object',
    properties: {
      name: { type: 'string' },
      email: { type: 'string', format: 'email' },
      phone: { type: 'string' },
      amount: { type: 'number' },
      date: { type: 'string', format: 'date' },
      category: { type: 'string', enum: ['refund', 'exchange', 'inquiry'] },
    },
    required: ['name', 'email', 'phone', 'amount', 'date', 'category'],
    additionalProperties: false,
  };
  const cases = [
    {
      language: 'ko',
      message: '김민수 고객(minsu.kim@example.com, 010-1234-5678)이 2024년 3월 15일 결제한 50,000원 환불(refund)을 요청했습니다.',
      name: /김민수/,
      digits: '01012345678',
    },
    {
      language: 'en',
      message: 'Jane Smith (jane.smith@example.com, +1 415-555-0132) asked for a refund of $120.50 paid on 2024-03-15.',
      name: /Jane Smith/,
      digits: '4155550132',
    },
  ];
  for (const item of cases) {
    test(`json_schema fills every field (${item.language})`, async () => {
      const completion = await client.chat.completions.create({
        model: 'builtin',
        messages: [{ role: 'user', content: item.message }],
        response_format: { type: 'json_schema', json_schema: { name: 'ticket', schema, strict: true } },
      });
      const data = JSON.parse(completion.choices[0]?.message.content ?? '') as Record<string, unknown>;
      for (const field of schema.required) assert.ok(field in data, `${field} in ${JSON.stringify(data)}`);
      assert.deepEqual(Object.keys(data).sort(), [...schema.required].sort());
      assert.match(String(data['name']), item.name);
      assert.match(String(data['email']), /@example\.com$/);
      assert.ok(String(data['phone']).replace(/\D/g, '').endsWith(item.digits), String(data['phone']));
      assert.equal(data['amount'], item.language === 'ko' ? 50_000 : 120.5);
      assert.equal(data['date'], '2024-03-15');
      assert.equal(data['category'], 'refund');
    });
  }

  test('json_object answers with a JSON object', async () => {
    const completion = await client.chat.completions.create({
      model: 'builtin',
      messages: [{ role: 'user', content: 'Return my contact as JSON: email kim@example.com' }],
      response_format: { type: 'json_object' },
    });
    const data: unknown = JSON.parse(completion.choices[0]?.message.content ?? '');
    assert.ok(data !== null && typeof data === 'object' && !Array.isArray(data));
  });
});

describe('embeddings', () => {
  test('float vectors, one per input, all the same dimension', async () => {
    const result = await client.embeddings.create({
      model: 'builtin-embed',
      input: ['회의실 예약', 'book a meeting room'],
      encoding_format: 'float',
    });
    assert.equal(result.object, 'list');
    assert.equal(result.data.length, 2);
    const [first, second] = result.data;
    assert.ok(first && second && first.embedding.length > 0 && first.embedding.length === second.embedding.length);
    assert.ok(first.embedding.every((value) => Number.isFinite(value)));
    assert.ok(result.usage.total_tokens > 0);
  });

  test("the client's default base64 path decodes to the float vectors", async () => {
    const floats = await client.embeddings.create({ model: 'builtin-embed', input: ['a', 'b'], encoding_format: 'float' });
    const decoded = await client.embeddings.create({ model: 'builtin-embed', input: ['a', 'b'] });
    assert.equal(decoded.data.length, 2);
    for (const [index, item] of decoded.data.entries()) {
      const expected = floats.data[index]?.embedding ?? [];
      assert.equal(item.embedding.length, expected.length);
      // float32 on the wire: equal to about 7 significant digits.
      item.embedding.forEach((value, position) => assert.ok(Math.abs(value - (expected[position] ?? NaN)) < 1e-6));
    }
  });

  test('dimensions shortens the vectors', async () => {
    const result = await client.embeddings.create({ model: 'builtin-embed', input: 'hello', dimensions: 32, encoding_format: 'float' });
    assert.equal(result.data[0]?.embedding.length, 32);
  });

  test('a chat model cannot embed', async () => {
    const error = await client.embeddings.create({ model: 'builtin', input: 'x' }).catch((caught: unknown) => caught);
    assert.ok(error instanceof OpenAI.BadRequestError, String(error));
    assert.equal(error.param, 'model');
  });
});

describe('errors', () => {
  test('an unknown model is a 404 model_not_found', async () => {
    const error = await client.chat.completions
      .create({ model: 'no-such-model', messages: [{ role: 'user', content: 'hi' }] })
      .catch((caught: unknown) => caught);
    assert.ok(error instanceof OpenAI.NotFoundError, String(error));
    assert.equal(error.status, 404);
    assert.equal(error.code, 'model_not_found');
    assert.equal(error.param, 'model');
    assert.equal(error.type, 'not_found_error');
  });

  const invalidBodies: Array<{ name: string; patch: Record<string, unknown>; param: string }> = [
    { name: 'a bad role', patch: { messages: [{ role: 'robot', content: 'hi' }] }, param: 'messages[0].role' },
    { name: 'temperature 5', patch: { temperature: 5 }, param: 'temperature' },
    { name: 'n=2', patch: { n: 2 }, param: 'n' },
    { name: 'no messages', patch: { messages: [] }, param: 'messages' },
  ];
  for (const item of invalidBodies) {
    test(`${item.name} is a 400 naming the field`, async () => {
      const body = {
        model: 'builtin',
        messages: [{ role: 'user', content: 'hi' }],
        ...item.patch,
      } as unknown as OpenAI.ChatCompletionCreateParamsNonStreaming;
      const error = await client.chat.completions.create(body).catch((caught: unknown) => caught);
      assert.ok(error instanceof OpenAI.BadRequestError, String(error));
      assert.equal(error.status, 400);
      assert.equal(error.code, 'invalid_request');
      assert.equal(error.param, item.param);
    });
  }

  test('a body over the limit is a 413', async () => {
    const error = await client.chat.completions
      .create({ model: 'builtin', messages: [{ role: 'user', content: 'x'.repeat(100 * 1024) }] })
      .catch((caught: unknown) => caught);
    assert.ok(error instanceof OpenAI.APIError, String(error));
    assert.equal(error.status, 413);
    assert.equal(error.code, 'payload_too_large');
  });

  test('an unknown route is a 404 in the OpenAI error shape', async () => {
    const error = await client.get('/no/such/route').catch((caught: unknown) => caught);
    assert.ok(error instanceof OpenAI.NotFoundError, String(error));
    assert.equal(error.code, 'not_found');
    const response = await fetch(`${server.url}/v2/chat`, { method: 'POST' });
    assert.equal(response.status, 404);
    const body = (await response.json()) as { error: { type: string; code: string } };
    assert.equal(body.error.code, 'not_found');
  });

  test('a model at capacity answers 429 with Retry-After', async () => {
    const busy = await client.chat.completions.create({
      model: 'slow',
      stream: true,
      messages: [{ role: 'user', content: 'take your time' }],
    });
    try {
      const error = await client.chat.completions
        .create({ model: 'slow', messages: [{ role: 'user', content: 'me too' }] })
        .catch((caught: unknown) => caught);
      assert.ok(error instanceof OpenAI.RateLimitError, String(error));
      assert.equal(error.status, 429);
      assert.equal(error.code, 'rate_limited');
      assert.match(error.headers.get('retry-after') ?? '', /^\d+$/);
    } finally {
      const finished = await collectStream(busy);
      assert.equal(finished.content, 'one two three');
    }
    // The slot is free again once the first stream is done.
    const after = await client.chat.completions.create({ model: 'slow', messages: [{ role: 'user', content: 'now' }] });
    assert.equal(after.choices[0]?.message.content, 'one two three');
  });
});

describe('x-request-id', () => {
  test('is on success, stream and error responses', async () => {
    const { response } = await client.models.list().withResponse();
    assert.match(response.headers.get('x-request-id') ?? '', /\S/);
    const { response: streamed, data: stream } = await client.chat.completions
      .create({ model: 'builtin', stream: true, messages: [{ role: 'user', content: 'hi' }] })
      .withResponse();
    assert.match(streamed.headers.get('x-request-id') ?? '', /\S/);
    await collectStream(stream);
    const error = await client.models.retrieve('nope').catch((caught: unknown) => caught);
    assert.ok(error instanceof OpenAI.APIError);
    assert.match(error.headers?.get('x-request-id') ?? '', /\S/);
    assert.notEqual(error.headers?.get('x-request-id'), response.headers.get('x-request-id'));
  });

  test('echoes a valid incoming id and replaces an invalid one', async () => {
    const { response } = await client.models.list({ headers: { 'x-request-id': 'trace-42.a_b' } }).withResponse();
    assert.equal(response.headers.get('x-request-id'), 'trace-42.a_b');
    const error = await client.chat.completions
      .create({ model: 'nope', messages: [{ role: 'user', content: 'hi' }] }, { headers: { 'x-request-id': 'trace-43' } })
      .catch((caught: unknown) => caught);
    assert.ok(error instanceof OpenAI.APIError);
    assert.equal(error.headers?.get('x-request-id'), 'trace-43');
    const replaced = await fetch(`${server.url}/api/health`, { headers: { 'x-request-id': 'has spaces <and> markup' } });
    assert.match(replaced.headers.get('x-request-id') ?? '', /^[\w.-]+$/);
  });
});

describe('API keys', () => {
  let secured: TestServer;
  before(async () => {
    secured = await startTestServer({ configPatch: { server: { requireApiKey: true } } });
  });
  after(async () => {
    await secured.close();
  });

  test('no key or a wrong key is a 401; a created key works until it is revoked', async () => {
    const bare = await fetch(`${secured.baseURL}/models`);
    assert.equal(bare.status, 401);
    assert.equal(((await bare.json()) as { error: { code: string } }).error.code, 'unauthorized');
    const health = await fetch(`${secured.url}/api/health`);
    assert.equal(health.status, 200, 'health stays public');

    const wrong = new OpenAI({ baseURL: secured.baseURL, apiKey: 'gsk_not-a-real-key', maxRetries: 0 });
    const error = await wrong.models.list().catch((caught: unknown) => caught);
    assert.ok(error instanceof OpenAI.AuthenticationError, String(error));
    assert.equal(error.status, 401);
    assert.equal(error.code, 'unauthorized');

    const { secret } = await createApiKey({ store: secured.platform.store, name: 'e2e 키' });
    const keyed = new OpenAI({ baseURL: secured.baseURL, apiKey: secret, maxRetries: 0 });
    const completion = await keyed.chat.completions.create({ model: 'builtin', messages: [{ role: 'user', content: 'hello' }] });
    assert.ok((completion.choices[0]?.message.content ?? '').length > 0);

    await revokeApiKey({ store: secured.platform.store, idOrName: 'e2e 키' });
    const revoked = await keyed.models.list().catch((caught: unknown) => caught);
    assert.ok(revoked instanceof OpenAI.AuthenticationError, String(revoked));
    assert.equal(revoked.code, 'unauthorized');
  });
});
