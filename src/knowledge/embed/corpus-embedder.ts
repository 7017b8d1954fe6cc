// The `builtin` embedding of a knowledge base, learned from its own chunks: fitted at ingestion, refitted as the corpus
// grows (re-embedding every chunk in one transaction), saved in the database so queries embed the same way.
import { searchTerms } from '../store/index.ts';
import { rememberSearchTerms } from '../store/recent-search-terms.ts';
import type { KnowledgeBase, KnowledgeStore } from '../store/index.ts';
import type { KnowledgeEmbedder } from './knowledge-embedder.ts';
import { deserializeModel, serializeModel } from './model-serialization.ts';
import { embedTerms } from './embed-terms.ts';
import { fitRandomIndexing, type RandomIndexingModel } from './random-indexing.ts';

export interface CorpusEmbedderOptions {
  store: KnowledgeStore;
  maxVocabulary?: number;
  /** Fits on an even sample of at most this many chunks, so a refit stays a few seconds at any size. */
  maxFitChunks?: number;
}

/**
 * @example
 * const embedder = createCorpusEmbedder({ store });
 * const vectors = await embedder.embedDocuments({ kb: '고객 지원', texts: chunks.map((chunk) => chunk.text) });
 * store.upsertDocument({ kb: '고객 지원', document, contentHash, chunks, vectors });
 */
export function createCorpusEmbedder(options: CorpusEmbedderOptions): KnowledgeEmbedder {
  const { store } = options;
  const maxVocabulary = options.maxVocabulary ?? 30_000;
  const maxFitChunks = options.maxFitChunks ?? 40_000;
  const models = new Map<number, RandomIndexingModel>();
  /**
   * Per base, an upper bound on its chunk count (the last exact count plus every text embedded since): counting a large
   * base's chunks takes milliseconds, so the exact count is read only when the bound says a refit may be due.
   */
  const countBounds = new Map<number, number>();

  // Each takes the resolved base: resolving a name reads the database, once per call of the embedder is enough.
  const currentModel = (base: KnowledgeBase): RandomIndexingModel | null => {
    const cached = models.get(base.id);
    if (cached) return cached;
    const saved = store.loadEmbedder(base.name);
    if (!saved) return null;
    const model = deserializeModel(saved.model);
    models.set(base.id, model);
    return model;
  };

  const refit = (base: KnowledgeBase, incoming: string[][]): RandomIndexingModel => {
    const kb = base.name;
    const existing = store.chunkCount(kb);
    const total = existing + incoming.length;
    const stride = Math.max(1, Math.ceil(total / maxFitChunks));
    const corpus = function* (): Iterable<string[]> {
      let position = 0;
      for (const row of store.searchTexts(kb)) if (position++ % stride === 0) yield row.text.split(' ');
      for (const terms of incoming) if (position++ % stride === 0) yield terms;
    };
    const model = { ...fitRandomIndexing(corpus, { dimensions: base.embedding.dimensions, maxVocabulary }), fittedChunks: total };
    store.reembed({
      kb,
      embed: (text) => embedTerms(model, text.split(' ')) ?? uniformVector(model.dimensions),
      saved: { fittedChunks: total, model: serializeModel(model) },
    });
    models.set(base.id, model);
    countBounds.set(base.id, total);
    return model;
  };

  /**
   * Whether adding `incoming` chunks doubles the corpus the model was fitted on, or quadruples it once the model was
   * fitted on a full sample: past that, a refit re-embeds every chunk for little gain (bench/retrieval ingest figures).
   */
  const refitDue = (base: KnowledgeBase, options: { model: RandomIndexingModel; incoming: number }): boolean => {
    const { id } = base;
    const bound = countBounds.get(id);
    const threshold = (options.model.fittedChunks >= maxFitChunks ? 4 : 2) * options.model.fittedChunks;
    if (bound !== undefined && bound + options.incoming < threshold) {
      countBounds.set(id, bound + options.incoming);
      return false;
    }
    const exact = store.chunkCount(base.name);
    countBounds.set(id, exact + options.incoming);
    return exact + options.incoming >= threshold;
  };

  return {
    async embedDocuments({ kb, texts }) {
      const incoming = texts.map((text) => searchTerms(text));
      // The store indexes the same terms when these chunks are upserted next.
      rememberSearchTerms(texts, incoming);
      const base = store.getBase(kb);
      let model = currentModel(base);
      if (!model || refitDue(base, { model, incoming: texts.length })) model = refit(base, incoming);
      const fitted = model;
      return incoming.map((terms) => embedTerms(fitted, terms) ?? uniformVector(fitted.dimensions));
    },
    async embedQuery({ kb, text }) {
      const model = currentModel(store.getBase(kb));
      return model ? embedTerms(model, searchTerms(text)) : null;
    },
  };
}

/** Chunks with no known term still need a vector; the uniform direction is near-orthogonal to every fitted one. */
function uniformVector(dimensions: number): Float32Array {
  return new Float32Array(dimensions).fill(1 / Math.sqrt(dimensions));
}
