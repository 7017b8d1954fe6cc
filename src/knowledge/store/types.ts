// Types of the knowledge store: bases, stored documents and chunks, and the store's API.
import type Database from 'better-sqlite3';
import type { Chunk, ExtractedDocument } from '../types.ts';
import type { DocumentBatch, DocumentBatchLimits } from './document-batch.ts';

export interface EmbeddingSettings {
  /** `builtin` means the corpus-learned embedding of src/knowledge/embed; otherwise a registry provider. */
  provider: string;
  model: string;
  dimensions: number;
}

export interface KnowledgeBase {
  /** Integer id; names the base's vector table `kb_vec_<id>`. */
  id: number;
  name: string;
  /** The tenant that owns the base ('default' for bases made without a workspace). */
  workspace: string;
  embedding: EmbeddingSettings;
  settings: Record<string, unknown>;
  createdAt: string;
}

export interface KnowledgeBaseSummary extends KnowledgeBase {
  documents: number;
  chunks: number;
}

export interface KnowledgeStats {
  documents: number;
  chunks: number;
  bytes: number;
  byMediaType: Record<string, { documents: number; bytes: number }>;
  lastUpdated: string | null;
}

export interface StoredDocument {
  id: string;
  path: string;
  title: string;
  mediaType: string;
  contentHash: string;
  tags: string[];
  bytes: number;
  language: 'ko' | 'en';
  date: string;
  createdAt: string;
  updatedAt: string;
}

export interface StoredChunk extends Chunk {
  id: string;
  /** SQLite rowid: the key of the FTS row and the vector row. */
  rowid: number;
  docId: string;
  kbId: number;
  path: string;
  title: string;
}

export interface UpsertDocumentInput {
  kb: string;
  document: ExtractedDocument & { tags?: string[]; date?: string };
  contentHash: string;
  chunks: Chunk[];
  /** One per chunk, of the base's dimensions; empty when the base has no vectors yet. */
  vectors: Float32Array[];
}

export type UpsertStatus = 'added' | 'replaced' | 'unchanged';

/** A saved corpus embedding model: opaque to the store. */
export interface SavedEmbedder {
  fittedChunks: number;
  model: Buffer;
}

export interface KnowledgeStore {
  readonly database: Database.Database;
  createBase(input: { name: string; embedding: EmbeddingSettings; settings?: Record<string, unknown>; workspace?: string }): KnowledgeBase;
  getBase(name: string): KnowledgeBase;
  listBases(): KnowledgeBaseSummary[];
  deleteBase(name: string): void;
  stats(name: string): KnowledgeStats;
  upsertDocument(input: UpsertDocumentInput): { docId: string; status: UpsertStatus };
  /** Holds upserts to commit several documents in one transaction, each in its own savepoint (ingestion's path). */
  openDocumentBatch(limits?: DocumentBatchLimits): DocumentBatch;
  /** Writes every open batch's held documents now: called before reading a base's chunks to refit its model. */
  flushDocumentBatches(): void;
  /** True when the document existed. */
  removeDocument(kb: string, path: string): boolean;
  documents(kb: string): StoredDocument[];
  getChunks(ids: string[]): StoredChunk[];
  /** Whether a document with this path already has this content hash (lets ingestion skip embedding). */
  isUnchanged(input: { kb: string; path: string; contentHash: string }): boolean;
  chunkCount(kb: string): number;
  /** Every chunk's rowid and indexed search text, in rowid order (for fitting and re-embedding). */
  searchTexts(kb: string): Iterable<{ rowid: number; text: string }>;
  /** Re-embeds every chunk of a base from its search text and saves the model that did it, all in one transaction. */
  reembed(input: { kb: string; embed: (searchText: string) => Float32Array; saved: SavedEmbedder }): number;
  loadEmbedder(kb: string): SavedEmbedder | null;
  saveEmbedder(kb: string, saved: SavedEmbedder): void;
  vectorTable(base: KnowledgeBase): string;
}
