// The default transport: node:http(s) with one keep-alive Agent per provider, the body's chunks handed straight to a sink.
import http, { type ClientRequest, type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { BodyFlow, BodySink, OpenAiTransport, UpstreamRequest, UpstreamResponse } from './upstream-response.ts';

/** Like undici's headers and body timeouts: a server silent this long is given up on. */
const defaultIdleTimeoutMs = 300_000;
/** A server that keeps the body open after the stream finished must not hold the socket for long. */
const drainTimeoutMs = 1000;

interface Target {
  client: typeof http | typeof https;
  options: http.RequestOptions;
  idleTimeoutMs: number;
}

/** An error shaped like the network errors it stands for (`code`), so openai-error classifies it. */
function codedError(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

/** A kept-alive socket the server closed while it sat idle: the request never reached it and may be sent again. */
function isStaleSocket(request: ClientRequest, error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return request.reusedSocket && (code === 'ECONNRESET' || code === 'EPIPE');
}

/** One request's state that its response shares. */
interface Exchange {
  request: ClientRequest;
  /** Stops listening to the caller's signal. */
  done: () => void;
  /** Why genstack destroyed the request (abort, idle timeout): reported instead of the socket error it causes. */
  destroyedWith: Error | undefined;
}

class NodeUpstreamResponse implements UpstreamResponse {
  readonly status: number;
  readonly statusText: string;
  readonly hasBody = true;
  readonly headers: { get(name: string): string | null };
  readonly #exchange: Exchange;
  readonly #response: IncomingMessage;

  constructor(exchange: Exchange, response: IncomingMessage) {
    this.#exchange = exchange;
    this.#response = response;
    this.status = response.statusCode ?? 0;
    this.statusText = response.statusMessage ?? '';
    const raw = response.headers;
    this.headers = {
      get(name) {
        const value = raw[name.toLowerCase()];
        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
      },
    };
  }

  text(): Promise<string> {
    return new Promise((resolve, reject) => {
      let body = '';
      this.stream({ data: (text) => (body += text), end: () => resolve(body), error: reject });
    });
  }

  stream(sink: BodySink): BodyFlow {
    const exchange = this.#exchange;
    const request = exchange.request;
    const response = this.#response;
    let target: BodySink | undefined = sink;
    let first = true;
    let finished = false;
    const finish = (): BodySink | undefined => {
      if (finished) return undefined;
      finished = true;
      exchange.done();
      const current = target;
      target = undefined;
      return current;
    };
    response.setEncoding('utf8');
    response.on('data', (text: string) => {
      if (first) {
        first = false;
        // TextDecoder drops a byte order mark; StringDecoder keeps it.
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      target?.data(text);
    });
    response.on('end', () => finish()?.end());
    response.on('error', (error) => finish()?.error(exchange.destroyedWith ?? error));
    response.on('close', () =>
      finish()?.error(exchange.destroyedWith ?? codedError('The connection closed before the body ended.', 'ECONNRESET')),
    );
    return {
      pause: () => response.pause(),
      resume: () => response.resume(),
      release: (clean) => {
        if (finished || !target) return;
        target = undefined;
        if (!clean) {
          finish();
          request.destroy();
          return;
        }
        response.resume();
        const timer = setTimeout(() => request.destroy(), drainTimeoutMs);
        timer.unref();
        response.once('close', () => clearTimeout(timer));
      },
    };
  }
}

function send(target: Target, request: UpstreamRequest, mayRetry: boolean): Promise<UpstreamResponse> {
  return new Promise((resolve, reject) => {
    const signal = request.signal;
    if (signal?.aborted) {
      reject(Object.assign(new Error('The request was aborted.'), { name: 'AbortError' }));
      return;
    }
    const headers: http.OutgoingHttpHeaders = { ...request.headers, 'content-length': Buffer.byteLength(request.body) };
    const idleTimeoutMs = target.idleTimeoutMs;
    const outgoing = target.client.request({ ...target.options, headers, timeout: idleTimeoutMs });
    let responded = false;
    const destroy = (error: Error) => {
      exchange.destroyedWith = error;
      outgoing.destroy(error);
    };
    const onAbort = () => destroy(Object.assign(new Error('The request was aborted.'), { name: 'AbortError' }));
    const exchange: Exchange = { request: outgoing, done: () => signal?.removeEventListener('abort', onAbort), destroyedWith: undefined };
    signal?.addEventListener('abort', onAbort, { once: true });
    outgoing.on('timeout', () => destroy(codedError(`The model server sent nothing for ${idleTimeoutMs} ms.`, 'ETIMEDOUT')));
    outgoing.on('error', (error) => {
      // Once the response arrived, its own 'error' or 'close' reports a failure.
      if (responded) return;
      exchange.done();
      if (mayRetry && !signal?.aborted && isStaleSocket(outgoing, error)) resolve(send(target, request, false));
      else reject(exchange.destroyedWith ?? error);
    });
    outgoing.on('response', (response) => {
      responded = true;
      resolve(new NodeUpstreamResponse(exchange, response));
    });
    outgoing.end(request.body);
  });
}

/**
 * Keep-alive agents are created on first use, one for http and one for https, with no cap on sockets (the registry's
 * concurrency limit is the cap); URLs are parsed once each.
 * @example
 * const transport = createNodeHttpTransport();
 * const response = await transport({ url: 'http://127.0.0.1:8000/v1/chat/completions', body, headers });
 */
export function createNodeHttpTransport(options: { idleTimeoutMs?: number } = {}): OpenAiTransport {
  const idleTimeoutMs = options.idleTimeoutMs ?? defaultIdleTimeoutMs;
  let httpAgent: http.Agent | undefined;
  let httpsAgent: https.Agent | undefined;
  const targets = new Map<string, Target>();
  const targetFor = (url: string): Target => {
    let target = targets.get(url);
    if (target) return target;
    const parsed = new URL(url);
    const secure = parsed.protocol === 'https:';
    const agent = secure
      ? (httpsAgent ??= new https.Agent({ keepAlive: true, maxSockets: Infinity }))
      : (httpAgent ??= new http.Agent({ keepAlive: true, maxSockets: Infinity }));
    const options: http.RequestOptions = {
      method: 'POST',
      // URL keeps IPv6 hosts in brackets; node:http wants them bare.
      hostname: parsed.hostname.replace(/^\[(.*)\]$/, '$1'),
      port: parsed.port || (secure ? 443 : 80),
      path: `${parsed.pathname}${parsed.search}`,
      agent,
    };
    if (parsed.username || parsed.password) options.auth = `${decodeURIComponent(parsed.username)}:${decodeURIComponent(parsed.password)}`;
    target = { client: secure ? https : http, options, idleTimeoutMs };
    targets.set(url, target);
    return target;
  };
  return (request) => send(targetFor(request.url), request, true);
}
