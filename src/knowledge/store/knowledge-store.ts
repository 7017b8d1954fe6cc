// The knowledge store over the platform's SQLite connection: loads sqlite-vec, migrates, and composes base and document operations.
import type Database from 'better-sqlite3';
import * as sqliteVec from 'sqlite-vec';
import { applyMigrations } from '../../store/index.ts';
import { baseOperations } from './base-operations.ts';
import { documentBatches } from './document-batch.ts';
import { documentOperations } from './document-operations.ts';
import { knowledgeMigrations } from './knowledge-migrations.ts';
import type { KnowledgeStore, SavedEmbedder } from './types.ts';
import { dropVectorIndex } from './search-indexes.ts';
import { createVectorTable, dropVectorTable, vectorTableName } from './vector-table.ts';

type Row = Record<string, unknown>;
const loadedConnections = new WeakSet<Database.Database>();

/**
 * Opens the knowledge tables on an existing connection (usually `store.database`).
 * @example
 * const knowledge = createKnowledgeStore({ database: store.database });
 * knowledge.createBase({ name: '고객 지원', embedding: { provider: 'builtin', model: 'corpus', dimensions: 256 } });
 */
export function createKnowledgeStore(options: { database: Database.Database; now?: () => Date }): KnowledgeStore {
  const { database } = options;
  if (!loadedConnections.has(database)) {
    sqliteVec.load(database);
    loadedConnections.add(database);
  }
  database.pragma('foreign_keys = ON');
  applyMigrations(database, { scope: 'knowledge', migrations: knowledgeMigrations });
  const now = () => (options.now ?? (() => new Date()))().toISOString();
  const bases = baseOperations(database, now);
  const documents = documentOperations({ database, now, getBase: bases.getBase });
  const batches = documentBatches({ database, writer: documents });
  const searchRows = database.prepare(
    `SELECT s.rowid AS rowid, s.search_text AS text FROM knowledge_chunks c
     JOIN knowledge_chunk_search s ON s.rowid = c.seq WHERE c.kb_id = ? ORDER BY c.seq`,
  );
  const searchPage = database.prepare(
    `SELECT s.rowid AS rowid, s.search_text AS text FROM knowledge_chunks c
     JOIN knowledge_chunk_search s ON s.rowid = c.seq WHERE c.kb_id = ? AND c.seq > ? ORDER BY c.seq LIMIT 1000`,
  );
  const loadSaved = database.prepare('SELECT fitted_chunks, model FROM knowledge_embedders WHERE kb_id = ?');
  const save = database.prepare(
    `INSERT INTO knowledge_embedders (kb_id, fitted_chunks, model, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (kb_id) DO UPDATE SET fitted_chunks = excluded.fitted_chunks, model = excluded.model, updated_at = excluded.updated_at`,
  );

  const saveEmbedder = (kb: string, saved: SavedEmbedder) => {
    save.run(bases.getBase(kb).id, saved.fittedChunks, saved.model, now());
  };

  return {
    database,
    createBase: bases.createBase,
    getBase: bases.getBase,
    listBases: bases.listBases,
    // Held documents are written first, so a batch written afterwards cannot bring back what was just removed.
    deleteBase: (name) => {
      batches.flushAll();
      return bases.deleteBase(name);
    },
    stats: bases.stats,
    chunkCount: bases.chunkCount,
    upsertDocument: documents.upsertDocument,
    openDocumentBatch: batches.openBatch,
    flushDocumentBatches: batches.flushAll,
    removeDocument: (kb, path) => {
      batches.flushAll();
      return documents.removeDocument(kb, path);
    },
    documents: documents.documents,
    getChunks: documents.getChunks,
    isUnchanged: documents.isUnchanged,
    searchTexts: (kb) => searchRows.iterate(bases.getBase(kb).id) as IterableIterator<{ rowid: number; text: string }>,
    reembed: ({ kb, embed, saved }) => {
      const base = bases.getBase(kb);
      const statements = documents.vectorsOf(base.id);
      dropVectorIndex(database, base.id);
      return database.transaction(() => {
        // Every vector is rewritten: a fresh table filled in rowid order costs about half of updating each row in
        // place, and also covers chunks stored without a vector (a base that had no model yet).
        dropVectorTable(database, base.id);
        createVectorTable(database, { kbId: base.id, dimensions: base.embedding.dimensions });
        // Pages, not one iterator: better-sqlite3 cannot write while a read cursor is open on the connection.
        let after = -1;
        let count = 0;
        for (;;) {
          const rows = searchPage.all(base.id, after) as Array<{ rowid: number; text: string }>;
          for (const row of rows) statements.insert.run(BigInt(row.rowid), embed(row.text));
          count += rows.length;
          const last = rows.at(-1);
          if (!last) break;
          after = last.rowid;
        }
        saveEmbedder(kb, saved);
        return count;
      })();
    },
    loadEmbedder: (kb) => {
      const row = loadSaved.get(bases.getBase(kb).id) as Row | undefined;
      return row ? { fittedChunks: row.fitted_chunks as number, model: row.model as Buffer } : null;
    },
    saveEmbedder,
    vectorTable: (base) => vectorTableName(base.id),
  };
}
