// The process-wide registry of in-memory search indexes (vectors and terms), one of each per (connection, base): loaded
// lazily from SQLite, updated after each committed write of this process, dropped when another connection commits
// (PRAGMA data_version moves only then).
import type Database from 'better-sqlite3';
import { LexicalIndex } from './lexical-index.ts';
import type { KnowledgeBase } from './types.ts';
import { VectorIndex } from './vector-index.ts';
import { vectorTableName } from './vector-table.ts';

interface ConnectionIndexes {
  dataVersion: Database.Statement;
  version: number;
  vectors: Map<number, VectorIndex>;
  terms: Map<number, LexicalIndex>;
}

/** Committed changes to one base: vectors set or removed (null), and rows' search terms added or removed. */
export interface IndexChanges {
  kbId: number;
  vectors: Array<[rowid: number, vector: Float32Array | null]>;
  terms: Array<{ rowid: number; added?: string[]; removed?: string[] }>;
}

const connections = new WeakMap<Database.Database, ConnectionIndexes>();

function indexesOf(database: Database.Database): ConnectionIndexes {
  let entry = connections.get(database);
  if (!entry) {
    const dataVersion = database.prepare('PRAGMA data_version').pluck();
    entry = { dataVersion, version: dataVersion.get() as number, vectors: new Map(), terms: new Map() };
    connections.set(database, entry);
  }
  const version = entry.dataVersion.get() as number;
  if (version !== entry.version) {
    entry.version = version;
    entry.vectors.clear();
    entry.terms.clear();
  }
  return entry;
}

/**
 * The base's vector index, read from its vec0 table on first use (a few seconds per 100k rows).
 * @example
 * vectorIndexOf(database, base).search({ vector, limit: 20 });
 */
export function vectorIndexOf(database: Database.Database, base: KnowledgeBase): VectorIndex {
  const entry = indexesOf(database);
  let index = entry.vectors.get(base.id);
  if (index) return index;
  index = new VectorIndex(base.embedding.dimensions);
  const rows = database
    .prepare(`SELECT rowid, embedding FROM ${vectorTableName(base.id)}`)
    .raw()
    .iterate() as IterableIterator<[number, Buffer]>;
  for (const [rowid, blob] of rows) {
    // Copy: a blob may sit at an offset that is not a multiple of 4.
    const vector = new Float32Array(blob.byteLength / 4);
    Buffer.from(vector.buffer).set(blob);
    index.set(rowid, vector);
  }
  entry.vectors.set(base.id, index);
  return index;
}

/**
 * The base's term index, read from the FTS5 search text on first use.
 * @example
 * lexicalIndexOf(database, base).search({ terms: ['환불'], limit: 20 });
 */
export function lexicalIndexOf(database: Database.Database, base: KnowledgeBase): LexicalIndex {
  const entry = indexesOf(database);
  let index = entry.terms.get(base.id);
  if (index) return index;
  index = new LexicalIndex();
  const rows = database
    .prepare('SELECT c.seq, s.search_text FROM knowledge_chunks c JOIN knowledge_chunk_search s ON s.rowid = c.seq WHERE c.kb_id = ?')
    .raw()
    .iterate(base.id) as IterableIterator<[number, string]>;
  for (const [rowid, text] of rows) index.add(rowid, text.length > 0 ? text.split(' ') : []);
  entry.terms.set(base.id, index);
  return index;
}

/**
 * Applies committed changes to the loaded indexes of a base. Inside an enclosing transaction (which may still roll
 * back) they are dropped instead, to be reloaded from what was committed.
 * @example
 * applyIndexChanges(database, { kbId: base.id, vectors: [[12, vector]], terms: [{ rowid: 12, added: ['환불'] }] });
 */
export function applyIndexChanges(database: Database.Database, changes: IndexChanges): void {
  const entry = connections.get(database);
  if (!entry) return;
  if (database.inTransaction) {
    dropSearchIndexes(database, changes.kbId);
    return;
  }
  const vectors = entry.vectors.get(changes.kbId);
  for (const [rowid, vector] of vectors ? changes.vectors : []) {
    if (vector) vectors!.set(rowid, vector);
    else vectors!.delete(rowid);
  }
  const terms = entry.terms.get(changes.kbId);
  for (const change of terms ? changes.terms : []) {
    if (change.removed) terms!.remove(change.rowid, { terms: change.removed });
    if (change.added) terms!.add(change.rowid, change.added);
  }
  entry.version = entry.dataVersion.get() as number;
}

/** Forgets a base's vector index (after a re-embed: the search text is unchanged). */
export function dropVectorIndex(database: Database.Database, kbId: number): void {
  connections.get(database)?.vectors.delete(kbId);
}

/** Forgets a base's indexes (when the base is deleted). */
export function dropSearchIndexes(database: Database.Database, kbId: number): void {
  connections.get(database)?.vectors.delete(kbId);
  connections.get(database)?.terms.delete(kbId);
}
