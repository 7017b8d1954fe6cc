// The default node:http transport against a real loopback server: streaming, UTF-8 splits, aborts, errors and keep-alive.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GenstackError } from '../../../src/core/errors.ts';
import { generateFromStream } from '../../../src/models/generate-from-stream.ts';
import { createOpenAiProvider } from '../../../src/models/openai/index.ts';
import { createNodeHttpTransport } from '../../../src/models/openai/node-http-transport.ts';
import { OpenAiChatModel } from '../../../src/models/openai/openai-chat-model.ts';
import { resolveOpenAiConfig } from '../../../src/models/openai/openai-settings.ts';
import type { BodyFlow, OpenAiTransport, UpstreamResponse } from '../../../src/models/openai/upstream-response.ts';
import type { ChatModel, ChatStreamPart } from '../../../src/models/types.ts';
import { closedPort, sse, startFakeUpstream, type FakeUpstream } from './fake-upstream.ts';

let upstream: FakeUpstream;
let transport: OpenAiTransport;
let model: ChatModel;
const headers = { 'content-type': 'application/json', authorization: 'Bearer sk-local' };

before(async () => {
  upstream = await startFakeUpstream();
  transport = createNodeHttpTransport();
  model = createOpenAiProvider().chatModel!('m', { baseURL: upstream.baseURL, apiKey: 'sk-test', headers: { 'X-Team': 'care' } });
});
after(() => upstream.close());

function delta(content: string, finishReason: string | null = null): unknown {
  return { choices: [{ index: 0, delta: { content }, finish_reason: finishReason }] };
}

/** Streams a response's body into text pieces; resolves with them, or rejects with the transport's error. */
function readPieces(response: UpstreamResponse): { pieces: Promise<string[]>; flow: BodyFlow } {
  const pieces: string[] = [];
  let flow!: BodyFlow;
  const done = new Promise<string[]>((resolve, reject) => {
    flow = response.stream({ data: (text) => pieces.push(text), end: () => resolve(pieces), error: reject });
  });
  return { pieces: done, flow };
}

