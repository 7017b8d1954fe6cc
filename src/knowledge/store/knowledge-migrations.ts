// Schema of the knowledge capability (scope 'knowledge'); per-base vector tables are created with each base, not here.
import type { Migration } from '../../store/index.ts';

export const knowledgeMigrations: Migration[] = [
  {
    version: 1,
    name: 'knowledge bases, documents, chunks, lexical index, saved embedders',
    sql: `
      CREATE TABLE knowledge_bases (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL UNIQUE,
        embedding_provider TEXT NOT NULL,
        embedding_model TEXT NOT NULL,
        embedding_dimensions INTEGER NOT NULL CHECK (embedding_dimensions > 0),
        settings TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(settings)),
        created_at TEXT NOT NULL
      );
      CREATE TABLE knowledge_documents (
        id TEXT PRIMARY KEY,
        kb_id INTEGER NOT NULL REFERENCES knowledge_bases (id) ON DELETE CASCADE,
        path TEXT NOT NULL,
        title TEXT NOT NULL,
        media_type TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        text TEXT NOT NULL,
        tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
        bytes INTEGER NOT NULL,
        language TEXT NOT NULL,
        doc_date TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (kb_id, path)
      );
      CREATE INDEX knowledge_documents_date ON knowledge_documents (kb_id, doc_date);
      CREATE TABLE knowledge_chunks (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        doc_id TEXT NOT NULL REFERENCES knowledge_documents (id) ON DELETE CASCADE,
        kb_id INTEGER NOT NULL REFERENCES knowledge_bases (id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        text TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        page INTEGER,
        heading TEXT,
        token_count INTEGER NOT NULL
      );
      CREATE INDEX knowledge_chunks_doc ON knowledge_chunks (doc_id);
      CREATE INDEX knowledge_chunks_kb ON knowledge_chunks (kb_id);
      CREATE VIRTUAL TABLE knowledge_chunk_search USING fts5 (search_text, tokenize = 'unicode61 remove_diacritics 0');
      CREATE TABLE knowledge_embedders (
        kb_id INTEGER PRIMARY KEY REFERENCES knowledge_bases (id) ON DELETE CASCADE,
        fitted_chunks INTEGER NOT NULL,
        model BLOB NOT NULL,
        updated_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'workspace of each knowledge base',
    sql: `
      ALTER TABLE knowledge_bases ADD COLUMN workspace TEXT NOT NULL DEFAULT 'default';
      CREATE INDEX knowledge_bases_workspace ON knowledge_bases (workspace, name);
    `,
  },
];
