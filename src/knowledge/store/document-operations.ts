// Documents and their chunks: one transaction (or savepoint of a batch) per document writes the row, its chunks, their
// search text and vectors.
import type Database from 'better-sqlite3';
import { GenstackError } from '../../core/errors.ts';
import { createId } from '../../core/ids.ts';
import { searchTermsOf } from './recent-search-terms.ts';
import type { KnowledgeBase, StoredChunk, StoredDocument, UpsertDocumentInput, UpsertStatus } from './types.ts';
import { applyIndexChanges, type IndexChanges } from './search-indexes.ts';
import { vectorStatements } from './vector-table.ts';

type Row = Record<string, unknown>;
/** A chunk's FTS5 row: rowid and search text. */
export type SearchRow = [rowid: number | bigint, text: string];

/** Document-level operations; `getBase` resolves (and validates) a base name. */
export function documentOperations(options: { database: Database.Database; now: () => string; getBase: (name: string) => KnowledgeBase }) {
  const { database, now, getBase } = options;
  const findDocument = database.prepare('SELECT id, content_hash, created_at FROM knowledge_documents WHERE kb_id = ? AND path = ?');
  const insertDocument = database.prepare(
    `INSERT INTO knowledge_documents (id, kb_id, path, title, media_type, content_hash, text, tags, bytes, language, doc_date, created_at, updated_at)
     VALUES (@id, @kbId, @path, @title, @mediaType, @contentHash, @text, @tags, @bytes, @language, @date, @createdAt, @updatedAt)`,
  );
  const chunkRowids = database.prepare('SELECT seq FROM knowledge_chunks WHERE doc_id = ?').pluck();
  const deleteSearchRow = database.prepare('DELETE FROM knowledge_chunk_search WHERE rowid = ?');
  const searchRow = database.prepare('SELECT search_text FROM knowledge_chunk_search WHERE rowid = ?').pluck();
  const deleteDocument = database.prepare('DELETE FROM knowledge_documents WHERE id = ?');
  const insertChunk = database.prepare(
    `INSERT INTO knowledge_chunks (id, doc_id, kb_id, idx, text, start, "end", page, heading, token_count)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertSearchRow = database.prepare('INSERT INTO knowledge_chunk_search (rowid, search_text) VALUES (?, ?)');
  const listDocuments = database.prepare('SELECT * FROM knowledge_documents WHERE kb_id = ? ORDER BY path');
  const vectorStatementCache = new Map<number, ReturnType<typeof vectorStatements>>();
  const vectorsOf = (kbId: number) => {
    let statements = vectorStatementCache.get(kbId);
    if (!statements) vectorStatementCache.set(kbId, (statements = vectorStatements(database, kbId)));
    return statements;
  };

  /** Deletes a document's chunks, search rows and vectors, then the document itself; notes removals in `changes`. */
  const removeById = (base: KnowledgeBase, options: { docId: string; changes: IndexChanges }) => {
    const vectors = vectorsOf(base.id);
    for (const rowid of chunkRowids.all(options.docId) as number[]) {
      // The old terms keep the in-memory index's document frequencies exact.
      const text = (searchRow.get(rowid) as string | undefined) ?? '';
      options.changes.terms.push({ rowid, removed: text.length > 0 ? text.split(' ') : [] });
      deleteSearchRow.run(rowid);
      vectors.remove.run(BigInt(rowid));
      options.changes.vectors.push([rowid, null]);
    }
    deleteDocument.run(options.docId);
  };

  /**
   * Validates and writes one document in a transaction (a savepoint inside a batch); returns what the indexes must learn.
   * With `searchRows`, the FTS5 rows are collected there instead, for the batch to insert after its savepoints: FTS5
   * writes its pending terms out as a new segment at every savepoint once it is part of the transaction.
   */
  const writeDocument = (
    input: UpsertDocumentInput,
    options: { searchRows?: SearchRow[] } = {},
  ): { result: { docId: string; status: UpsertStatus }; changes: IndexChanges } => {
    const base = getBase(input.kb);
    const { document, chunks, vectors } = input;
    if (vectors.length !== 0 && vectors.length !== chunks.length) {
      throw new GenstackError({ code: 'invalid_request', message: `${chunks.length} chunks but ${vectors.length} vectors.` });
    }
    for (const vector of vectors) {
      if (vector.length !== base.embedding.dimensions) {
        throw new GenstackError({
          code: 'invalid_request',
          message: `Vector of ${vector.length} dimensions; knowledge base '${base.name}' uses ${base.embedding.dimensions}.`,
        });
      }
    }
    // Usually remembered from embedding these very chunks a moment ago; the join is what searchText would return.
    const chunkTerms = chunks.map((chunk) => searchTermsOf(chunk.text));
    const changes: IndexChanges = { kbId: base.id, vectors: [], terms: [] };
    const result = database.transaction(() => {
      const existing = findDocument.get(base.id, document.path) as Row | undefined;
      if (existing && existing.content_hash === input.contentHash) return { docId: existing.id as string, status: 'unchanged' as const };
      if (existing) removeById(base, { docId: existing.id as string, changes });
      const timestamp = now();
      const docId = createId('doc');
      insertDocument.run({
        id: docId,
        kbId: base.id,
        path: document.path,
        title: document.title,
        mediaType: document.mediaType,
        contentHash: input.contentHash,
        text: document.text,
        tags: JSON.stringify(document.tags ?? []),
        bytes: Buffer.byteLength(document.text),
        language: document.language,
        date: document.date ?? timestamp,
        createdAt: (existing?.created_at as string | undefined) ?? timestamp,
        updatedAt: timestamp,
      });
      const vectorInsert = vectorsOf(base.id).insert;
      chunks.forEach((chunk, position) => {
        const { lastInsertRowid } = insertChunk.run(
          createId('chunk'),
          docId,
          base.id,
          chunk.index,
          chunk.text,
          chunk.start,
          chunk.end,
          chunk.page,
          chunk.heading,
          chunk.tokenCount,
        );
        const terms = chunkTerms[position]!;
        const text = terms.join(' ');
        if (options.searchRows) options.searchRows.push([lastInsertRowid, text]);
        else insertSearchRow.run(lastInsertRowid, text);
        changes.terms.push({ rowid: Number(lastInsertRowid), added: text.length > 0 ? terms : [] });
        const vector = vectors[position];
        if (vector) {
          vectorInsert.run(BigInt(lastInsertRowid), vector);
          changes.vectors.push([Number(lastInsertRowid), vector]);
        }
      });
      return { docId, status: existing ? ('replaced' as const) : ('added' as const) };
    })();
    return { result, changes };
  };

  const upsertDocument = (input: UpsertDocumentInput): { docId: string; status: UpsertStatus } => {
    const { result, changes } = writeDocument(input);
    // Only after the commit: a rolled-back write must not reach the in-memory index.
    applyIndexChanges(database, changes);
    return result;
  };

  const removeDocument = (kb: string, path: string): boolean => {
    const base = getBase(kb);
    const changes: IndexChanges = { kbId: base.id, vectors: [], terms: [] };
    const removed = database.transaction(() => {
      const existing = findDocument.get(base.id, path) as Row | undefined;
      if (existing) removeById(base, { docId: existing.id as string, changes });
      return existing !== undefined;
    })();
    applyIndexChanges(database, changes);
    return removed;
  };

  const documents = (kb: string): StoredDocument[] => (listDocuments.all(getBase(kb).id) as Row[]).map(toDocument);

  const getChunks = (ids: string[]): StoredChunk[] => {
    if (ids.length === 0) return [];
    const rows = database
      .prepare(
        `SELECT c.*, d.path, d.title FROM knowledge_chunks c JOIN knowledge_documents d ON d.id = c.doc_id
         WHERE c.id IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify(ids)) as Row[];
    const byId = new Map(rows.map((row) => [row.id as string, toChunk(row)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  };

  const isUnchanged = (input: { kb: string; path: string; contentHash: string }): boolean => {
    const existing = findDocument.get(getBase(input.kb).id, input.path) as Row | undefined;
    return existing?.content_hash === input.contentHash;
  };

  /** Inserts search rows collected by `writeDocument`. */
  const insertSearchRows = (rows: SearchRow[]) => {
    for (const [rowid, text] of rows) insertSearchRow.run(rowid, text);
  };

  return { upsertDocument, writeDocument, insertSearchRows, removeDocument, documents, getChunks, isUnchanged, vectorsOf };
}

function toDocument(row: Row): StoredDocument {
  return {
    id: row.id as string,
    path: row.path as string,
    title: row.title as string,
    mediaType: row.media_type as string,
    contentHash: row.content_hash as string,
    tags: JSON.parse(row.tags as string) as string[],
    bytes: row.bytes as number,
    language: row.language as 'ko' | 'en',
    date: row.doc_date as string,
    createdAt: row.created_at as string,
    updatedAt: row.updated_at as string,
  };
}

/** A chunk row (joined with its document's path and title) as the public shape. */
export function toChunk(row: Row): StoredChunk {
  return {
    id: row.id as string,
    rowid: row.seq as number,
    docId: row.doc_id as string,
    kbId: row.kb_id as number,
    path: row.path as string,
    title: row.title as string,
    index: row.idx as number,
    text: row.text as string,
    start: row.start as number,
    end: row.end as number,
    page: (row.page as number | null) ?? null,
    heading: (row.heading as string | null) ?? null,
    tokenCount: row.token_count as number,
  };
}
