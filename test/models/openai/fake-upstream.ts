// A real HTTP server on 127.0.0.1:0 standing in for vLLM/Ollama: it records every request and answers with scripted replies.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export type ScriptedReply =
  | { type: 'json'; status?: number; headers?: Record<string, string>; body: unknown }
  | { type: 'text'; status?: number; headers?: Record<string, string>; body: string }
  /** Each entry is a separate write (a separate HTTP chunk, and with a pause a separate TCP segment). */
  | { type: 'stream'; writes: Array<string | Uint8Array>; pauseMs?: number; headers?: Record<string, string>; destroyAtEnd?: boolean }
  /** Writes `write` every `intervalMs` until the client goes away: a model that never stops. */
  | { type: 'endless'; first: string; write: string; intervalMs: number };

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** Parsed JSON when the body is JSON, else the raw text. */
  body: unknown;
  /** Resolves when the server sees the response's connection closed (after the end, or because the client left). */
  closed: Promise<void>;
  /** True once the response ended normally rather than being cut off by the client. */
  finished: () => boolean;
}

export interface FakeUpstream {
  /** Like http://127.0.0.1:PORT/v1 */
  baseURL: string;
  requests: RecordedRequest[];
  /** TCP connections accepted so far (tests keep-alive reuse). */
  connections: () => number;
  /** Queues replies, served one per request in order; when the queue is empty the default reply is used. */
  reply: (...replies: ScriptedReply[]) => void;
  setDefault: (reply: ScriptedReply) => void;
  close: () => Promise<void>;
}

/**
 * A model entry for the config that points at the fake upstream; `local: false` declares it remote although it listens on
 * loopback, and without `local` it counts as local.
 * @example
 * startTestServer({ configPatch: { models: { entries: [upstreamModelEntry(upstream, { id: 'remote', local: false })] } } });
 */
export function upstreamModelEntry(upstream: FakeUpstream, options: { id: string; local?: boolean }) {
  return {
    id: options.id,
    provider: 'openai',
    settings: { baseURL: upstream.baseURL, apiKey: 'sk-test', ...(options.local === undefined ? {} : { local: options.local }) },
    retry: { maxRetries: 0 },
  };
}

/**
 * One streamed chat completion chunk of one choice, as an OpenAI-compatible server sends it.
 * @example
 * sse([chatChunk({ role: 'assistant', content: '안녕' }), chatChunk({}, 'stop')]);
 */
export function chatChunk(delta: Record<string, unknown>, finishReason: string | null = null): unknown {
  return {
    id: 'chatcmpl-s',
    object: 'chat.completion.chunk',
    created: 1,
    model: 'fake',
    choices: [{ index: 0, delta, finish_reason: finishReason }],
  };
}

/** `data: <json>\n\n` for each payload (strings are sent as they are), then `data: [DONE]` unless `done` is false. */
export function sse(payloads: unknown[], options: { done?: boolean } = {}): string {
  const events = payloads.map((payload) => `data: ${typeof payload === 'string' ? payload : JSON.stringify(payload)}\n\n`);
  if (options.done !== false) events.push('data: [DONE]\n\n');
  return events.join('');
}

async function serve(reply: ScriptedReply, response: ServerResponse): Promise<void> {
  if (reply.type === 'json' || reply.type === 'text') {
    const body = reply.type === 'json' ? JSON.stringify(reply.body) : reply.body;
    const contentType = reply.type === 'json' ? 'application/json' : 'text/plain; charset=utf-8';
    response.writeHead(reply.status ?? 200, { 'content-type': contentType, ...reply.headers });
    response.end(body);
    return;
  }
  response.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-cache',
    ...(reply.type === 'stream' ? reply.headers : {}),
  });
  response.flushHeaders();
  if (reply.type === 'stream') {
    for (const write of reply.writes) {
      response.write(write);
      if (reply.pauseMs) await sleep(reply.pauseMs);
    }
    if (reply.destroyAtEnd) response.socket?.destroy();
    else response.end();
    return;
  }
  response.write(reply.first);
  while (!response.destroyed && !response.writableEnded) {
    await sleep(reply.intervalMs);
    if (!response.destroyed) response.write(reply.write);
  }
}

/**
 * @example
 * const upstream = await startFakeUpstream();
 * upstream.reply({ type: 'json', body: { choices: [{ message: { content: 'Hi' }, finish_reason: 'stop' }] } });
 */
export async function startFakeUpstream(): Promise<FakeUpstream> {
  const queue: ScriptedReply[] = [];
  let fallback: ScriptedReply = { type: 'json', status: 500, body: { error: { message: 'No scripted reply left.' } } };
  const requests: RecordedRequest[] = [];
  let connections = 0;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // Not JSON: keep the text.
      }
      let finished = false;
      response.on('finish', () => (finished = true));
      const closed = new Promise<void>((resolve) => response.on('close', resolve));
      requests.push({
        method: request.method ?? '',
        path: request.url ?? '',
        headers: request.headers,
        body,
        closed,
        finished: () => finished,
      });
      response.socket?.setNoDelay(true);
      serve(queue.shift() ?? fallback, response).catch(() => response.destroy());
    });
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    connections: () => connections,
    reply: (...replies) => queue.push(...replies),
    setDefault: (reply) => (fallback = reply),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A loopback port with nothing listening on it, for connection-refused tests. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
