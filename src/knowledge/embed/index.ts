// Public surface of knowledge embeddings: the corpus-learned `builtin` embedder, registry-model embedders, and the choice between them.
import { GenstackError } from '../../core/errors.ts';
import type { EmbeddingModel } from '../../models/types.ts';
import type { KnowledgeStore } from '../store/index.ts';
import { createCorpusEmbedder } from './corpus-embedder.ts';
import type { KnowledgeEmbedder } from './knowledge-embedder.ts';
import { createModelEmbedder } from './model-embedder.ts';

export { createCorpusEmbedder, type CorpusEmbedderOptions } from './corpus-embedder.ts';
export { createModelEmbedder } from './model-embedder.ts';
export { fitRandomIndexing, type RandomIndexingModel, type FitOptions } from './random-indexing.ts';
export { embedTerms } from './embed-terms.ts';
export { serializeModel, deserializeModel } from './model-serialization.ts';
export type { KnowledgeEmbedder } from './knowledge-embedder.ts';

/** Dimensions of the corpus-learned embedding when a base does not choose. */
export const CORPUS_EMBEDDING_DIMENSIONS = 256;

/**
 * The embedder a base was created with: `builtin` learns from the corpus; other providers need their model.
 * @example
 * const embedder = embedderForBase({ store, kb: 'support', model: (provider, id) => registry.embeddingModel(id) });
 */
export function embedderForBase(options: {
  store: KnowledgeStore;
  kb: string;
  model?: (provider: string, modelId: string) => EmbeddingModel;
}): KnowledgeEmbedder {
  const { embedding } = options.store.getBase(options.kb);
  if (embedding.provider === 'builtin') return createCorpusEmbedder({ store: options.store });
  if (!options.model) {
    throw new GenstackError({
      code: 'invalid_request',
      message: `Knowledge base '${options.kb}' embeds with ${embedding.provider}:${embedding.model}; no model was given.`,
    });
  }
  return createModelEmbedder({ model: options.model(embedding.provider, embedding.model), dimensions: embedding.dimensions });
}
