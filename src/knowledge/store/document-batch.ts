// Document writes held back and committed together: one transaction per batch, one savepoint per document, so the
// commit (WAL frames, FTS5 segment flush) is paid once per batch while a failing document still rolls back alone.
import type Database from 'better-sqlite3';
import { toGenstackError, type GenstackError } from '../../core/errors.ts';
import { applyIndexChanges, type IndexChanges } from './search-indexes.ts';
import type { SearchRow } from './document-operations.ts';
import type { UpsertDocumentInput, UpsertStatus } from './types.ts';

/** What happens to one held document once its batch is written; both run inside the batch's transaction. */
export interface BatchedDocumentOutcome {
  /** Runs inside the document's savepoint: a write recorded here (a job item) commits or rolls back with the document. */
  written(result: { docId: string; status: UpsertStatus }): void;
  /** The document was rolled back alone; the rest of the batch goes on. */
  failed(error: GenstackError): void;
}

export interface DocumentBatchLimits {
  /** Documents held before the batch writes itself (default 256). */
  maxDocuments?: number;
  /** Chunks held before the batch writes itself (default 2,000). */
  maxChunks?: number;
  /** Age of the oldest held document past which the next `add` writes the batch (default 1 s). */
  maxAgeMs?: number;
}

export interface DocumentBatch {
  /** Holds a document; writes the batch when a limit is reached. */
  add(input: UpsertDocumentInput, outcome: BatchedDocumentOutcome): void;
  /** Writes every held document now (one transaction). */
  flush(): void;
  /** Writes what is held and forgets the batch. */
  close(): void;
  readonly pending: { documents: number; chunks: number };
}

interface HeldDocument {
  input: UpsertDocumentInput;
  outcome: BatchedDocumentOutcome;
}

interface BatchWriter {
  writeDocument(
    input: UpsertDocumentInput,
    options: { searchRows: SearchRow[] },
  ): { result: { docId: string; status: UpsertStatus }; changes: IndexChanges };
  insertSearchRows(rows: SearchRow[]): void;
}

/**
 * The batches of one store: `open` starts one, `flushAll` writes every open one (before anything reads the store's
 * chunks to refit a model, so held documents are never missed).
 * @example
 * const batches = documentBatches({ database, writer: documents });
 * const batch = batches.open();
 * batch.add(input, { written: (result) => items.complete(path, result), failed: (error) => report(path, error) });
 * batch.close();
 */
export function documentBatches(options: { database: Database.Database; writer: BatchWriter }) {
  const { database, writer } = options;
  const open = new Set<DocumentBatch>();

  const openBatch = (limits: DocumentBatchLimits = {}): DocumentBatch => {
    const maxDocuments = limits.maxDocuments ?? 256;
    const maxChunks = limits.maxChunks ?? 2_000;
    const maxAgeMs = limits.maxAgeMs ?? 1_000;
    let held: HeldDocument[] = [];
    let heldChunks = 0;
    let oldestAt = 0;

    const flush = () => {
      if (held.length === 0) return;
      const writing = held;
      held = [];
      heldChunks = 0;
      const committed: IndexChanges[] = [];
      database.transaction(() => {
        // The FTS5 rows go in after the savepoints, all at once (one segment per batch instead of one per document);
        // a path written twice in one batch first needs its earlier rows in, for the replacement to delete them.
        let searchRows: SearchRow[] = [];
        const paths = new Set<string>();
        for (const { input, outcome } of writing) {
          const key = `${input.kb}\u0000${input.document.path}`;
          if (paths.has(key)) {
            writer.insertSearchRows(searchRows);
            searchRows = [];
          }
          paths.add(key);
          const documentRows: SearchRow[] = [];
          let changes: IndexChanges | undefined;
          try {
            database.transaction(() => {
              const written = writer.writeDocument(input, { searchRows: documentRows });
              outcome.written(written.result);
              changes = written.changes;
            })();
          } catch (value) {
            outcome.failed(toGenstackError(value));
            continue;
          }
          if (changes) committed.push(changes);
          for (const row of documentRows) searchRows.push(row);
        }
        writer.insertSearchRows(searchRows);
      })();
      // Only after the commit: a rolled-back write must not reach the in-memory indexes.
      for (const changes of committed) applyIndexChanges(database, changes);
    };

    const batch: DocumentBatch = {
      add(input, outcome) {
        if (held.length === 0) oldestAt = performance.now();
        held.push({ input, outcome });
        heldChunks += input.chunks.length;
        if (held.length >= maxDocuments || heldChunks >= maxChunks || performance.now() - oldestAt >= maxAgeMs) flush();
      },
      flush,
      close() {
        open.delete(batch);
        flush();
      },
      get pending() {
        return { documents: held.length, chunks: heldChunks };
      },
    };
    open.add(batch);
    return batch;
  };

  const flushAll = () => {
    for (const batch of open) batch.flush();
  };

  return { openBatch, flushAll };
}
