// One error base class for every capability: a stable `code`, a category, and one table from code to HTTP status.

export type ErrorCategory = 'user' | 'system' | 'third-party';

/** Stable error codes. Clients may switch on them; never rename one. */
export const errorStatus = {
  invalid_request: 400,
  invalid_json: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  model_not_found: 404,
  method_not_allowed: 405,
  request_timeout: 408,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  rate_limited: 429,
  client_closed: 499,
  internal_error: 500,
  not_implemented: 501,
  upstream_error: 502,
  unavailable: 503,
  upstream_timeout: 504,
  aborted: 499,
  checksum_mismatch: 422,
  download_failed: 502,
  config_invalid: 400,
  model_load_failed: 500,
  /** A guard policy refused the content (PII with action block, injection, denied topic). */
  content_blocked: 422,
  /** A key's token budget for the period is spent. */
  budget_exceeded: 429,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof errorStatus;

export interface GenstackErrorOptions {
  code: ErrorCode;
  message: string;
  category?: ErrorCategory;
  retryable?: boolean;
  /** The request field that caused the error, when there is one (OpenAI's `param`). */
  param?: string | null;
  /** Seconds a client should wait before retrying (rate limits, 503). */
  retryAfter?: number;
  details?: unknown;
  cause?: unknown;
}

/**
 * The error every genstack layer throws.
 * @example
 * throw new GenstackError({ code: 'model_not_found', message: `Unknown model 'x'`, param: 'model' });
 */
export class GenstackError extends Error {
  readonly code: ErrorCode;
  readonly category: ErrorCategory;
  readonly retryable: boolean;
  readonly param: string | null;
  readonly retryAfter: number | undefined;
  readonly details: unknown;

  constructor(options: GenstackErrorOptions) {
    super(options.message, { cause: options.cause });
    this.name = 'GenstackError';
    this.code = options.code;
    const status = errorStatus[options.code];
    this.category = options.category ?? (status >= 500 ? 'system' : 'user');
    this.retryable = options.retryable ?? [408, 429, 502, 503, 504].includes(status);
    this.param = options.param ?? null;
    this.retryAfter = options.retryAfter;
    this.details = options.details;
  }

  get status(): number {
    return errorStatus[this.code];
  }

  toJSON(): { code: ErrorCode; message: string; category: ErrorCategory; retryable: boolean; param: string | null } {
    return { code: this.code, message: this.message, category: this.category, retryable: this.retryable, param: this.param };
  }

  static is(value: unknown): value is GenstackError {
    return value instanceof GenstackError;
  }
}

/** Wraps anything thrown into a GenstackError, keeping the original as `cause`. */
export function toGenstackError(value: unknown): GenstackError {
  if (value instanceof GenstackError) return value;
  if (value instanceof Error && value.name === 'AbortError') {
    return new GenstackError({ code: 'aborted', message: 'The request was cancelled.', cause: value });
  }
  const message = value instanceof Error ? value.message : String(value);
  return new GenstackError({ code: 'internal_error', message: message || 'Internal error', cause: value });
}

/** OpenAI-style error type names, by HTTP status. */
export function openAiErrorType(status: number): string {
  if (status === 401) return 'authentication_error';
  if (status === 403) return 'permission_error';
  if (status === 404) return 'not_found_error';
  if (status === 409) return 'conflict_error';
  if (status === 413) return 'request_too_large';
  if (status === 422) return 'unprocessable_entity_error';
  if (status === 429) return 'rate_limit_error';
  if (status >= 500) return 'server_error';
  return 'invalid_request_error';
}
