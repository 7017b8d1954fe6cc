// Graceful shutdown: in-flight streams finish within the grace period, new connections are refused, and streams past it end cleanly.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { startTestServer, type TestServer } from '../helpers/start-test-server.ts';
import { createSlowProvider } from './slow-provider.ts';

async function slowServer(options: { shutdownGraceMs: number; words: number; delayMs: number }): Promise<TestServer> {
  const words = Array.from({ length: options.words }, (_, index) => `w${index} `);
  return startTestServer({
    providers: [createSlowProvider()],
    configPatch: {
      server: { shutdownGraceMs: options.shutdownGraceMs },
      models: { entries: [{ id: 'slow', provider: 'slow', retry: { maxRetries: 0 }, settings: { words, delayMs: options.delayMs } }] },
    },
  });
}

/** Opens an SSE chat stream and resolves once the first event arrived; `rest` resolves with the whole body text. */
async function openStream(server: TestServer): Promise<{ first: string; rest: Promise<string> }> {
  const response = await fetch(`${server.baseURL}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'slow', stream: true, messages: [{ role: 'user', content: 'go' }] }),
  });
  assert.equal(response.status, 200);
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  const firstRead = await reader.read();
  const first = decoder.decode(firstRead.value, { stream: true });
  const rest = (async () => {
    let text = first;
    for (let next = await reader.read(); !next.done; next = await reader.read()) text += decoder.decode(next.value, { stream: true });
    return text;
  })();
  return { first, rest };
}

/** Resolves with the socket error code of a fresh TCP connection, or 'connected'. */
function tryConnect(url: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port) });
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
  });
}

/** Deltas' text in order, from SSE text. */
function contentOf(text: string): string {
  return text
    .split('\n\n')
    .filter((event) => event.startsWith('data: {'))
    .map((event) => JSON.parse(event.slice(6)) as { choices?: Array<{ delta?: { content?: string } }> })
    .map((chunk) => chunk.choices?.[0]?.delta?.content ?? '')
    .join('');
}

describe('graceful shutdown', () => {
  test('an in-flight stream finishes within the grace period while new connections are refused', async () => {
    const server = await slowServer({ shutdownGraceMs: 10_000, words: 6, delayMs: 120 });
    const stream = await openStream(server);
    assert.match(stream.first, /w0/);
    const started = Date.now();
    const closed = server.close();
    assert.equal(await tryConnect(server.url), 'ECONNREFUSED');
    const text = await stream.rest;
    assert.equal(contentOf(text), 'w0 w1 w2 w3 w4 w5 ');
    assert.match(text, /"finish_reason":"stop"/);
    assert.ok(text.endsWith('data: [DONE]\n\n'));
    await closed;
    assert.ok(Date.now() - started < 5_000, 'close did not wait for the whole grace period');
  });

  test('a stream that outlives a short grace ends with an error event and [DONE], not a hang', async () => {
    const server = await slowServer({ shutdownGraceMs: 200, words: 100, delayMs: 100 });
    const stream = await openStream(server);
    const started = Date.now();
    const closed = server.close();
    const text = await stream.rest;
    assert.ok(Date.now() - started < 3_000, `ended after ${Date.now() - started} ms`);
    assert.ok(text.endsWith('data: [DONE]\n\n'), text.slice(-200));
    const events = text.split('\n\n').filter(Boolean);
    const errorEvent = events.at(-2) ?? '';
    const payload = JSON.parse(errorEvent.slice('data: '.length)) as { error?: { code: string; type: string; message: string } };
    assert.equal(payload.error?.code, 'unavailable');
    assert.match(payload.error?.message ?? '', /shutting down/);
    assert.ok(contentOf(text).length < 100 * 4, 'the stream was cut short');
    await closed;
  });

  test('close with nothing in flight is quick, even with a keep-alive connection open', async () => {
    const server = await slowServer({ shutdownGraceMs: 10_000, words: 1, delayMs: 1 });
    const health = await fetch(`${server.url}/api/health`);
    assert.equal(health.status, 200);
    const started = Date.now();
    await server.close();
    assert.ok(Date.now() - started < 2_000);
    assert.equal(await tryConnect(server.url), 'ECONNREFUSED');
  });
});
