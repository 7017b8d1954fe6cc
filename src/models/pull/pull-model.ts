// Downloads a model file with resume, retries, a sha256 check and an atomic rename: the core of `genstack models pull`.
import { mkdir } from 'node:fs/promises';
import { GenstackError, toGenstackError } from '../../core/errors.ts';
import { downloadAttempt, type DownloadState } from './download-attempt.ts';
import { abortedError } from './download-errors.ts';
import { finishDownload, notGguf } from './finish-download.ts';
import { hasGgufMagic } from './gguf-magic.ts';
import { downloadPaths } from './partial-file.ts';
import { probeRemote, type RemoteFileInfo } from './probe-remote.ts';
import { findPresentFile, resumableState } from './pull-state.ts';
import { resolvePullSource, sanitizeFileName } from './resolve-pull-source.ts';
import { withRetries } from './retry.ts';
import { TransferRate } from './transfer-rate.ts';
import type { PullOptions, PullProgress, PullResult } from './types.ts';

const defaults = { maxRetries: 5, retryBaseMs: 500, idleTimeoutMs: 60_000 };

/**
 * Pulls a model file into a folder. Interrupted downloads resume where they stopped (also across calls);
 * the file appears under its final name only once it is complete and verified.
 * @example
 * const result = await pullModel({
 *   source: 'hf:Qwen/Qwen2.5-0.5B-Instruct-GGUF/qwen2.5-0.5b-instruct-q4_k_m.gguf',
 *   directory: '.genstack/models',
 *   onProgress: (progress) => bar.update(progress.receivedBytes, progress.totalBytes, progress),
 * });
 * console.log(result.path, result.sha256);
 */
export async function pullModel(options: PullOptions): Promise<PullResult> {
  try {
    return await pull(options);
  } catch (error) {
    if (GenstackError.is(error)) throw error;
    // What is left is the local side: a full disk, a folder without write permission.
    const reason = error instanceof Error ? error.message : String(error);
    throw new GenstackError({
      code: 'download_failed',
      message: `Pulling into ${options.directory} failed: ${reason}`,
      category: 'system',
      retryable: false,
      cause: error,
    });
  }
}

async function pull(options: PullOptions): Promise<PullResult> {
  const settings = { ...defaults, ...withoutUndefined(options) };
  const expectedSha256 = normalizeSha256(options.sha256);
  const { url, fileName: fileNameFromUrl } = resolvePullSource(options.source);
  const fetchFunction = options.fetch ?? globalThis.fetch;
  const headers = options.headers ?? {};
  const retry = { url, maxRetries: settings.maxRetries, baseMs: settings.retryBaseMs, signal: options.signal };
  if (options.signal?.aborted) throw abortedError(url, options.signal.reason);

  const remote = await withRetries(() => probeRemote({ url, fetch: fetchFunction, headers, signal: options.signal }), retry);
  const fileName = chooseFileName(options.fileName, remote, fileNameFromUrl);
  await mkdir(options.directory, { recursive: true });
  const paths = downloadPaths(options.directory, fileName);

  const present = await findPresentFile({ paths, remote, expectedSha256 });
  if (present !== undefined) {
    // Never deleted: a file we did not just download belongs to the user.
    if (options.allowNonGguf !== true && !(await hasGgufMagic(paths.finalPath)))
      throw notGguf({ path: paths.finalPath, downloaded: false });
    return { path: paths.finalPath, fileName, bytes: present.bytes, sha256: present.sha256, resumedFromBytes: 0, alreadyPresent: true };
  }

  const state = await resumableState({ url, paths, remote });
  const report = progressReporter(state, options.onProgress);
  let bytesThisAttempt = 0;
  await withRetries(
    () => {
      bytesThisAttempt = 0;
      const onBytes = (count: number): void => {
        bytesThisAttempt += count;
        report(count);
      };
      const attempt = { url, paths, state, fetch: fetchFunction, headers, idleTimeoutMs: settings.idleTimeoutMs };
      return downloadAttempt({ ...attempt, signal: options.signal, onBytes });
    },
    { ...retry, madeProgress: () => bytesThisAttempt > 0 },
  );
  report(0);
  return finishDownload({ paths, state, fileName, expectedSha256, allowNonGguf: options.allowNonGguf });
}

function progressReporter(state: DownloadState, onProgress: ((progress: PullProgress) => void) | undefined): (bytes: number) => void {
  const rate = new TransferRate(() => performance.now());
  return (bytes) => {
    rate.record(bytes);
    if (onProgress === undefined) return;
    const remaining = state.totalBytes === undefined ? undefined : state.totalBytes - state.writtenBytes;
    try {
      onProgress({
        receivedBytes: state.writtenBytes,
        totalBytes: state.totalBytes,
        bytesPerSecond: rate.bytesPerSecond(),
        etaSeconds: rate.etaSeconds(remaining),
        resumedFromBytes: state.resumedFromBytes,
      });
    } catch (error) {
      // A throwing callback is a caller bug, never a network hiccup: surface it instead of retrying.
      throw toGenstackError(error);
    }
  };
}

function chooseFileName(requested: string | undefined, remote: RemoteFileInfo, fromUrl: string | undefined): string {
  if (requested !== undefined) {
    if (sanitizeFileName(requested) !== requested) {
      throw new GenstackError({ code: 'invalid_request', message: `'${requested}' is not a plain file name.`, param: 'fileName' });
    }
    return requested;
  }
  const name = remote.fileName ?? fromUrl;
  if (name === undefined) {
    throw new GenstackError({ code: 'invalid_request', message: 'The source does not name a file; pass fileName.', param: 'fileName' });
  }
  return name;
}

function normalizeSha256(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const normalized = value
    .trim()
    .toLowerCase()
    .replace(/^sha256:/, '');
  if (!/^[0-9a-f]{64}$/.test(normalized)) {
    throw new GenstackError({ code: 'invalid_request', message: `'${value}' is not a sha256 (64 hexadecimal digits).`, param: 'sha256' });
  }
  return normalized;
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}
