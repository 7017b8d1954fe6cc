// The head anchor kept outside the database (`<dataDir>/audit-head.json`), so deleting the tail of the log is detectable.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface AuditHead {
  seq: number;
  hash: string;
  at: string;
}

/** The anchor in the file, `undefined` when there is no file, or `'unreadable'` when it is not an anchor. */
export function readHeadFile(path: string): AuditHead | undefined | 'unreadable' {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const value = JSON.parse(text) as Partial<AuditHead>;
    if (typeof value.seq !== 'number' || typeof value.hash !== 'string' || typeof value.at !== 'string') return 'unreadable';
    return { seq: value.seq, hash: value.hash, at: value.at };
  } catch {
    return 'unreadable';
  }
}

/**
 * Writes the anchor atomically (temporary file, then rename), so a crash never leaves half a file.
 * @example
 * writeHeadFile('.genstack/audit-head.json', { seq: 12, hash, at });
 */
export function writeHeadFile(path: string, head: AuditHead | undefined): void {
  if (!head) {
    rmSync(path, { force: true });
    return;
  }
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(head) + '\n');
  renameSync(temporary, path);
}
