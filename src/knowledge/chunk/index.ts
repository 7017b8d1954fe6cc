// Public surface of knowledge chunking: Korean-aware sentence splitting and structure-respecting chunks with exact offsets.
export { chunkDocument, defaultChunkingOptions } from './chunk-document.ts';
export { splitSentences, type TextSpan } from './split-sentences.ts';
