// The `builtin` embedding of a knowledge base, learned from its own chunks: fitted at ingestion, refitted as the corpus
// grows (re-embedding every chunk in one transaction), saved in the database so queries embed the same way.
import { searchTerms } from '../store/index.ts';
import type { KnowledgeStore } from '../store/index.ts';
import type { KnowledgeEmbedder } from './knowledge-embedder.ts';
import { deserializeModel, serializeModel } from './model-serialization.ts';
import { embedTerms, fitRandomIndexing, type RandomIndexingModel } from './random-indexing.ts';

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

  const currentModel = (kb: string): RandomIndexingModel | null => {
    const base = store.getBase(kb);
    const cached = models.get(base.id);
    if (cached) return cached;
    const saved = store.loadEmbedder(kb);
    if (!saved) return null;
    const model = deserializeModel(saved.model);
    models.set(base.id, model);
    return model;
  };

  const refit = (kb: string, incoming: string[][]): RandomIndexingModel => {
    const base = store.getBase(kb);
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
  const refitDue = (kb: string, options: { model: RandomIndexingModel; incoming: number }): boolean => {
    const { id } = store.getBase(kb);
    const bound = countBounds.get(id);
    const threshold = (options.model.fittedChunks >= maxFitChunks ? 4 : 2) * options.model.fittedChunks;
    if (bound !== undefined && bound + options.incoming < threshold) {
      countBounds.set(id, bound + options.incoming);
      return false;
    }
    const exact = store.chunkCount(kb);
    countBounds.set(id, exact + options.incoming);
    return exact + options.incoming >= threshold;
  };

  return {
    async embedDocuments({ kb, texts }) {
      const incoming = texts.map((text) => searchTerms(text));
      let model = currentModel(kb);
      if (!model || refitDue(kb, { model, incoming: texts.length })) model = refit(kb, incoming);
      const fitted = model;
      return incoming.map((terms) => embedTerms(fitted, terms) ?? uniformVector(fitted.dimensions));
    },
    async embedQuery({ kb, text }) {
      const model = currentModel(kb);
      return model ? embedTerms(model, searchTerms(text)) : null;
    },
  };
}

/** Chunks with no known term still need a vector; the uniform direction is near-orthogonal to every fitted one. */
function uniformVector(dimensions: number): Float32Array {
  return new Float32Array(dimensions).fill(1 / Math.sqrt(dimensions));
}
