// Knowledge embeddings from a registry model (`llama`, `openai`): the model embeds chunks and queries alike.
import { GenstackError } from '../../core/errors.ts';
import type { EmbeddingModel } from '../../models/types.ts';
import type { KnowledgeEmbedder } from './knowledge-embedder.ts';

/**
 * @example
 * const embedder = createModelEmbedder({ model: registry.embeddingModel('nomic'), dimensions: 768 });
 */
export function createModelEmbedder(options: { model: EmbeddingModel; dimensions: number; batchSize?: number }): KnowledgeEmbedder {
  const batchSize = options.batchSize ?? 64;
  const embed = async (input: string[]): Promise<Float32Array[]> => {
    const vectors: Float32Array[] = [];
    for (let start = 0; start < input.length; start += batchSize) {
      const result = await options.model.embed({ input: input.slice(start, start + batchSize), dimensions: options.dimensions });
      for (const embedding of result.embeddings) {
        if (embedding.length !== options.dimensions) {
          throw new GenstackError({
            code: 'upstream_error',
            message: `Embedding model '${options.model.modelId}' returned ${embedding.length} dimensions, expected ${options.dimensions}.`,
          });
        }
        vectors.push(Float32Array.from(embedding));
      }
    }
    return vectors;
  };
  return {
    embedDocuments: ({ texts }) => embed(texts),
    embedQuery: async ({ text }) => (await embed([text]))[0] ?? null,
  };
}
