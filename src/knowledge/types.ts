// The knowledge contract: extracted documents, chunks with character spans, search results and grounded answers with citations.

/** A heading, page or table row of an extracted document, as a span of `text`. */
export interface DocumentSection {
  kind: 'heading' | 'page' | 'table-row' | 'paragraph';
  start: number;
  end: number;
  /** Heading level (1–6), or page number for pages. */
  level?: number;
  title?: string;
}

export interface ExtractedDocument {
  /** Where it came from: a file path or a name the client gave. */
  path: string;
  title: string;
  mediaType: string;
  /** Plain text of the whole document; every offset in genstack points into this string. */
  text: string;
  sections: DocumentSection[];
  language: 'ko' | 'en';
}

export interface Chunk {
  index: number;
  text: string;
  /** Character offsets into ExtractedDocument.text. */
  start: number;
  end: number;
  page: number | null;
  /** The nearest heading path above the chunk, e.g. "요금제 > 환불 규정". */
  heading: string | null;
  tokenCount: number;
}

export interface ChunkingOptions {
  maxTokens: number;
  overlapTokens: number;
}

export interface SearchFilter {
  source?: string | string[];
  tag?: string | string[];
  /** ISO dates, compared with the document's date (ingestion time unless the document carries one). */
  after?: string;
  before?: string;
}

export type SearchMode = 'hybrid' | 'lexical' | 'vector';

export interface SearchRequest {
  query: string;
  k?: number;
  filter?: SearchFilter;
  mode?: SearchMode;
}

/** The search result JSON of the CLI (`--json`) and the API. */
export interface SearchResult {
  chunkId: string;
  docId: string;
  score: number;
  text: string;
  source: { path: string; title: string; page: number | null; start: number; end: number };
}

export interface Citation {
  /** The n of [n] in the answer. */
  index: number;
  chunkId: string;
  docId: string;
  source: SearchResult['source'];
  /** The cited passage (the supporting sentence when known). */
  quote: string;
}

export interface GroundedAnswer {
  answer: string;
  citations: Citation[];
  language: 'ko' | 'en';
  /** False when nothing relevant was found: the answer says so instead of guessing. */
  grounded: boolean;
  /** Sentences of a model-written answer whose citation the source does not support. */
  unsupported: Array<{ sentence: string; citation: number; support: number }>;
}
