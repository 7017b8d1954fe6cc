// The openai chat model against a real local HTTP server: request mapping, results, streams, quirks and aborts.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GenstackError } from '../../../src/core/errors.ts';
import { generateFromStream } from '../../../src/models/generate-from-stream.ts';
import { createOpenAiProvider } from '../../../src/models/openai/index.ts';
import type { ChatModel, ChatStreamPart } from '../../../src/models/types.ts';
import { sse, startFakeUpstream, type FakeUpstream } from './fake-upstream.ts';

const zeroUsage = { promptTokens: 0, completionTokens: 0, totalTokens: 0 };
let upstream: FakeUpstream;
let model: ChatModel;

async function collect(parts: AsyncIterable<ChatStreamPart>): Promise<ChatStreamPart[]> {
  const collected: ChatStreamPart[] = [];
  for await (const part of parts) collected.push(part);
  return collected;
}

/** Splits a text's UTF-8 bytes at the given offsets, so one write ends inside a line or a Korean character. */
function splitBytes(text: string, cuts: number[]): Uint8Array[] {
  const bytes = Buffer.from(text, 'utf8');
  const edges = [0, ...cuts, bytes.length];
  return edges.slice(1).map((end, index) => bytes.subarray(edges[index], end));
}

function delta(value: Record<string, unknown>, finishReason: string | null = null): unknown {
  return { id: 'chatcmpl-1', object: 'chat.completion.chunk', choices: [{ index: 0, delta: value, finish_reason: finishReason }] };
}

