// An embedding model served by any OpenAI-compatible server (POST {baseURL}/embeddings).
import { GenstackError } from '../../core/errors.ts';
import type { EmbeddingModel, EmbeddingRequest, EmbeddingResult } from '../types.ts';
import type { OpenAiEmbeddingResponse } from './openai-api-types.ts';
import type { OpenAiConfig } from './openai-settings.ts';
import { postToOpenAi, readOpenAiJson } from './post-to-openai.ts';

function upstreamError(message: string): GenstackError {
  return new GenstackError({ code: 'upstream_error', message, category: 'third-party' });
}

export class OpenAiEmbeddingModel implements EmbeddingModel {
  readonly provider = 'openai';
  readonly modelId: string;
  readonly dimensions: number | undefined;
  readonly #config: OpenAiConfig;

  constructor(modelId: string, config: OpenAiConfig) {
    this.modelId = modelId;
    this.dimensions = config.dimensions;
    this.#config = config;
  }

  /**
   * Vectors come back in the order of `input`, whatever order the server listed them in.
   * @example
   * const { embeddings } = await model.embed({ input: ['배송 조회', 'track my order'] });
   */
  async embed(request: EmbeddingRequest): Promise<EmbeddingResult> {
    if (request.input.length === 0) return { embeddings: [], usage: { promptTokens: 0, totalTokens: 0 } };
    const config = this.#config;
    const payload: Record<string, unknown> = { model: config.upstreamModel, input: request.input };
    if (request.dimensions !== undefined) payload['dimensions'] = request.dimensions;
    const response = await postToOpenAi(config, { url: config.embeddingsURL, body: JSON.stringify(payload), signal: request.signal });
    const result = await readOpenAiJson<OpenAiEmbeddingResponse>(config, { response, signal: request.signal });
    const data = result.data;
    if (!Array.isArray(data) || data.length !== request.input.length) {
      throw upstreamError(
        `The model server returned ${Array.isArray(data) ? data.length : 'no'} embeddings for ${request.input.length} inputs.`,
      );
    }
    const embeddings = new Array<number[]>(data.length);
    for (let position = 0; position < data.length; position++) {
      const item = data[position]!;
      const index = typeof item.index === 'number' ? item.index : position;
      if (!Array.isArray(item.embedding)) throw upstreamError('The model server returned an embedding that is not a list of numbers.');
      if (index < 0 || index >= data.length || embeddings[index] !== undefined)
        throw upstreamError(`The model server returned a bad embedding index ${index}.`);
      embeddings[index] = item.embedding;
    }
    const promptTokens = result.usage?.prompt_tokens ?? 0;
    return { embeddings, usage: { promptTokens, totalTokens: result.usage?.total_tokens ?? promptTokens } };
  }
}
