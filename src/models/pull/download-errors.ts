// Maps HTTP answers and network failures of a download to GenstackErrors, and says which ones are worth retrying.
import { GenstackError } from '../../core/errors.ts';

/** A failure that a later attempt may not repeat: a dropped connection, a 5xx, a short body. */
export class TransientDownloadError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TransientDownloadError';
  }
}

// 408 and 429 are the client-side statuses that a wait can cure; every 5xx may be a restart or an overload.
const retryableStatuses = new Set([408, 425, 429]);

/** Throws the error that fits a non-success HTTP status; transient ones as TransientDownloadError. */
export function throwForStatus(response: Response, url: string): never {
  const status = response.status;
  if (status === 404 || status === 410) {
    throw new GenstackError({ code: 'not_found', message: `No model file at ${url} (HTTP ${status}).`, param: 'source' });
  }
  if (status === 401) {
    throw new GenstackError({
      code: 'unauthorized',
      message: `The server needs credentials for ${url} (HTTP 401); pass an Authorization header or token.`,
      param: 'source',
    });
  }
  if (status === 403) {
    throw new GenstackError({
      code: 'forbidden',
      message: `Access to ${url} is forbidden (HTTP 403); a gated repository may need its licence accepted.`,
      param: 'source',
    });
  }
  if (status >= 500 || retryableStatuses.has(status)) throw new TransientDownloadError(`HTTP ${status} from ${url}`);
  throw new GenstackError({ code: 'download_failed', message: `Downloading ${url} failed with HTTP ${status}.`, retryable: false });
}

/** True for what a retry may cure; GenstackErrors (404, checksum, abort) are final. */
export function isTransient(error: unknown): boolean {
  if (error instanceof GenstackError) return false;
  if (error instanceof TransientDownloadError) return true;
  // undici reports refused connections, resets and truncated bodies as TypeError ("fetch failed", "terminated").
  if (error instanceof TypeError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^(ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|EAI_AGAIN|ENOTFOUND|UND_ERR_)/.test(code);
}

/** The error a caller sees once retries are spent. */
export function downloadFailed(url: string, attempts: number, cause: unknown): GenstackError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new GenstackError({
    code: 'download_failed',
    message: `Downloading ${url} failed after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${reason}.`,
    cause,
  });
}

/** The error for a cancelled pull; the partial file stays on disk for a later resume. */
export function abortedError(url: string, cause?: unknown): GenstackError {
  return new GenstackError({
    code: 'aborted',
    message: `Download of ${url} was cancelled; run the pull again to resume.`,
    cause,
  });
}
