// MiniSearch as a peer: BM25 full-text with prefix and fuzzy matching (its documented search-box settings), with its
// default tokenizer (whitespace and punctuation) or with the bigram tokenizer.
import MiniSearch from 'minisearch';
import type { StoredChunkRecord } from './genstack-system.ts';
import { bigramTokens } from './peer-tokenizer.ts';
import type { SearchSystem } from './search-system.ts';

/**
 * @example
 * const minisearch = buildMiniSearch({ chunks, variant: 'bigram' });
 * await minisearch.system.search('환불', 10);
 */
export function buildMiniSearch(options: { chunks: StoredChunkRecord[]; variant: 'default' | 'bigram' }): {
  system: SearchSystem;
  insertSeconds: number;
} {
  const { chunks } = options;
  const index = new MiniSearch<{ id: number; text: string }>({
    fields: ['text'],
    ...(options.variant === 'bigram' ? { tokenize: bigramTokens, processTerm: (term: string) => term } : {}),
    searchOptions: { prefix: true, fuzzy: 0.2 },
  });
  const started = performance.now();
  for (let offset = 0; offset < chunks.length; offset += 1) index.add({ id: offset, text: chunks[offset]!.text });
  const insertSeconds = (performance.now() - started) / 1000;
  return {
    insertSeconds,
    system: {
      name: options.variant === 'bigram' ? 'minisearch+bigram' : 'minisearch',
      async search(query, k) {
        return index
          .search(query)
          .slice(0, k)
          .map((result) => chunks[result.id as number]!)
          .map((chunk) => ({ path: chunk.path, text: chunk.text }));
      },
    },
  };
}
