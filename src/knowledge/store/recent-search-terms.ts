// The search terms of the chunk texts embedded last: ingestion computes them to embed a document, then the store needs
// the very same terms to index it; remembering one batch spares a second pass of the Korean-aware term transform.
import { searchTerms } from './search-terms.ts';

/** Only the latest batch (one document's chunks), so the memo never grows; a miss just recomputes. */
let recent = new Map<string, string[]>();

/**
 * Remembers `terms[i]` as the search terms of `texts[i]`; `terms` must be `searchTerms` of each text.
 * @example
 * const terms = texts.map((text) => searchTerms(text));
 * rememberSearchTerms(texts, terms);
 */
export function rememberSearchTerms(texts: string[], terms: string[][]): void {
  recent = new Map();
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
  return recent.get(text) ?? searchTerms(text);
}
