// Rejects request bodies over the limit: by Content-Length without touching the body, else by counting a chunked upload.
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { GenstackError } from '../core/index.ts';

/**
 * hono's bodyLimit reads `c.req.raw.body` first, which makes @hono/node-server build a web ReadableStream for every
 * request and then read the JSON through it; answering from the Content-Length header keeps node-server's direct read
 * of the socket (bench/gateway measured about 0.2 ms less to the first token of a chat request). Chunked uploads, which have no
 * length up front, still go through hono's counting reader.
 * @example
 * app.use(createBodyLimit(8 * 1024 * 1024));
 */
export function createBodyLimit(limitBytes: number): MiddlewareHandler {
  const tooLarge = () => new GenstackError({ code: 'payload_too_large', message: `The request body is larger than ${limitBytes} bytes.` });
  const countingLimit = bodyLimit({
    maxSize: limitBytes,
    onError: () => {
      throw tooLarge();
    },
  });
  return async (c, next) => {
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD') return next();
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      if (Number.parseInt(length, 10) > limitBytes) throw tooLarge();
      return next();
    }
    return countingLimit(c, next);
  };
}
