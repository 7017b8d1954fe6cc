// The builtin EmbeddingModel: hashed n-gram vectors, optionally truncated to fewer dimensions and re-normalised.
import { GenstackError } from '../../core/errors.ts';
import type { EmbeddingModel } from '../types.ts';
import { BUILTIN_EMBEDDING_DIMENSIONS, embedText } from './embeddings/index.ts';
import { countTokens } from './language/index.ts';

/**
 * @example
 * const model = createBuiltinEmbeddingModel({ modelId: 'builtin-embed' });
 * (await model.embed({ input: ['안녕하세요'], dimensions: 64 })).embeddings[0]?.length; // 64
 */
export function createBuiltinEmbeddingModel(options: { modelId: string }): EmbeddingModel {
  return {
    provider: 'builtin',
    modelId: options.modelId,
    dimensions: BUILTIN_EMBEDDING_DIMENSIONS,
    async embed(request) {
      if (request.signal?.aborted) throw new GenstackError({ code: 'aborted', message: 'The request was cancelled.' });
      const dimensions = request.dimensions ?? BUILTIN_EMBEDDING_DIMENSIONS;
      if (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > BUILTIN_EMBEDDING_DIMENSIONS) {
        throw new GenstackError({
          code: 'invalid_request',
          message: `dimensions must be an integer from 1 to ${BUILTIN_EMBEDDING_DIMENSIONS} for '${options.modelId}'.`,
          param: 'dimensions',
        });
      }
      const embeddings = request.input.map((text) => embedText(text, dimensions));
      const promptTokens = request.input.reduce((sum, text) => sum + countTokens(text), 0);
      return { embeddings, usage: { promptTokens, totalTokens: promptTokens } };
    },
  };
}
