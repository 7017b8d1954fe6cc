// Decides what a pull starts from: a finished file that can be kept, a partial download to resume, or nothing.
import { createHash } from 'node:crypto';
import type { DownloadState } from './download-attempt.ts';
import { fileSize, readPartialState, removePartial, sha256OfFile, type DownloadPaths, type PartialState } from './partial-file.ts';
import type { RemoteFileInfo } from './probe-remote.ts';

/**
 * The finished file, when it is already there and good: it matches the expected sha256, or (without one)
 * its size matches what HEAD announced. Anything else is downloaded again and replaced on success.
 * @example
 * const present = await findPresentFile({ paths, remote, expectedSha256: undefined });
 */
export async function findPresentFile(options: {
  paths: DownloadPaths;
  remote: RemoteFileInfo;
  expectedSha256: string | undefined;
}): Promise<{ bytes: number; sha256: string } | undefined> {
  const bytes = await fileSize(options.paths.finalPath);
  if (bytes === undefined) return undefined;
  if (options.expectedSha256 === undefined && options.remote.totalBytes !== bytes) return undefined;
  const sha256 = await sha256OfFile(options.paths.finalPath);
  if (options.expectedSha256 !== undefined && sha256 !== options.expectedSha256) return undefined;
  return { bytes, sha256 };
}

/**
 * The state to start downloading from: the partial file when its sidecar says it holds the same version of
 * the same URL, otherwise an empty start (stale partial files are deleted).
 * @example
 * const state = await resumableState({ url, paths, remote });
 */
export async function resumableState(options: { url: string; paths: DownloadPaths; remote: RemoteFileInfo }): Promise<DownloadState> {
  const empty: DownloadState = {
    hash: createHash('sha256'),
    writtenBytes: 0,
    totalBytes: undefined,
    etag: undefined,
    lastModified: undefined,
    resumedFromBytes: 0,
  };
  const saved = await readPartialState(options.paths.sidecarPath);
  const size = await fileSize(options.paths.partialPath);
  if (
    saved === undefined ||
    size === undefined ||
    size === 0 ||
    !isSameVersion({ saved, url: options.url, remote: options.remote, size })
  ) {
    await removePartial(options.paths);
    return empty;
  }
  // writtenBytes stays 0 here: the first attempt sees the size mismatch and hashes the partial file once.
  return { ...empty, etag: saved.etag, lastModified: saved.lastModified, totalBytes: saved.totalBytes, resumedFromBytes: size };
}

function isSameVersion(options: { saved: PartialState; url: string; remote: RemoteFileInfo; size: number }): boolean {
  const { saved, remote } = options;
  if (saved.url !== options.url) return false;
  if (saved.etag !== undefined && remote.etag !== undefined && saved.etag !== remote.etag) return false;
  if (saved.lastModified !== undefined && remote.lastModified !== undefined && saved.lastModified !== remote.lastModified) return false;
  if (saved.totalBytes !== undefined && remote.totalBytes !== undefined && saved.totalBytes !== remote.totalBytes) return false;
  const total = remote.totalBytes ?? saved.totalBytes;
  return total === undefined || options.size <= total;
}
