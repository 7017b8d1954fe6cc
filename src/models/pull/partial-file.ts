// The on-disk state of an unfinished download: `<name>.partial` plus a `<name>.partial.json` sidecar that makes resuming safe.
import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, rm, stat, writeFile, rename } from 'node:fs/promises';
import { join } from 'node:path';

/** What the sidecar remembers, so bytes from one file version are never glued onto another. */
export interface PartialState {
  url: string;
  etag?: string;
  lastModified?: string;
  totalBytes?: number;
}

export interface DownloadPaths {
  finalPath: string;
  partialPath: string;
  sidecarPath: string;
}

export function downloadPaths(directory: string, fileName: string): DownloadPaths {
  const finalPath = join(directory, fileName);
  return { finalPath, partialPath: `${finalPath}.partial`, sidecarPath: `${finalPath}.partial.json` };
}

/** Reads the sidecar; a missing or damaged one reads as undefined, which means "start over". */
export async function readPartialState(sidecarPath: string): Promise<PartialState | undefined> {
  try {
    const value: unknown = JSON.parse(await readFile(sidecarPath, 'utf8'));
    if (typeof value !== 'object' || value === null || typeof (value as PartialState).url !== 'string') return undefined;
    return value as PartialState;
  } catch {
    return undefined;
  }
}

/** Writes the sidecar through a temporary file and a rename, so a crash never leaves half a JSON document. */
export async function writePartialState(sidecarPath: string, state: PartialState): Promise<void> {
  const temporaryPath = `${sidecarPath}.tmp`;
  await writeFile(temporaryPath, `${JSON.stringify(state, null, 2)}\n`);
  await rename(temporaryPath, sidecarPath);
}

export async function removePartial(paths: DownloadPaths): Promise<void> {
  await Promise.all([rm(paths.partialPath, { force: true }), rm(paths.sidecarPath, { force: true })]);
}

/** Size of a file, or undefined when it does not exist. */
export async function fileSize(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).size;
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Feeds a file's bytes into a running hash (used to pick up a resumed download where it left off). */
export async function hashFileInto(path: string, hash: Hash): Promise<void> {
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) hash.update(chunk as Buffer);
}

/** sha256 of a whole file, lowercase hexadecimal. */
export async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  await hashFileInto(path, hash);
  return hash.digest('hex');
}
