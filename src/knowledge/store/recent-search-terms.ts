// The search terms of the chunk texts embedded last: ingestion computes them to embed a document, then the store needs
// the very same terms to index it; remembering the last few thousand spares a second pass of the Korean-aware term
// transform, also for documents held in a write batch.
import { searchTerms } from './search-terms.ts';

/**
 * Two generations of at least `generationSize` texts each: an ingestion batch holds up to ~2,000 chunks before the store
 * indexes them, so their terms must outlive a few documents' worth of embedding; a miss just recomputes.
 */
const generationSize = 4_096;
let recent = new Map<string, string[]>();
let previous = new Map<string, string[]>();

/**
 * Remembers `terms[i]` as the search terms of `texts[i]`; `terms` must be `searchTerms` of each text.
 * @example
 * const terms = texts.map((text) => searchTerms(text));
 * rememberSearchTerms(texts, terms);
 */
export function rememberSearchTerms(texts: string[], terms: string[][]): void {
  if (recent.size + texts.length > generationSize) {
    previous = recent;
    recent = new Map();
  }
  texts.forEach((text, index) => {
    const known = terms[index];
    if (known) recent.set(text, known);
  });
}

/**
 * `searchTerms(text)`, from the memo when the text was just embedded. Callers must not modify the array.
 * @example
 * searchTermsOf('환불은 7일 이내'); // ['환불', '7일', '이내']
 */
export function searchTermsOf(text: string): string[] {
  return recent.get(text) ?? previous.get(text) ?? searchTerms(text);
}
