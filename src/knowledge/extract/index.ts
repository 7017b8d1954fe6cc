// Public surface of knowledge extraction: files (txt, md, html, pdf, docx, csv, json, jsonl) → ExtractedDocument.
export { extractDocument, defaultMaxBytes, type ExtractDocumentInput } from './extract-document.ts';
export { detectMediaType, mediaTypes, normalizeMediaType, type SupportedMediaType } from './media-types.ts';
