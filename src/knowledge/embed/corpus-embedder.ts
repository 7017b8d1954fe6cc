// The `builtin` embedding of a knowledge base, learned from its own chunks: fitted at ingestion, refitted as the corpus
// grows (re-embedding every chunk in one transaction), saved in the database so queries embed the same way.
import { searchTerms } from '../store/index.ts';
import { rememberSearchTerms } from '../store/recent-search-terms.ts';
import type { KnowledgeBase, KnowledgeStore } from '../store/index.ts';
import type { KnowledgeEmbedder } from './knowledge-embedder.ts';
import { deserializeModel, serializeModel } from './model-serialization.ts';
import { embedFittedChunk, embedTerms } from './embed-terms.ts';
import { fitRandomIndexingWithChunks, type RandomIndexingModel } from './random-indexing.ts';

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

  /** Refits on the stored chunks plus `incoming`, re-embeds the stored ones; returns the model and `incoming`'s vectors. */
  const refit = (base: KnowledgeBase, incoming: string[][]): { model: RandomIndexingModel; vectors: Float32Array[] } => {
    const kb = base.name;
    // Documents held in an ingestion batch were embedded with the old model: they must be stored (and so re-embedded)
    // before the fit reads the corpus, exactly as if each had been committed on its own.
    store.flushDocumentBatches();
    const existing = store.chunkCount(kb);
    const total = existing + incoming.length;
    const stride = Math.max(1, Math.ceil(total / maxFitChunks));
    // The search texts of the stored chunks in the fit sample, by sample position: the re-embedding below reads the
    // same rows in the same order, and embeds these from the fit's interned rows instead of splitting them again.
    const sampledTexts: string[] = [];
    /** Each incoming chunk's index in the fit sample, −1 when the stride skipped it. */
    const incomingChunks = new Int32Array(incoming.length).fill(-1);
    const corpus = function* (): Iterable<string[]> {
      let position = 0;
      for (const row of store.searchTexts(kb)) {
        if (position++ % stride !== 0) continue;
        sampledTexts.push(row.text);
        yield row.text.split(' ');
      }
      let chunk = sampledTexts.length;
      for (const [index, terms] of incoming.entries()) {
        if (position++ % stride !== 0) continue;
        incomingChunks[index] = chunk++;
        yield terms;
      }
    };
    const fit = fitRandomIndexingWithChunks(corpus, { dimensions: base.embedding.dimensions, maxVocabulary });
    const model = { ...fit.model, fittedChunks: total };
    const fallback = (terms: string[]) => embedTerms(model, terms) ?? uniformVector(model.dimensions);
    const fitted = (chunk: number) => embedFittedChunk(model, { fitted: fit.fitted, chunk }) ?? uniformVector(model.dimensions);
    let position = 0;
    store.reembed({
      kb,
      embed: (text) => {
        const at = position++;
        const chunk = at / stride;
        // The text check keeps this exact even if the store's order ever differed from searchTexts'.
        return at % stride === 0 && sampledTexts[chunk] === text ? fitted(chunk) : fallback(text.split(' '));
      },
      saved: { fittedChunks: total, model: serializeModel(model) },
    });
    models.set(base.id, model);
    countBounds.set(base.id, total);
    const vectors = incoming.map((terms, index) => {
      const chunk = incomingChunks[index] ?? -1;
      return chunk >= 0 ? fitted(chunk) : fallback(terms);
    });
    return { model, vectors };
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
    store.flushDocumentBatches();
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
      const model = currentModel(base);
      if (!model || refitDue(base, { model, incoming: texts.length })) return refit(base, incoming).vectors;
      return incoming.map((terms) => embedTerms(model, terms) ?? uniformVector(model.dimensions));
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
