// Sends an SSE response: straight onto Node's ServerResponse when served by @hono/node-server, else as a web ReadableStream.
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import type { Context } from 'hono';
import type { ServerResponse } from 'node:http';
import type { AppEnv } from '../request-context.ts';
import type { ChatEventSource } from './chat-event-source.ts';

/** Resolves when the socket can take more, or when it is gone (then 'drain' would never come). */
function writable(outgoing: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      outgoing.off('drain', done);
      outgoing.off('close', done);
      resolve();
    };
    outgoing.on('drain', done);
    outgoing.on('close', done);
  });
}

async function pump(outgoing: ServerResponse, source: ChatEventSource): Promise<void> {
  const onClose = () => {
    if (!outgoing.writableFinished) void source.cancel();
  };
  outgoing.once('close', onClose);
  // The head goes out with the first events in one write when they are ready within this turn of the event loop;
  // otherwise (a model slow to its first token) right after it, so the client has its 200 without waiting.
  const flushHead = setImmediate(() => outgoing.flushHeaders());
  try {
    for (let text = await source.next(); text !== null; text = await source.next()) {
      clearImmediate(flushHead);
      if (outgoing.destroyed) return;
      if (!outgoing.write(text)) await writable(outgoing);
    }
    outgoing.end();
  } catch (error) {
    // The source turns model failures into events; what lands here is a socket failure, so there is nobody to tell.
    outgoing.destroy(error as Error);
  } finally {
    clearImmediate(flushHead);
    outgoing.off('close', onClose);
  }
}

/**
 * Under @hono/node-server, events are written to the socket as strings: no web stream, no TextEncoder, no promise per
 * chunk between the model and the socket (bench/gateway measured this path). `app.request()` has no socket, so it gets
 * the same events as a ReadableStream.
 * @example
 * return sendSse(c, { source, headers: { 'content-type': 'text/event-stream' } });
 */
export function sendSse(c: Context<AppEnv>, options: { source: ChatEventSource; headers: Record<string, string> }): Response {
  const { source } = options;
  const outgoing = c.env?.outgoing;
  if (outgoing) {
    outgoing.writeHead(200, options.headers);
    void pump(outgoing, source);
    return RESPONSE_ALREADY_SENT;
  }
  const bytes = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const text = await source.next();
      if (text === null) controller.close();
      else controller.enqueue(bytes.encode(text));
    },
    cancel: () => source.cancel(),
  });
  return new Response(stream, { headers: options.headers });
}
