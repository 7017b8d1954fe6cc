// Turns the paths a user names into the documents of an ingestion: folders are walked, hidden and vendored files skipped.
import { readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { GenstackError } from '../../core/errors.ts';
import type { IngestSource } from '../service-types.ts';

/** Extensions picked up when walking a folder; a file named explicitly is always tried (and reported if unsupported). */
export const ingestibleExtensions = new Set([
  '.txt',
  '.md',
  '.markdown',
  '.html',
  '.htm',
  '.pdf',
  '.docx',
  '.csv',
  '.tsv',
  '.json',
  '.jsonl',
]);
const skippedFolders = new Set(['node_modules', '.git', '.genstack']);
const maxDocumentsPerJob = 100_000;

function walk(folder: string, into: string[]): void {
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || skippedFolders.has(entry.name)) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) walk(path, into);
    else if (entry.isFile() && ingestibleExtensions.has(extname(entry.name).toLowerCase())) into.push(path);
    if (into.length > maxDocumentsPerJob)
      throw new GenstackError({
        code: 'payload_too_large',
        message: `More than ${maxDocumentsPerJob} documents in one ingestion; split it.`,
      });
  }
}

/**
 * @example
 * expandSources([{ kind: 'file', path: './docs' }]) // one file source per document under ./docs
 */
export function expandSources(sources: IngestSource[]): IngestSource[] {
  const expanded: IngestSource[] = [];
  const seen = new Set<string>();
  for (const source of sources) {
    if (source.kind === 'text') {
      if (!seen.has(source.path)) expanded.push(source);
      seen.add(source.path);
      continue;
    }
    const path = resolve(source.path);
    let isFolder = false;
    try {
      isFolder = statSync(path).isDirectory();
    } catch {
      // A missing file stays in the list, so the job reports it with its reason instead of silently dropping it.
    }
    const files: string[] = [];
    if (isFolder) walk(path, files);
    else files.push(path);
    for (const file of files) {
      if (seen.has(file)) continue;
      seen.add(file);
      expanded.push({ kind: 'file', path: file, ...(source.tags ? { tags: source.tags } : {}) });
    }
  }
  if (expanded.length === 0)
    throw new GenstackError({ code: 'invalid_request', message: 'Nothing to ingest: the folders hold no supported documents.' });
  return expanded;
}
