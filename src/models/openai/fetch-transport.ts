// The transport over an injected `fetch` (tests, proxies, custom agents): a web-stream body delivered to a BodySink.
import { releaseBody } from './release-body.ts';
import type { BodyFlow, BodySink, OpenAiTransport, UpstreamResponse } from './upstream-response.ts';

const decodeOptions = { stream: true };

function deliver(response: Response, sink: BodySink): BodyFlow {
  const body = response.body;
  if (!body) {
    queueMicrotask(() => sink.end());
    return { pause() {}, resume() {}, release() {} };
  }
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let ended = false;
  let released = false;
  let paused = false;
  let wake: (() => void) | undefined;
  void (async () => {
    try {
      for (;;) {
        if (paused) await new Promise<void>((resolve) => (wake = resolve));
        if (released) return;
        const chunk = await reader.read();
        if (released) return;
        if (chunk.done) {
          ended = true;
          const rest = decoder.decode();
          if (rest) sink.data(rest);
          sink.end();
          return;
        }
        sink.data(decoder.decode(chunk.value, decodeOptions));
      }
    } catch (error) {
      ended = true;
      if (!released) sink.error(error);
    }
  })();
  const resume = () => {
    paused = false;
    const resolve = wake;
    wake = undefined;
    resolve?.();
  };
  return {
    pause: () => (paused = true),
    resume,
    release(clean) {
      if (ended || released) return;
      released = true;
      resume();
      releaseBody(reader, { clean });
    },
  };
}

function wrap(response: Response): UpstreamResponse {
  return {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
    hasBody: response.body !== null,
    text: () => response.text(),
    stream: (sink) => deliver(response, sink),
  };
}

/**
 * @example
 * const transport = createFetchTransport(globalThis.fetch);
 * const response = await transport({ url, body: '{}', headers: { 'content-type': 'application/json' } });
 */
export function createFetchTransport(fetchFunction: typeof fetch): OpenAiTransport {
  return async (request) =>
    wrap(await fetchFunction(request.url, { method: 'POST', headers: request.headers, body: request.body, signal: request.signal }));
}
