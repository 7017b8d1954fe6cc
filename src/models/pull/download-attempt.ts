// One GET of a model file: asks for the missing range, then streams the body to the partial file while hashing it.
import { createHash, type Hash } from 'node:crypto';
import { open, truncate } from 'node:fs/promises';
import { GenstackError } from '../../core/errors.ts';
import { contentLength, parseContentRange } from './content-range.ts';
import { TransientDownloadError, throwForStatus } from './download-errors.ts';
import { fileSize, hashFileInto, writePartialState, type DownloadPaths } from './partial-file.ts';

/** The running state of a download, shared by every attempt of one pull. */
export interface DownloadState {
  /** sha256 over exactly the first `writtenBytes` bytes of the partial file. */
  hash: Hash;
  writtenBytes: number;
  totalBytes: number | undefined;
  etag: string | undefined;
  lastModified: string | undefined;
  /** Bytes reused from an earlier call; drops to 0 when the server makes us start over. */
  resumedFromBytes: number;
}

export interface AttemptOptions {
  url: string;
  paths: DownloadPaths;
  state: DownloadState;
  fetch: typeof fetch;
  headers: Record<string, string>;
  signal?: AbortSignal;
  /** A connection that sends nothing for this long is dropped and retried. */
  idleTimeoutMs: number;
  /** Called after each chunk has been written and hashed. */
  onBytes: (count: number) => void;
}

/**
 * Brings the partial file one step closer to complete; resolves when the whole body was written.
 * Throws TransientDownloadError (or undici's TypeError) for what a retry may cure.
 * @example
 * await downloadAttempt({ url, paths, state, fetch, headers: {}, idleTimeoutMs: 60_000, onBytes: () => {} });
 */
export async function downloadAttempt(options: AttemptOptions): Promise<void> {
  const { state, paths } = options;
  await alignWithDisk(state, paths.partialPath);
  const idle = new AbortController();
  const signal = options.signal === undefined ? idle.signal : AbortSignal.any([options.signal, idle.signal]);
  let idleTimer = setTimeout(() => idle.abort(), options.idleTimeoutMs);
  const resetIdleTimer = (): void => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => idle.abort(), options.idleTimeoutMs);
  };
  try {
    const response = await options.fetch(options.url, { headers: requestHeaders(options), redirect: 'follow', signal });
    const append = await acceptResponse(response, options);
    if (append === 'complete') return;
    await writePartialState(paths.sidecarPath, {
      url: options.url,
      ...(state.etag === undefined ? {} : { etag: state.etag }),
      ...(state.lastModified === undefined ? {} : { lastModified: state.lastModified }),
      ...(state.totalBytes === undefined ? {} : { totalBytes: state.totalBytes }),
    });
    await streamBody(response, { ...options, append: append === 'append', onChunk: resetIdleTimer });
  } catch (error) {
    if (idle.signal.aborted && options.signal?.aborted !== true) {
      throw new TransientDownloadError(`no data from ${options.url} for ${options.idleTimeoutMs} ms`, { cause: error });
    }
    throw error;
  } finally {
    clearTimeout(idleTimer);
  }
}

function requestHeaders(options: AttemptOptions): Record<string, string> {
  const headers: Record<string, string> = { ...options.headers, 'accept-encoding': 'identity' };
  const { state } = options;
  if (state.writtenBytes > 0) {
    headers.range = `bytes=${state.writtenBytes}-`;
    // If-Range makes the server send the whole new file instead of gluing a range of it onto our old bytes.
    // Weak ETags may not be used there (RFC 9110 §13.1.5), so those fall back to Last-Modified.
    const validator = state.etag !== undefined && !state.etag.startsWith('W/') ? state.etag : state.lastModified;
    if (validator !== undefined) headers['if-range'] = validator;
  }
  return headers;
}

/** Decides from the status what the body means: the rest of the file, the whole file, or nothing more to fetch. */
async function acceptResponse(response: Response, options: AttemptOptions): Promise<'append' | 'replace' | 'complete'> {
  const { state } = options;
  if (response.status === 416 && state.writtenBytes > 0) {
    await response.body?.cancel();
    const total = parseContentRange(response.headers.get('content-range'))?.total ?? state.totalBytes;
    if (total === state.writtenBytes) return 'complete';
    await restartFromZero(state, options.paths.partialPath);
    throw new TransientDownloadError(`the server cannot serve byte ${state.writtenBytes} onward; starting over`);
  }
  if (response.status === 206) {
    const range = parseContentRange(response.headers.get('content-range'));
    // Without a validator, a changed total is the only sign that the file changed under us.
    const totalChanged = range?.total !== undefined && state.totalBytes !== undefined && range.total !== state.totalBytes;
    if (range?.start !== state.writtenBytes || totalChanged) {
      await response.body?.cancel();
      if (state.writtenBytes === 0) {
        throw new GenstackError({ code: 'download_failed', message: `${options.url} answered with a range that was not asked for.` });
      }
      await restartFromZero(state, options.paths.partialPath);
      throw new TransientDownloadError(`the server sent a different range than asked for; starting over`);
    }
    adoptValidators(state, response.headers, range.total);
    return 'append';
  }
  if (response.status === 200) {
    // The server ignored Range (or If-Range saw a new version): the body is the whole file.
    await restartFromZero(state, options.paths.partialPath);
    adoptValidators(state, response.headers, contentLength(response.headers));
    return 'replace';
  }
  await response.body?.cancel();
  throwForStatus(response, options.url);
}

async function streamBody(response: Response, options: AttemptOptions & { append: boolean; onChunk: () => void }): Promise<void> {
  const { state } = options;
  if (response.body === null) throw new TransientDownloadError(`empty response body from ${options.url}`);
  const handle = await open(options.paths.partialPath, options.append ? 'a' : 'w');
  try {
    // Awaiting each write before reading the next chunk is the backpressure: the socket pauses while the disk is busy.
    for await (const chunk of response.body) {
      options.onChunk();
      await handle.write(chunk);
      state.hash.update(chunk);
      state.writtenBytes += chunk.byteLength;
      if (state.totalBytes !== undefined && state.writtenBytes > state.totalBytes) {
        await restartFromZero(state, options.paths.partialPath);
        throw new TransientDownloadError(`${options.url} sent more bytes than it announced; starting over`);
      }
      options.onBytes(chunk.byteLength);
    }
  } finally {
    await handle.close();
  }
  if (state.totalBytes !== undefined && state.writtenBytes < state.totalBytes) {
    throw new TransientDownloadError(`connection closed after ${state.writtenBytes} of ${state.totalBytes} bytes`);
  }
}

function adoptValidators(state: DownloadState, headers: Headers, totalBytes: number | undefined): void {
  state.etag = headers.get('etag') ?? state.etag;
  state.lastModified = headers.get('last-modified') ?? state.lastModified;
  state.totalBytes = totalBytes;
}

async function restartFromZero(state: DownloadState, partialPath: string): Promise<void> {
  if ((await fileSize(partialPath)) !== undefined) await truncate(partialPath, 0);
  state.hash = createHash('sha256');
  state.writtenBytes = 0;
  state.resumedFromBytes = 0;
  state.totalBytes = undefined;
}

/** Makes the hash cover exactly the bytes on disk, re-reading the partial file only when the two disagree. */
async function alignWithDisk(state: DownloadState, partialPath: string): Promise<void> {
  const size = (await fileSize(partialPath)) ?? 0;
  if (size === state.writtenBytes) return;
  state.hash = createHash('sha256');
  if (size > 0) await hashFileInto(partialPath, state.hash);
  state.writtenBytes = size;
}
