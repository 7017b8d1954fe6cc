// The last step of a pull: verify the checksum and the GGUF magic, flush to disk, and rename into place atomically.
import { open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { GenstackError } from '../../core/errors.ts';
import type { DownloadState } from './download-attempt.ts';
import { hasGgufMagic } from './gguf-magic.ts';
import { removePartial, type DownloadPaths } from './partial-file.ts';
import type { PullResult } from './types.ts';

export interface FinishOptions {
  paths: DownloadPaths;
  state: DownloadState;
  fileName: string;
  expectedSha256: string | undefined;
  allowNonGguf: boolean | undefined;
}

/**
 * Turns a complete partial file into the final file, or deletes it when it is not what was asked for.
 * @example
 * const result = await finishDownload({ paths, state, fileName, expectedSha256, allowNonGguf: false });
 */
export async function finishDownload(options: FinishOptions): Promise<PullResult> {
  const { paths, state } = options;
  const sha256 = state.hash.digest('hex');
  if (options.expectedSha256 !== undefined && sha256 !== options.expectedSha256) {
    await removePartial(paths);
    throw new GenstackError({
      code: 'checksum_mismatch',
      message: `Checksum mismatch for ${options.fileName}: expected sha256 ${options.expectedSha256}, got ${sha256}. The download was deleted.`,
      param: 'sha256',
      details: { expected: options.expectedSha256, actual: sha256 },
    });
  }
  if (options.allowNonGguf !== true && !(await hasGgufMagic(paths.partialPath))) {
    await removePartial(paths);
    throw notGguf({ path: paths.finalPath, downloaded: true });
  }
  await syncFile(paths.partialPath);
  await rename(paths.partialPath, paths.finalPath);
  await rm(paths.sidecarPath, { force: true });
  await syncDirectory(paths.finalPath);
  const { writtenBytes: bytes, resumedFromBytes } = state;
  return { path: paths.finalPath, fileName: options.fileName, bytes, sha256, resumedFromBytes, alreadyPresent: false };
}

/** genstack runs GGUF files only; a download that is something else is deleted, a file that was already there is not. */
export function notGguf(file: { path: string; downloaded: boolean }): GenstackError {
  const fate = file.downloaded ? 'the download was deleted' : 'the file was already there and was left alone';
  return new GenstackError({
    code: 'invalid_request',
    message: `${file.path} is not a GGUF model file (it does not start with "GGUF"); ${fate}. Pull a .gguf file.`,
    param: 'source',
  });
}

/** Flushes file contents to disk before the rename, so a power cut never leaves a complete-looking, empty file. */
async function syncFile(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Persists the rename itself; directories cannot be opened for sync on every platform, so this is best effort. */
async function syncDirectory(finalPath: string): Promise<void> {
  try {
    const handle = await open(dirname(finalPath), 'r');
    await handle.sync().finally(() => handle.close());
  } catch {
    // Windows and some network file systems refuse; the data itself is already synced.
  }
}
