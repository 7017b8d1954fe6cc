// genstack's side of the bench: a temp-file knowledge base, ingestion by the real per-document path (extract → chunk →
// embed → batched upsert, as src/knowledge/ingest/ingest-job.ts does, called directly instead of through the job queue)
// and search.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { chunkDocument } from '../../src/knowledge/chunk/index.ts';
import { createCorpusEmbedder } from '../../src/knowledge/embed/index.ts';
import { extractDocument } from '../../src/knowledge/extract/index.ts';
import { searchKnowledge } from '../../src/knowledge/retrieve/index.ts';
import { createKnowledgeStore } from '../../src/knowledge/store/index.ts';
import type { SearchMode } from '../../src/knowledge/types.ts';
import { openSqliteStore } from '../../src/store/index.ts';
import type { CorpusDocument, Language } from './corpus-types.ts';
import type { Hit, SearchSystem } from './search-system.ts';

const kb = 'bench';
export const embeddingDimensions = 256;

/** Milliseconds spent in each ingestion stage, and what went through. */
export interface IngestStages {
  documents: number;
  chunks: number;
  extractMs: number;
  chunkMs: number;
  embedMs: number;
  upsertMs: number;
}

/** A chunk as genstack stored it: what the peers index, so every system searches the same passages. */
export interface StoredChunkRecord {
  rowid: number;
  path: string;
  language: Language;
  text: string;
}

/**
 * @example
 * const genstack = openGenstackBench();
 * await genstack.ingest(document);
 * const hits = await genstack.system('hybrid').search('환불 기간', 10);
 */
export function openGenstackBench() {
  const directory = mkdtempSync(join(tmpdir(), 'genstack-retrieval-'));
  const sqlite = openSqliteStore({ path: join(directory, 'bench.db') });
  const store = createKnowledgeStore({ database: sqlite.database });
  store.createBase({ name: kb, embedding: { provider: 'builtin', model: 'corpus', dimensions: embeddingDimensions } });
  const embedder = createCorpusEmbedder({ store });
  const stages: IngestStages = { documents: 0, chunks: 0, extractMs: 0, chunkMs: 0, embedMs: 0, upsertMs: 0 };
  const embedQuery = (text: string) => embedder.embedQuery({ kb, text });
  const batch = store.openDocumentBatch();

  const ingest = async (corpusDocument: CorpusDocument): Promise<void> => {
    let started = performance.now();
    const bytes = new TextEncoder().encode(corpusDocument.source);
    const contentHash = createHash('sha256').update(bytes).digest('hex');
    const document = await extractDocument({ bytes, fileName: basename(corpusDocument.path), path: corpusDocument.path });
    stages.extractMs += performance.now() - started;
    started = performance.now();
    const chunks = chunkDocument(document);
    stages.chunkMs += performance.now() - started;
    started = performance.now();
    const vectors = chunks.length ? await embedder.embedDocuments({ kb, texts: chunks.map((chunk) => chunk.text) }) : [];
    stages.embedMs += performance.now() - started;
    started = performance.now();
    batch.add(
      { kb, document, contentHash, chunks, vectors },
      {
        written: () => {},
        failed: (error) => {
          throw error;
        },
      },
    );
    stages.upsertMs += performance.now() - started;
    stages.documents += 1;
    stages.chunks += chunks.length;
  };

  /** Commits the documents the batch still holds (the job does so at its end). */
  const flush = (): void => {
    const started = performance.now();
    batch.flush();
    stages.upsertMs += performance.now() - started;
  };

  const system = (mode: SearchMode): SearchSystem => ({
    name: `genstack ${mode}`,
    async search(query, k): Promise<Hit[]> {
      const results = await searchKnowledge({ store, kb, request: { query, k, mode }, embedQuery });
      return results.map((result) => ({ path: result.source.path, text: result.text }));
    },
  });

  /** Every stored chunk in rowid order, read back from the store's tables (the bench only reads them). */
  const chunks = (): StoredChunkRecord[] =>
    store.database
      .prepare(
        `SELECT c.seq AS rowid, c.text AS text, d.path AS path, d.language AS language
         FROM knowledge_chunks c JOIN knowledge_documents d ON d.id = c.doc_id ORDER BY c.seq`,
      )
      .all() as StoredChunkRecord[];

  /** The corpus embedding of every chunk as genstack stored it (sqlite-vec float32 blobs), by rowid. */
  const vectors = (): Map<number, Float32Array> => {
    const rows = store.database.prepare(`SELECT rowid, embedding FROM ${store.vectorTable(store.getBase(kb))}`).all() as Array<{
      rowid: number;
      embedding: Buffer;
    }>;
    return new Map(rows.map((row) => [row.rowid, new Float32Array(row.embedding.buffer, row.embedding.byteOffset, embeddingDimensions)]));
  };

  const close = async (): Promise<void> => {
    batch.close();
    await sqlite.close();
    rmSync(directory, { recursive: true, force: true });
  };

  return { ingest, flush, stages, system, chunks, vectors, embedQuery, chunkCount: () => store.chunkCount(kb), close };
}

export type GenstackBench = ReturnType<typeof openGenstackBench>;