async function withTimeout<T>(promise: Promise<T>, milliseconds: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${milliseconds} ms`)), milliseconds)),
  );
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

before(async () => {
  upstream = await startFakeUpstream();
  // A trailing slash must not produce '//chat/completions'.
  const settings = {
    baseURL: `${upstream.baseURL}/`,
    apiKey: 'sk-test',
    organization: 'org-1',
    model: 'qwen3:8b',
    headers: { 'X-Tenant': 'acme' },
  };
  model = createOpenAiProvider().chatModel!('assistant-model', settings);
});
after(() => upstream.close());

describe('openai chat model: generate', () => {
  test('sends the mapped request once and maps the answer, tool calls and usage', async () => {
    upstream.reply({
      type: 'json',
      body: {
        id: 'chatcmpl-9',
        choices: [
          {
            index: 0,
            message: {
              role: 'assistant',
              content: '주문을 조회할게요. Looking it up.',
              tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'get_order', arguments: '{"orderId":"A-100"}' } }],
            },
            finish_reason: 'tool_calls',
          },
        ],
        usage: { prompt_tokens: 40, completion_tokens: 12, total_tokens: 52 },
      },
    });
    const result = await model.generate({
      messages: [
        { role: 'system', content: 'You are a helpful agent. 친절하게 답하세요.' },
        { role: 'user', content: '내 주문 A-99 어디 있어요?' },
        { role: 'assistant', content: null, toolCalls: [{ id: 'call_0', name: 'get_order', arguments: '{"orderId":"A-99"}' }] },
        { role: 'tool', toolCallId: 'call_0', name: 'get_order', content: '{"status":"shipped"}' },
        { role: 'assistant', content: '배송 중입니다.' },
        { role: 'user', content: 'And A-100?' },
      ],
      tools: [
        { name: 'get_order', description: 'Find an order', parameters: { type: 'object', properties: { orderId: { type: 'string' } } } },
      ],
      toolChoice: { name: 'get_order' },
      responseFormat: { type: 'json_schema', name: 'order', schema: { type: 'object' }, strict: true },
      maxTokens: 128,
      temperature: 0.2,
      topP: 0.9,
      stop: ['\n\n'],
      seed: 7,
      providerOptions: { openai: { max_completion_tokens: 64, max_tokens: null }, llama: { ignored: true } },
    });

    assert.deepEqual(result, {
      text: '주문을 조회할게요. Looking it up.',
      toolCalls: [{ id: 'call_1', name: 'get_order', arguments: '{"orderId":"A-100"}' }],
      finishReason: 'tool_calls',
      usage: { promptTokens: 40, completionTokens: 12, totalTokens: 52 },
      warnings: [],
    });
    const request = upstream.requests.at(-1)!;
    assert.equal(request.method, 'POST');
    assert.equal(request.path, '/v1/chat/completions');
    assert.equal(request.headers['authorization'], 'Bearer sk-test');
    assert.equal(request.headers['openai-organization'], 'org-1');
    assert.equal(request.headers['x-tenant'], 'acme');
    assert.equal(request.headers['content-type'], 'application/json');
    assert.deepEqual(request.body, {
      model: 'qwen3:8b',
      messages: [
        { role: 'system', content: 'You are a helpful agent. 친절하게 답하세요.' },
        { role: 'user', content: '내 주문 A-99 어디 있어요?' },
        {
          role: 'assistant',
          content: null,
          tool_calls: [{ id: 'call_0', type: 'function', function: { name: 'get_order', arguments: '{"orderId":"A-99"}' } }],
        },
        { role: 'tool', tool_call_id: 'call_0', content: '{"status":"shipped"}' },
        { role: 'assistant', content: '배송 중입니다.' },
        { role: 'user', content: 'And A-100?' },
      ],
      tools: [
        {
          type: 'function',
          function: {
            name: 'get_order',
            description: 'Find an order',
            parameters: { type: 'object', properties: { orderId: { type: 'string' } } },
          },
        },
      ],
      tool_choice: { type: 'function', function: { name: 'get_order' } },
      response_format: { type: 'json_schema', json_schema: { name: 'order', schema: { type: 'object' }, strict: true } },
      temperature: 0.2,
      top_p: 0.9,
      stop: ['\n\n'],
      seed: 7,
      stream: false,
      max_completion_tokens: 64,
    });
  });

  test('maps string tool choices, json_object, and tools without parameters', async () => {
    for (const toolChoice of ['auto', 'none', 'required'] as const) {
      upstream.reply({ type: 'json', body: { choices: [{ message: { content: '{}' }, finish_reason: 'stop' }] } });
      await model.generate({
        messages: [{ role: 'user', content: 'hi' }],
        tools: [{ name: 'ping' }],
        toolChoice,
        responseFormat: { type: 'json_object' },
      });
      const body = upstream.requests.at(-1)!.body as Record<string, unknown>;
      assert.equal(body['tool_choice'], toolChoice);
      assert.deepEqual(body['response_format'], { type: 'json_object' });
      assert.deepEqual(body['tools'], [{ type: 'function', function: { name: 'ping', parameters: { type: 'object', properties: {} } } }]);
    }
  });

  test('tolerates a server without ids, usage, or tool_calls finish reason (Ollama)', async () => {
    upstream.reply({
      type: 'json',
      body: {
        choices: [
          { message: { content: '', tool_calls: [{ function: { name: 'lookup', arguments: { q: '환율' } } }] }, finish_reason: 'stop' },
        ],
      },
    });
    const result = await model.generate({ messages: [{ role: 'user', content: '환율 알려줘' }] });
    assert.deepEqual(result.toolCalls, [{ id: 'call_0', name: 'lookup', arguments: '{"q":"환율"}' }]);
    assert.equal(result.finishReason, 'tool_calls');
    assert.deepEqual(result.usage, zeroUsage);
  });

  test('maps finish reasons: length, content_filter, and function_call as tool_calls', async () => {
    for (const [upstreamReason, expected] of [
      ['length', 'length'],
      ['content_filter', 'content_filter'],
      ['function_call', 'tool_calls'],
      [null, 'stop'],
    ] as const) {
      upstream.reply({ type: 'json', body: { choices: [{ message: { content: 'x' }, finish_reason: upstreamReason }] } });
      assert.equal((await model.generate({ messages: [{ role: 'user', content: 'x' }] })).finishReason, expected);
    }
  });

  test('a 200 body that is not JSON is an upstream_error', async () => {
    upstream.reply({ type: 'text', body: '<html>proxy page</html>' });
    await assert.rejects(model.generate({ messages: [{ role: 'user', content: 'x' }] }), { code: 'upstream_error', message: /not JSON/ });
  });
});

describe('openai chat model: stream', () => {
  test('streams Korean and English text split across TCP writes mid-line and mid-character, with usage', async () => {
    const body = sse([
      delta({ role: 'assistant', content: '' }),
      delta({ content: '안녕하세요! ' }),
      delta({ content: 'Hello there.' }),
      delta({}, 'stop'),
      { id: 'chatcmpl-1', choices: [], usage: { prompt_tokens: 12, completion_tokens: 5, total_tokens: 17 } },
    ]);
    const koreanAt = Buffer.from(body).indexOf(Buffer.from('안녕'));
    upstream.reply({ type: 'stream', writes: splitBytes(body, [20, koreanAt + 1, koreanAt + 4, body.length - 3]), pauseMs: 5 });

    const parts = await collect(model.stream({ messages: [{ role: 'user', content: '인사해줘' }] }));

    assert.deepEqual(parts, [
      { type: 'stream-start', warnings: [] },
      { type: 'text-start', id: 'text-0' },
      { type: 'text-delta', id: 'text-0', delta: '안녕하세요! ' },
      { type: 'text-delta', id: 'text-0', delta: 'Hello there.' },
      { type: 'text-end', id: 'text-0' },
      { type: 'finish', finishReason: 'stop', usage: { promptTokens: 12, completionTokens: 5, totalTokens: 17 } },
    ]);
    const sent = upstream.requests.at(-1)!.body as Record<string, unknown>;
    assert.equal(sent['stream'], true);
    assert.deepEqual(sent['stream_options'], { include_usage: true });
  });

  test('streams two parallel tool calls whose fragments interleave across chunks and writes', async () => {
    const body = sse([
      delta({
        role: 'assistant',
        content: null,
        tool_calls: [{ index: 0, id: 'call_a', type: 'function', function: { name: 'get_weather', arguments: '' } }],
      }),
      delta({ tool_calls: [{ index: 1, id: 'call_b', type: 'function', function: { name: 'get_time', arguments: '{"zone":' } }] }),
      delta({ tool_calls: [{ index: 0, function: { arguments: '{"city":' } }] }),
      delta({ tool_calls: [{ index: 0, function: { arguments: '"서울"}' } }] }),
      delta({ tool_calls: [{ index: 1, function: { arguments: '"Asia/Seoul"}' } }] }),
      delta({}, 'tool_calls'),
      { choices: [], usage: { prompt_tokens: 30, completion_tokens: 20, total_tokens: 50 } },
    ]);
    const seoulAt = Buffer.from(body).indexOf(Buffer.from('서울'));
    upstream.reply({ type: 'stream', writes: splitBytes(body, [50, 333, seoulAt + 2, seoulAt + 5]), pauseMs: 3 });

    const parts = await collect(model.stream({ messages: [{ role: 'user', content: 'Weather and time in Seoul?' }] }));

    assert.deepEqual(parts, [
      { type: 'stream-start', warnings: [] },
      { type: 'tool-call-start', index: 0, id: 'call_a', name: 'get_weather' },
      { type: 'tool-call-start', index: 1, id: 'call_b', name: 'get_time' },
      { type: 'tool-call-delta', index: 1, id: 'call_b', argumentsDelta: '{"zone":' },
      { type: 'tool-call-delta', index: 0, id: 'call_a', argumentsDelta: '{"city":' },
      { type: 'tool-call-delta', index: 0, id: 'call_a', argumentsDelta: '"서울"}' },
      { type: 'tool-call-delta', index: 1, id: 'call_b', argumentsDelta: '"Asia/Seoul"}' },
      { type: 'tool-call-end', index: 0, id: 'call_a' },
      { type: 'tool-call-end', index: 1, id: 'call_b' },
      { type: 'finish', finishReason: 'tool_calls', usage: { promptTokens: 30, completionTokens: 20, totalTokens: 50 } },
    ]);
  });

  test('Ollama and vLLM quirks: no index, no chunk id, no usage, no [DONE], stop with tool calls', async () => {
    const chunks = [
      { choices: [{ delta: { content: 'Checking. ' } }] },
      {
        choices: [
          {
            delta: {
              tool_calls: [
                { id: 'call_x', function: { name: 'rate', arguments: '{"pair":"USD/KRW"}' } },
                { id: 'call_y', function: { name: 'news', arguments: '{"q":"환율"}' } },
              ],
            },
          },
        ],
      },
      { choices: [{ delta: { tool_calls: [{ function: { name: 'lookup', arguments: '' } }] } }] },
      { choices: [{ delta: { tool_calls: [{ function: { arguments: '{"id":7}' } }] } }] },
      { choices: [{ delta: {}, finish_reason: 'stop' }] },
    ];
    upstream.reply({ type: 'stream', writes: [sse(chunks, { done: false })] });

    const result = await generateFromStream(model.stream({ messages: [{ role: 'user', content: '환율 뉴스' }] }));

    assert.deepEqual(result, {
      text: 'Checking. ',
      toolCalls: [
        { id: 'call_x', name: 'rate', arguments: '{"pair":"USD/KRW"}' },
        { id: 'call_y', name: 'news', arguments: '{"q":"환율"}' },
        { id: 'call_2', name: 'lookup', arguments: '{"id":7}' },
      ],
      finishReason: 'tool_calls',
      usage: zeroUsage,
      warnings: [],
    });
  });

  test('reasoning arrives as reasoning parts before the text: vLLM reasoning_content and Ollama reasoning (ko, en)', async () => {
    upstream.reply({
      type: 'stream',
      writes: [
        sse([
          delta({ role: 'assistant', reasoning_content: '사용자가 환율을 묻는다. ' }),
          delta({ reasoning_content: 'Look it up.' }),
          delta({ content: '1,380원입니다.' }),
          delta({}, 'stop'),
        ]),
      ],
    });
    const parts = await collect(model.stream({ messages: [{ role: 'user', content: '달러 환율?' }] }));
    assert.deepEqual(
      parts.filter((part) => part.type !== 'stream-start' && part.type !== 'finish').map((part) => part.type),
      ['reasoning-start', 'reasoning-delta', 'reasoning-delta', 'text-start', 'text-delta', 'reasoning-end', 'text-end'],
    );
    upstream.reply({
      type: 'stream',
      writes: [sse([delta({ reasoning: 'The user wants the rate.' }), delta({ content: 'About 1,380 won.' }), delta({}, 'stop')])],
    });
    const result = await generateFromStream(model.stream({ messages: [{ role: 'user', content: 'USD rate?' }] }));
    assert.equal(result.reasoning, 'The user wants the rate.');
    assert.equal(result.text, 'About 1,380 won.');
    upstream.reply({
      type: 'json',
      body: { choices: [{ message: { content: '네.', reasoning_content: '간단한 질문이다.' }, finish_reason: 'stop' }] },
    });
    assert.equal((await model.generate({ messages: [{ role: 'user', content: '가능해요?' }] })).reasoning, '간단한 질문이다.');
  });

  test('providerOptions can drop stream_options for servers that reject it', async () => {
    upstream.reply({ type: 'stream', writes: [sse([delta({ content: 'ok' }, 'stop')])] });
    await collect(model.stream({ messages: [{ role: 'user', content: 'x' }], providerOptions: { openai: { stream_options: null } } }));
    assert.equal('stream_options' in (upstream.requests.at(-1)!.body as object), false);
  });

  test('a server that ignores stream:true and answers JSON is replayed as a stream', async () => {
    upstream.reply({ type: 'json', body: { choices: [{ message: { content: '한 번에 Whole' }, finish_reason: 'length' }] } });
    const result = await generateFromStream(model.stream({ messages: [{ role: 'user', content: 'x' }] }));
    assert.equal(result.text, '한 번에 Whole');
    assert.equal(result.finishReason, 'length');
  });

  const okChunk = sse([delta({ content: 'ok' })], { done: false });
  const neverSeen = sse([delta({ content: 'never seen' }, 'stop')]);
  for (const [name, writes, message] of [
    ['malformed JSON', [okChunk, 'data: {"choices": [\n\n', neverSeen], /malformed/],
    [
      'an SSE error event',
      [okChunk, 'event: error\ndata: {"error":{"message":"CUDA out of memory"}}\n\n', neverSeen],
      /^CUDA out of memory$/,
    ],
    [
      'an error chunk',
      [okChunk, sse([{ error: { message: '컨텍스트 길이 초과', code: 400 } }], { done: false }), neverSeen],
      /^컨텍스트 길이 초과$/,
    ],
    ['an unexpected shape', [okChunk, sse([{ choices: [{ delta: { tool_calls: 5 } }] }], { done: false }), neverSeen], /unexpected shape/],
    ['an end before any finish reason', [okChunk], /ended before a finish reason/],
  ] as const) {
    test(`${name} mid-stream ends the stream with one upstream_error part`, async () => {
      upstream.reply({ type: 'stream', writes: [...writes] });
      const parts = await collect(model.stream({ messages: [{ role: 'user', content: 'x' }] }));
      assert.deepEqual(parts.slice(0, 3), [
        { type: 'stream-start', warnings: [] },
        { type: 'text-start', id: 'text-0' },
        { type: 'text-delta', id: 'text-0', delta: 'ok' },
      ]);
      assert.equal(parts.length, 4);
      const last = parts[3]!;
      assert.ok(last.type === 'error' && last.error instanceof GenstackError);
      assert.equal(last.error.code, 'upstream_error');
      assert.match(last.error.message, message);
    });
  }

  test('a connection dropped mid-stream is an upstream_error part', async () => {
    upstream.reply({ type: 'stream', writes: [sse([delta({ content: 'partial' })], { done: false })], destroyAtEnd: true });
    const parts = await collect(model.stream({ messages: [{ role: 'user', content: 'x' }] }));
    const last = parts.at(-1)!;
    assert.ok(last.type === 'error');
    assert.equal(last.error.code, 'upstream_error');
  });

  test('sequential streams reuse keep-alive connections instead of opening one per request', async () => {
    const fresh = await startFakeUpstream();
    try {
      const local = createOpenAiProvider().chatModel!('m', { baseURL: fresh.baseURL });
      fresh.setDefault({ type: 'stream', writes: [sse([delta({ content: '네' }, 'stop')])] });
      for (let round = 0; round < 20; round++)
        assert.equal((await generateFromStream(local.stream({ messages: [{ role: 'user', content: 'x' }] }))).text, '네');
      // `finish` is yielded at [DONE], before the chunked body's terminator is read, so a second pooled socket may open.
      assert.ok(fresh.connections() <= 2, `${fresh.connections()} connections for 20 requests`);
    } finally {
      await fresh.close();
    }
  });
});

describe('openai chat model: cancellation', () => {
  const endless = {
    type: 'endless',
    first: sse([delta({ content: '첫 토큰' })], { done: false }),
    write: sse([delta({ content: ' more' })], { done: false }),
    intervalMs: 1000,
  } as const;

  test('aborting mid-stream ends it promptly with an aborted part, and the server sees the socket close', async () => {
    upstream.reply(endless);
    const controller = new AbortController();
    const parts: ChatStreamPart[] = [];
    let abortedAt = 0;
    for await (const part of model.stream({ messages: [{ role: 'user', content: 'x' }], signal: controller.signal })) {
      parts.push(part);
      if (part.type === 'text-delta') {
        abortedAt = performance.now();
        controller.abort();
      }
    }
    // The server writes again only after a second, so ending well before that proves the abort did not wait for data.
    assert.ok(performance.now() - abortedAt < 250, 'the stream ended within 250 ms of the abort');
    const last = parts.at(-1)!;
    assert.ok(last.type === 'error');
    assert.equal(last.error.code, 'aborted');
    const request = upstream.requests.at(-1)!;
    await withTimeout(request.closed, 1000);
    assert.equal(request.finished(), false);
  });

  test('a consumer that stops reading closes the upstream connection so generation stops', async () => {
    upstream.reply(endless);
    for await (const part of model.stream({ messages: [{ role: 'user', content: 'x' }] })) if (part.type === 'text-delta') break;
    const request = upstream.requests.at(-1)!;
    await withTimeout(request.closed, 1000);
    assert.equal(request.finished(), false);
  });

  test('an already aborted signal rejects before any part; a GenstackError reason is kept', async () => {
    const before = upstream.requests.length;
    await assert.rejects(collect(model.stream({ messages: [{ role: 'user', content: 'x' }], signal: AbortSignal.abort() })), {
      code: 'aborted',
    });
    const reason = new GenstackError({ code: 'upstream_timeout', message: 'Budget of 5 s exceeded.' });
    await assert.rejects(
      model.generate({ messages: [{ role: 'user', content: 'x' }], signal: AbortSignal.abort(reason) }),
      (error) => error === reason,
    );
    assert.equal(upstream.requests.length, before);
  });
});
