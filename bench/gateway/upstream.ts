// A fake OpenAI-compatible model server for the gateway bench: streams N tokens at a fixed pace, spending as little CPU as it can.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface UpstreamOptions {
  tokens: number;
  tokenIntervalMs: number;
  /** 0 picks a free port. */
  port?: number;
}

/** Token i of every answer: English and Korean alternate, so multi-byte UTF-8 crosses every hop. */
export function tokenText(index: number): string {
  return index % 2 === 0 ? ' hello' : ' 안녕';
}

/** The text a client should reassemble from one answer. */
export function expectedText(tokens: number): string {
  let text = '';
  for (let index = 0; index < tokens; index++) text += tokenText(index);
  return text;
}

const created = 1_700_000_000;
const sseHeaders = { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', connection: 'keep-alive' };

function chunkEvent(delta: object, finishReason: string | null): Buffer {
  const chunk = {
    id: 'chatcmpl-fake',
    object: 'chat.completion.chunk',
    created,
    model: 'fake',
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
  };
  return Buffer.from(`data: ${JSON.stringify(chunk)}\n\n`);
}

/** Every event of a stream, serialised once per process so the fake spends its CPU on timing, not on JSON. */
function precomputeStream(tokens: number): { tokenEvents: Buffer[]; tail: Buffer } {
  const tokenEvents: Buffer[] = [];
  for (let index = 0; index < tokens; index++)
    tokenEvents.push(chunkEvent(index === 0 ? { role: 'assistant', content: tokenText(index) } : { content: tokenText(index) }, null));
  const usage = { prompt_tokens: 8, completion_tokens: tokens, total_tokens: 8 + tokens };
  const usageEvent = `data: ${JSON.stringify({ id: 'chatcmpl-fake', object: 'chat.completion.chunk', created, model: 'fake', choices: [], usage })}\n\n`;
  const tail = Buffer.concat([chunkEvent({}, 'stop'), Buffer.from(usageEvent), Buffer.from('data: [DONE]\n\n')]);
  return { tokenEvents, tail };
}

function completionBody(tokens: number): string {
  return JSON.stringify({
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created,
    model: 'fake',
    choices: [{ index: 0, message: { role: 'assistant', content: expectedText(tokens) }, logprobs: null, finish_reason: 'stop' }],
    usage: { prompt_tokens: 8, completion_tokens: tokens, total_tokens: 8 + tokens },
  });
}

function streamAnswer(response: ServerResponse, options: { events: ReturnType<typeof precomputeStream>; intervalMs: number }): void {
  const { tokenEvents, tail } = options.events;
  response.writeHead(200, sseHeaders);
  let index = 0;
  let timer: NodeJS.Timeout | undefined;
  response.once('close', () => clearTimeout(timer));
  // The first token goes out at once (time to first token is the gateway's, not the model's); the rest follow at the fixed pace.
  const next = () => {
    if (response.destroyed) return;
    if (index < tokenEvents.length) {
      response.write(tokenEvents[index++]!);
      timer = setTimeout(next, options.intervalMs);
      return;
    }
    response.end(tail);
  };
  next();
}

function handle(
  request: IncomingMessage,
  response: ServerResponse,
  options: { events: ReturnType<typeof precomputeStream>; intervalMs: number; tokens: number },
): void {
  if (request.method !== 'POST' || !request.url?.endsWith('/chat/completions')) {
    request.resume();
    response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"message":"not found","type":"invalid_request_error"}}');
    return;
  }
  let body = '';
  request.setEncoding('utf8');
  request.on('data', (piece: string) => (body += piece));
  request.on('end', () => {
    let parsed: { stream?: boolean };
    try {
      parsed = JSON.parse(body) as { stream?: boolean };
    } catch {
      response
        .writeHead(400, { 'content-type': 'application/json' })
        .end('{"error":{"message":"body is not JSON","type":"invalid_request_error"}}');
      return;
    }
    if (parsed.stream === true) return streamAnswer(response, options);
    // A whole answer takes as long as the stream would have.
    const text = completionBody(options.tokens);
    setTimeout(() => response.writeHead(200, { 'content-type': 'application/json' }).end(text), options.tokens * options.intervalMs);
  });
}

/**
 * @example
 * const { server, url } = await startUpstream({ tokens: 32, tokenIntervalMs: 2 });
 * // POST `${url}/v1/chat/completions` with { stream: true } → 32 content chunks, a usage chunk, [DONE]
 */
export async function startUpstream(options: UpstreamOptions): Promise<{ server: Server; url: string }> {
  const events = precomputeStream(options.tokens);
  const server = createServer({ keepAliveTimeout: 65_000 }, (request, response) =>
    handle(request, response, { events, intervalMs: options.tokenIntervalMs, tokens: options.tokens }),
  );
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { server, url: `http://127.0.0.1:${port}` };
}
