// An EmbeddingModel over a GGUF: one vector of n_embd numbers per input text, from llama.cpp's embedding context.
import { GenstackError } from '../../core/errors.ts';
import type { EmbeddingModel, EmbeddingRequest, EmbeddingResult } from '../types.ts';
import { toLlamaError } from './llama-error.ts';
import type { LlamaRuntime } from './llama-runtime.ts';
import type { ResolvedLlamaSettings } from './llama-settings.ts';

export interface LlamaEmbeddingModelOptions {
  modelId: string;
  settings: ResolvedLlamaSettings;
  runtime: LlamaRuntime;
}

/**
 * `dimensions` is unknown until the model first loads, then it is the model's embedding length (n_embd).
 * A smaller requested `dimensions` truncates the vectors; a larger one is refused.
 * @example
 * const model = createLlamaEmbeddingModel({ modelId: 'tiny', settings, runtime });
 * const { embeddings } = await model.embed({ input: ['안녕하세요', 'hello'] });
 */
export function createLlamaEmbeddingModel(options: LlamaEmbeddingModelOptions): EmbeddingModel {
  let dimensions: number | undefined;
  async function embed(request: EmbeddingRequest): Promise<EmbeddingResult> {
    const empty = request.input.findIndex((text) => text.length === 0);
    if (empty >= 0) {
      // An empty text has no tokens and so no embedding; OpenAI refuses it too.
      throw new GenstackError({
        code: 'invalid_request',
        message: `input[${empty}] is empty; every input must contain text.`,
        param: 'input',
      });
    }
    let lease;
    try {
      lease = await options.runtime.acquireEmbedding(options.settings, request.signal);
    } catch (error) {
      throw toLlamaError(error, request.signal);
    }
    try {
      dimensions = lease.model.embeddingVectorSize;
      const size = request.dimensions ?? dimensions;
      if (size > dimensions || size < 1) {
        throw new GenstackError({
          code: 'invalid_request',
          message: `dimensions must be between 1 and ${dimensions} for model '${options.modelId}'.`,
          param: 'dimensions',
        });
      }
      const embeddings: number[][] = [];
      let promptTokens = 0;
      for (const text of request.input) {
        if (request.signal?.aborted) throw toLlamaError(request.signal.reason, request.signal);
        promptTokens += lease.model.tokenize(text).length;
        const embedding = await lease.slot.getEmbeddingFor(text);
        embeddings.push(Array.from(embedding.vector.slice(0, size)));
      }
      return { embeddings, usage: { promptTokens, totalTokens: promptTokens } };
    } catch (error) {
      throw toLlamaError(error, request.signal);
    } finally {
      lease.release();
    }
  }
  return {
    provider: 'llama',
    modelId: options.modelId,
    get dimensions() {
      return dimensions;
    },
    embed,
  };
}
