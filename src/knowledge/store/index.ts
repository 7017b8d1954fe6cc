// Public surface of the knowledge store: bases, documents, chunks, the term transform, vector tables and in-memory search indexes.
export { createKnowledgeStore } from './knowledge-store.ts';
export { knowledgeMigrations } from './knowledge-migrations.ts';
export { validateBaseName } from './base-name.ts';
export { searchTerms, searchText } from './search-terms.ts';
export { englishStem } from './english-stem.ts';
export { vectorTableName } from './vector-table.ts';
export { toChunk } from './document-operations.ts';
export type * from './types.ts';
export type { DocumentBatch, DocumentBatchLimits, BatchedDocumentOutcome } from './document-batch.ts';
export { VectorIndex, type VectorHit, type VectorIndexSearch } from './vector-index.ts';
export { vectorIndexOf, lexicalIndexOf } from './search-indexes.ts';
export { LexicalIndex, type LexicalHit } from './lexical-index.ts';
