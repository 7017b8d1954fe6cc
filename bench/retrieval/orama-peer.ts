// Orama as a peer: full-text with its default tokenizer, and with the bigram tokenizer plus genstack's own corpus
// embeddings in a vector field, which gives Orama's vector and hybrid modes the very same vectors genstack searches.
import { create, insertMultiple, search, type AnyOrama } from '@orama/orama';
import type { StoredChunkRecord } from './genstack-system.ts';
import { bigramTokens } from './peer-tokenizer.ts';
import type { Hit, SearchSystem } from './search-system.ts';

type EmbedQuery = (text: string) => Promise<Float32Array | null>;

function hitsOf(chunks: StoredChunkRecord[], hits: Array<{ id: string }>): Hit[] {
  return hits.map((hit) => chunks[Number(hit.id)]!).map((chunk) => ({ path: chunk.path, text: chunk.text }));
}

/**
 * Builds the index and returns its systems and the seconds the inserts took.
 * @example
 * const orama = await buildOrama({ chunks, variant: 'default' });
 * await orama.systems[0].search('refund policy', 10);
 */
export async function buildOrama(options: {
  chunks: StoredChunkRecord[];
  variant: 'default' | 'bigram';
  vectors?: Map<number, Float32Array>;
  embedQuery?: EmbedQuery;
  dimensions?: number;
}): Promise<{ systems: SearchSystem[]; insertSeconds: number }> {
  const { chunks, vectors, embedQuery } = options;
  const withVectors = options.variant === 'bigram' && vectors !== undefined && embedQuery !== undefined;
  const schema = withVectors ? { text: 'string', embedding: `vector[${options.dimensions ?? 256}]` } : { text: 'string' };
  const components =
    options.variant === 'bigram' ? { tokenizer: { language: 'english', normalizationCache: new Map(), tokenize: bigramTokens } } : {};
  const database: AnyOrama = create({ schema: schema as never, components });
  const started = performance.now();
  const batch = 2000;
  for (let offset = 0; offset < chunks.length; offset += batch) {
    const documents = chunks.slice(offset, offset + batch).map((chunk, index) => ({
      id: String(offset + index),
      text: chunk.text,
      ...(withVectors ? { embedding: Array.from(vectors.get(chunk.rowid) ?? new Float32Array(options.dimensions ?? 256)) } : {}),
    }));
    await insertMultiple(database, documents as never, batch);
  }
  const insertSeconds = (performance.now() - started) / 1000;
  const label = options.variant === 'bigram' ? 'orama+bigram' : 'orama';
  const fullText: SearchSystem = {
    name: label,
    async search(query, k) {
      const result = await search(database, { term: query, properties: ['text'], limit: k });
      return hitsOf(chunks, result.hits);
    },
  };
  if (!withVectors) return { systems: [fullText], insertSeconds };
  const vectorMode = (mode: 'vector' | 'hybrid'): SearchSystem => ({
    name: `${label} ${mode}`,
    async search(query, k) {
      const embedding = await embedQuery(query);
      if (!embedding) return mode === 'hybrid' ? fullText.search(query, k) : [];
      const vector = { value: Array.from(embedding), property: 'embedding' };
      // similarity 0: Orama's default floor (0.8) would drop most neighbours of a 256-dimension corpus embedding.
      const parameters = mode === 'hybrid' ? { mode, term: query, properties: ['text'], vector } : { mode, vector };
      const result = await search(database, { ...parameters, similarity: 0, limit: k } as never);
      return hitsOf(chunks, (result as { hits: Array<{ id: string }> }).hits);
    },
  });
  return { systems: [fullText, vectorMode('vector'), vectorMode('hybrid')], insertSeconds };
}
