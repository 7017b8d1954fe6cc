// Public surface of the knowledge store: bases, documents, chunks, the lexical index's term transform and vector tables.
export { createKnowledgeStore } from './knowledge-store.ts';
export { knowledgeMigrations } from './knowledge-migrations.ts';
export { validateBaseName } from './base-name.ts';
export { searchTerms, searchText } from './search-terms.ts';
export { englishStem } from './english-stem.ts';
export { vectorTableName } from './vector-table.ts';
export { toChunk } from './document-operations.ts';
export type * from './types.ts';
