// Builds a Citation whose source span is narrowed from the chunk to the cited sentences, so it points into the original document.
import type { Citation, SearchResult } from '../types.ts';

/**
 * A citation of sentences of one passage. `start`/`end` are offsets into the passage text; the span
 * becomes `passage.source.start + offset`. When the passage text is not the exact slice of the
 * document (its length differs from its span), the whole chunk span is kept rather than a wrong one.
 * @example
 * sentenceCitation({ index: 1, passage, start: 12, end: 40 }).source.start; // passage.source.start + 12
 */
export function sentenceCitation(options: { index: number; passage: SearchResult; start: number; end: number }): Citation {
  const { passage, start, end } = options;
  const exact = passage.source.end - passage.source.start === passage.text.length;
  return {
    index: options.index,
    chunkId: passage.chunkId,
    docId: passage.docId,
    source: exact ? { ...passage.source, start: passage.source.start + start, end: passage.source.start + end } : { ...passage.source },
    quote: passage.text.slice(start, end),
  };
}