describe('node:http transport', () => {
  test('posts the body with the configured headers and a content length counted in bytes', async () => {
    upstream.reply({ type: 'json', body: { ok: true } });
    const body = JSON.stringify({ model: 'qwen3', messages: [{ role: 'user', content: '안녕하세요' }] });
    const response = await transport({ url: `${upstream.baseURL}/chat/completions`, body, headers });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('Content-Type'), 'application/json');
    assert.deepEqual(JSON.parse(await response.text()), { ok: true });
    const request = upstream.requests.at(-1)!;
    assert.equal(request.method, 'POST');
    assert.equal(request.path, '/v1/chat/completions');
    assert.equal(request.headers['authorization'], 'Bearer sk-local');
    assert.equal(request.headers['content-length'], String(Buffer.byteLength(body)));
    assert.deepEqual(request.body, JSON.parse(body));
  });

  test('delivers Korean text split inside characters across chunks as whole characters', async () => {
    const text = 'data: 안녕하세요, 서울! Hello\n\n';
    const bytes = Buffer.from(text, 'utf8');
    const writes = [bytes.subarray(0, 7), bytes.subarray(7, 8), bytes.subarray(8, 13), bytes.subarray(13)];
    upstream.reply({ type: 'stream', writes, pauseMs: 5 });
    const response = await transport({ url: `${upstream.baseURL}/chat/completions`, body: '{}', headers });
    const pieces = await readPieces(response).pieces;
    assert.equal(pieces.join(''), text);
    assert.ok(!pieces.join('').includes('\ufffd'));
  });

  test('a model stream over it yields every part, in order, from chunks cut mid-line and mid-character', async () => {
    const body = sse([delta('첫 번째 '), delta('second '), delta('세 번째'), delta('', 'stop')]);
    const cuts = [3, Buffer.from(body).indexOf(Buffer.from('번')) + 1, 90, Buffer.from(body).indexOf(Buffer.from('세')) + 2];
    const bytes = Buffer.from(body, 'utf8');
    const edges = [0, ...cuts, bytes.length];
    upstream.reply({ type: 'stream', writes: edges.slice(1).map((end, index) => bytes.subarray(edges[index], end)), pauseMs: 3 });
    const result = await generateFromStream(model.stream({ messages: [{ role: 'user', content: '세 단어' }] }));
    assert.equal(result.text, '첫 번째 second 세 번째');
    assert.equal(result.finishReason, 'stop');
    assert.equal(upstream.requests.at(-1)!.headers['x-team'], 'care');
  });

  test('aborting mid-stream destroys the request: the sink gets an error and the server sees the socket close', async () => {
    upstream.reply({
      type: 'endless',
      first: sse([delta('계속')], { done: false }),
      write: sse([delta('…')], { done: false }),
      intervalMs: 1000,
    });
    const controller = new AbortController();
    const response = await transport({ url: `${upstream.baseURL}/chat/completions`, body: '{}', headers, signal: controller.signal });
    const { pieces } = readPieces(response);
    controller.abort();
    await assert.rejects(pieces);
    const request = upstream.requests.at(-1)!;
    await request.closed;
    assert.equal(request.finished(), false);
  });

  test('a model stream aborted mid-stream ends with one aborted part', async () => {
    upstream.reply({
      type: 'endless',
      first: sse([delta('첫 토큰')], { done: false }),
      write: sse([delta(' more')], { done: false }),
      intervalMs: 1000,
    });
    const controller = new AbortController();
    const parts: ChatStreamPart[] = [];
    for await (const part of model.stream({ messages: [{ role: 'user', content: 'x' }], signal: controller.signal })) {
      parts.push(part);
      if (part.type === 'text-delta') controller.abort();
    }
    const last = parts.at(-1)!;
    assert.ok(last.type === 'error' && last.error instanceof GenstackError);
    assert.equal(last.error.code, 'aborted');
    assert.deepEqual(
      parts.map((part) => part.type),
      ['stream-start', 'text-start', 'text-delta', 'error'],
    );
  });

  test('an already aborted signal sends nothing', async () => {
    const before = upstream.requests.length;
    await assert.rejects(transport({ url: `${upstream.baseURL}/chat/completions`, body: '{}', headers, signal: AbortSignal.abort() }), {
      name: 'AbortError',
    });
    assert.equal(upstream.requests.length, before);
  });

  test('an unreachable server rejects with ECONNREFUSED, which the model reports as unavailable', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/v1`;
    await assert.rejects(transport({ url: `${url}/chat/completions`, body: '{}', headers }), { code: 'ECONNREFUSED' });
    const unreachable = createOpenAiProvider().chatModel!('m', { baseURL: url });
    const stream = unreachable.stream({ messages: [{ role: 'user', content: '안녕' }] });
    await assert.rejects(stream[Symbol.asyncIterator]().next(), {
      code: 'unavailable',
      retryable: true,
    });
  });

  test('an HTTP error keeps the status, the Retry-After header and the server’s error body', async () => {
    upstream.reply({
      type: 'json',
      status: 429,
      headers: { 'retry-after': '3' },
      body: { error: { message: '요청이 너무 많습니다 (too many requests)', code: 'rate_limit' } },
    });
    const response = await transport({ url: `${upstream.baseURL}/chat/completions`, body: '{}', headers });
    assert.equal(response.status, 429);
    assert.equal(response.headers.get('retry-after'), '3');
    assert.match(await response.text(), /요청이 너무 많습니다/);

    upstream.reply({ type: 'json', status: 429, headers: { 'retry-after': '3' }, body: { error: { message: '요청이 너무 많습니다' } } });
    const iterator = model.stream({ messages: [{ role: 'user', content: 'x' }] })[Symbol.asyncIterator]();
    await assert.rejects(iterator.next(), { code: 'rate_limited', retryAfter: 3, message: '요청이 너무 많습니다' });
  });

  test('a server that drops the connection mid-body is an error, not an end', async () => {
    upstream.reply({ type: 'stream', writes: [sse([delta('partial')], { done: false })], destroyAtEnd: true });
    const response = await transport({ url: `${upstream.baseURL}/chat/completions`, body: '{}', headers });
    await assert.rejects(readPieces(response).pieces);
  });

  test('a server silent past the idle timeout ends the stream with an upstream_timeout part', async () => {
    upstream.reply({
      type: 'endless',
      first: sse([delta('느린')], { done: false }),
      write: sse([delta('…')], { done: false }),
      intervalMs: 2000,
    });
    const settings = { baseURL: upstream.baseURL };
    const config = resolveOpenAiConfig({ modelId: 'slow', settings, transport: createNodeHttpTransport({ idleTimeoutMs: 100 }) });
    const parts: ChatStreamPart[] = [];
    for await (const part of new OpenAiChatModel('slow', config).stream({ messages: [{ role: 'user', content: 'x' }] })) parts.push(part);
    const last = parts.at(-1)!;
    assert.ok(last.type === 'error');
    assert.equal(last.error.code, 'upstream_timeout');
    assert.ok(parts.some((part) => part.type === 'text-delta' && part.delta === '느린'));
    await upstream.requests.at(-1)!.closed;
  });

  test('a clean release keeps the connection for the next request; an unclean one closes it', async () => {
    const fresh = await startFakeUpstream();
    try {
      const local = createNodeHttpTransport();
      const url = `${fresh.baseURL}/chat/completions`;
      fresh.setDefault({ type: 'stream', writes: [sse([delta('네', 'stop')])] });
      for (let round = 0; round < 5; round++) {
        const { pieces } = readPieces(await local({ url, body: '{}', headers }));
        await pieces;
      }
      assert.equal(fresh.connections(), 1);

      fresh.reply({
        type: 'endless',
        first: sse([delta('계속')], { done: false }),
        write: sse([delta('…')], { done: false }),
        intervalMs: 1000,
      });
      const { flow } = readPieces(await local({ url, body: '{}', headers }));
      flow.release(false);
      await fresh.requests.at(-1)!.closed;
      assert.equal(fresh.requests.at(-1)!.finished(), false);
    } finally {
      await fresh.close();
    }
  });
});
