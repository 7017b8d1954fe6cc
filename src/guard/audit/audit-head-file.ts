// The head anchor kept outside the database (`<dataDir>/audit-head.json`), so deleting the tail of the log is detectable.
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

export interface AuditHead {
  seq: number;
  hash: string;
  at: string;
}

/**
 * Every anchor written in place takes exactly this many bytes (JSON padded with spaces): the file never changes
 * length, so one write that fits in the disk's first sector replaces it whole.
 */
const anchorBytes = 256;

function parseHead(text: string): AuditHead | 'unreadable' {
  try {
    const value = JSON.parse(text) as Partial<AuditHead>;
    if (typeof value.seq !== 'number' || typeof value.hash !== 'string' || typeof value.at !== 'string') return 'unreadable';
    return { seq: value.seq, hash: value.hash, at: value.at };
  } catch {
    return 'unreadable';
  }
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
  return parseHead(text);
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
  writeFileSync(temporary, JSON.stringify(head).padEnd(anchorBytes - 1) + '\n');
  renameSync(temporary, path);
}

/**
 * Replaces the anchor and returns the one it replaced (as `readHeadFile` would have read it). This runs on every audited
 * request, so an existing file of the fixed size is overwritten in place: one open, read and write of 256 bytes,
 * where a new file and a rename cost a journalled directory update (0.4–2 ms on the build VM). Files of another size
 * (missing, older, edited) go through `writeHeadFile`.
 * @example
 * const previous = replaceHeadFile('.genstack/audit-head.json', { seq: 13, hash, at });
 */
export function replaceHeadFile(path: string, head: AuditHead): AuditHead | undefined | 'unreadable' {
  const text = JSON.stringify(head).padEnd(anchorBytes - 1) + '\n';
  let descriptor: number;
  try {
    descriptor = openSync(path, 'r+');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    writeHeadFile(path, head);
    return undefined;
  }
  let previous: AuditHead | 'unreadable';
  let inPlace: boolean;
  try {
    const size = fstatSync(descriptor).size;
    const buffer = Buffer.allocUnsafe(size);
    const read = size === 0 ? 0 : readSync(descriptor, buffer, 0, size, 0);
    previous = parseHead(buffer.toString('utf8', 0, read));
    inPlace = size === anchorBytes && Buffer.byteLength(text) === anchorBytes;
    if (inPlace) writeSync(descriptor, text, 0, 'utf8');
  } finally {
    closeSync(descriptor);
  }
  if (!inPlace) writeHeadFile(path, head);
  return previous;
}
