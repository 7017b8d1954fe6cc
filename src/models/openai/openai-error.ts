// Classifies what an OpenAI-compatible server (or the network to it) did wrong into GenstackErrors; retries happen above.
import { GenstackError, type ErrorCode } from '../../core/errors.ts';
import type { UpstreamResponse } from './upstream-response.ts';

const timeoutCauses = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT']);

/** Seconds to wait, from `retry-after-ms` (OpenAI) or `Retry-After` as seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(headers: { get(name: string): string | null }, now: number = Date.now()): number | undefined {
  const milliseconds = Number.parseFloat(headers.get('retry-after-ms') ?? '');
  if (Number.isFinite(milliseconds) && milliseconds >= 0) return milliseconds / 1000;
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

function codeForStatus(status: number, message: string, upstreamCode: unknown): ErrorCode {
  if (status === 404) return upstreamCode === 'model_not_found' || /\bmodel\b/i.test(message) ? 'model_not_found' : 'not_found';
  const byStatus: Record<number, ErrorCode> = {
    400: 'invalid_request',
    // The upstream refused genstack's own credentials: a configuration fault on our side, not the client's key.
    401: 'upstream_error',
    403: 'upstream_error',
    408: 'request_timeout',
    409: 'conflict',
    413: 'payload_too_large',
    422: 'unprocessable',
    429: 'rate_limited',
    503: 'unavailable',
    504: 'upstream_timeout',
  };
  return byStatus[status] ?? (status >= 500 ? 'upstream_error' : 'invalid_request');
}

interface UpstreamMessage {
  message: string | undefined;
  param: string | undefined;
  code: unknown;
}

/** Reads the message out of the error shapes servers use: OpenAI/llama.cpp `{error:{message}}`, Ollama/TGI `{error:"…"}`, vLLM `{message}`, FastAPI `{detail}`. */
export function readUpstreamMessage(payload: unknown): UpstreamMessage {
  if (typeof payload === 'string') return { message: payload || undefined, param: undefined, code: undefined };
  if (typeof payload !== 'object' || payload === null) return { message: undefined, param: undefined, code: undefined };
  const record = payload as Record<string, unknown>;
  if (record['error'] !== undefined && record['error'] !== null) return readUpstreamMessage(record['error']);
  const text = [record['message'], record['detail']].find((value) => typeof value === 'string' && value.length > 0);
  const detail = Array.isArray(record['detail']) ? JSON.stringify(record['detail']) : undefined;
  return {
    message: (text as string | undefined) ?? detail,
    param: typeof record['param'] === 'string' ? record['param'] : undefined,
    code: record['code'],
  };
}

function parseBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text.trim().slice(0, 1000);
  }
}

/**
 * Turns a non-2xx response into a GenstackError, keeping the upstream message verbatim.
 * @example
 * if (response.status >= 300) throw await errorFromResponse(response, { baseURL });
 */
export async function errorFromResponse(response: UpstreamResponse, context: { baseURL: string }): Promise<GenstackError> {
  const body = await response.text().catch(() => '');
  const upstream = readUpstreamMessage(parseBody(body));
  const status = response.status;
  const fallbackMessage = `The model server at ${context.baseURL} answered HTTP ${status} ${response.statusText}`.trim();
  const credentials =
    status === 401 || status === 403 ? `The model server at ${context.baseURL} rejected the configured API key (HTTP ${status}): ` : '';
  const message = credentials + (upstream.message ?? fallbackMessage);
  const retryable = status === 408 || status === 409 || status === 429 || status >= 500;
  return new GenstackError({
    code: codeForStatus(status, upstream.message ?? '', upstream.code),
    message,
    category: status >= 500 || status === 429 || credentials ? 'third-party' : undefined,
    retryable,
    param: upstream.param,
    retryAfter: parseRetryAfter(response.headers),
    details: { status, upstreamCode: upstream.code, baseURL: context.baseURL },
  });
}

/** An error the server reported inside a 200 stream (`event: error` or a chunk with `error`). */
export function errorFromStreamPayload(payload: unknown): GenstackError {
  const upstream = readUpstreamMessage(payload);
  return new GenstackError({
    code: 'upstream_error',
    message: upstream.message ?? 'The model server reported an error in the stream.',
    category: 'third-party',
    param: upstream.param,
    details: { upstreamCode: upstream.code },
  });
}

type CodedError = { code?: unknown; errors?: Array<{ code?: unknown }>; cause?: CodedError } | undefined;

/** fetch (undici) puts the network error's code on `cause`; node:http puts it on the error itself. */
function causeCode(error: unknown): string | undefined {
  for (const candidate of [(error as CodedError)?.cause, error as CodedError]) {
    const code = candidate?.code ?? candidate?.errors?.[0]?.code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

/**
 * Classifies a rejected request (fetch or node:http) or body read: the caller's abort, a timeout, or an unreachable server.
 * @example
 * const response = await fetch(url, init).catch((error) => { throw errorFromFetchFailure(error, { baseURL, signal }); });
 */
export function errorFromFetchFailure(
  error: unknown,
  context: { baseURL: string; signal?: AbortSignal; midStream?: boolean },
): GenstackError {
  if (error instanceof GenstackError) return error;
  if (context.signal?.aborted) {
    const reason: unknown = context.signal.reason;
    // The registry above may abort with its own GenstackError (a timeout, a budget); hand that back unchanged.
    if (reason instanceof GenstackError) return reason;
    if (reason instanceof Error && reason.name === 'TimeoutError') {
      return new GenstackError({ code: 'upstream_timeout', message: `The model server at ${context.baseURL} timed out.`, cause: reason });
    }
    return new GenstackError({ code: 'aborted', message: 'The request was cancelled.', cause: error });
  }
  const code = causeCode(error);
  if (code !== undefined && timeoutCauses.has(code)) {
    return new GenstackError({
      code: 'upstream_timeout',
      message: `The model server at ${context.baseURL} timed out (${code}).`,
      category: 'third-party',
      cause: error,
    });
  }
  if (context.midStream) {
    return new GenstackError({
      code: 'upstream_error',
      message: `The model server at ${context.baseURL} closed the stream before it finished${code ? ` (${code})` : ''}.`,
      category: 'third-party',
      cause: error,
    });
  }
  return new GenstackError({
    code: 'unavailable',
    message: `Cannot reach the model server at ${context.baseURL}${code ? ` (${code})` : ''}: is it running?`,
    category: 'third-party',
    retryable: true,
    cause: error,
  });
}
