// Sends one connector request with a timeout and a size cap, and maps every way it can go wrong to a ToolFailure.
import type { ToolContext } from '../tool-types.ts';
import { ToolFailure } from '../tool-types.ts';
import { BodyTooLargeError, readLimitedBody } from './read-limited-body.ts';

export const defaultMaxResponseBytes = 1_000_000;

/** The exact request a connector sends; kept plain so a caller can see what went over the wire. */
export interface HttpCall {
  method: string;
  url: URL;
  headers: Record<string, string>;
  /** Sent as JSON when present. */
  body?: unknown;
}

export interface SendHttpRequestOptions {
  call: HttpCall;
  context: ToolContext;
  timeoutMs: number;
  maxResponseBytes?: number;
  fetch?: typeof fetch;
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat;
}

function parseBody(text: string, contentType: string): unknown {
  if (text.trim() === '') return null;
  // Many systems send JSON as text/plain; try JSON whenever the body looks like it.
  if (contentType.includes('json') || /^\s*[[{]/.test(text)) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

function failureFor(error: unknown, options: SendHttpRequestOptions & { timeout: AbortSignal }): never {
  const ko = options.context.language === 'ko';
  // The conversation itself was cancelled: not the system's failure, so the abort travels up unchanged.
  if (options.context.signal?.aborted) throw options.context.signal.reason ?? error;
  if (error instanceof ToolFailure) throw error;
  if (error instanceof BodyTooLargeError) {
    throw new ToolFailure(
      'upstream_too_large',
      ko ? `응답이 너무 큽니다 (${error.limit} 바이트 초과).` : `The response is too large (over ${error.limit} bytes).`,
    );
  }
  if (options.timeout.aborted) {
    throw new ToolFailure(
      'upstream_timeout',
      ko ? `시스템이 ${options.timeoutMs}ms 안에 응답하지 않았습니다.` : `The system did not answer within ${options.timeoutMs} ms.`,
    );
  }
  const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : '';
  throw new ToolFailure('upstream_error', ko ? `시스템에 연결할 수 없습니다: ${reason}` : `Could not reach the system: ${reason}`);
}

/** Configured headers are checked at creation; a header argument (OpenAPI `in: header`) is checked here. */
function buildHeaders(call: HttpCall, language: 'ko' | 'en'): Headers {
  const headers = new Headers({ accept: 'application/json, text/plain;q=0.9, */*;q=0.5' });
  if (call.body !== undefined) headers.set('content-type', 'application/json');
  for (const [name, value] of Object.entries(call.headers)) {
    try {
      headers.set(name, value);
    } catch {
      throw new ToolFailure(
        'invalid_arguments',
        language === 'ko' ? `'${name}' 헤더 값은 영문/숫자만 쓸 수 있습니다.` : `'${name}' must be a Latin-1 header value.`,
      );
    }
  }
  return headers;
}

/**
 * Sends the call and returns the parsed JSON (or text) body; non-2xx, timeouts and oversize bodies become ToolFailures.
 * @example
 * const result = await sendHttpRequest({ call: { method: 'GET', url: new URL('http://erp/orders/1'), headers: {} }, context, timeoutMs: 5000 });
 */
export async function sendHttpRequest(options: SendHttpRequestOptions): Promise<unknown> {
  const { call, context } = options;
  const limit = options.maxResponseBytes ?? defaultMaxResponseBytes;
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = context.signal ? AbortSignal.any([timeout, context.signal]) : timeout;
  try {
    const headers = buildHeaders(call, context.language);
    const response = await (options.fetch ?? fetch)(call.url, {
      method: call.method,
      headers,
      body: call.body === undefined ? undefined : JSON.stringify(call.body),
      signal,
    });
    const text = await readLimitedBody(response, limit);
    if (!response.ok) {
      const detail = excerpt(text);
      throw new ToolFailure(
        'upstream_error',
        context.language === 'ko'
          ? `시스템이 HTTP ${response.status} 오류로 응답했습니다${detail ? `: ${detail}` : '.'}`
          : `The system answered HTTP ${response.status}${detail ? `: ${detail}` : '.'}`,
      );
    }
    return parseBody(text, response.headers.get('content-type') ?? '');
  } catch (error) {
    failureFor(error, { ...options, timeout });
  }
}
