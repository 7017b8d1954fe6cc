// Embeddings of the builtin engine: deterministic hashed n-gram vectors.
export { embedText, cosineSimilarity, normalize, BUILTIN_EMBEDDING_DIMENSIONS } from './embed-text.ts';
