// Embeddings with the entry's timeout, retries and concurrency limit; no fallback, since vectors of two models never mix.
import { toGenstackError } from '../core/errors.ts';
import type { ChainLink } from './resilient-chat-model.ts';
import { attemptSignal } from './resilient-chat-model.ts';
import { retryDelay, sleep } from './retry-policy.ts';
import type { EmbeddingModel } from './types.ts';

/**
 * @example
 * const model = createResilientEmbeddingModel({ link: { entry, model, limiter } });
 */
export function createResilientEmbeddingModel(options: {
  link: Omit<ChainLink, 'model'> & { model: EmbeddingModel };
  random?: () => number;
}): EmbeddingModel {
  const { entry, model, limiter } = options.link;
  const random = options.random ?? Math.random;
  return {
    provider: model.provider,
    modelId: entry.id,
    get dimensions() {
      return model.dimensions;
    },
    async embed(request) {
      for (let attemptNumber = 0; ; attemptNumber += 1) {
        const release = await limiter.acquire(request.signal);
        const attempt = attemptSignal({ parent: request.signal, timeoutMs: entry.timeoutMs });
        let failure;
        try {
          return await model.embed({ ...request, signal: attempt.signal });
        } catch (error) {
          failure = toGenstackError(error);
        } finally {
          attempt.dispose();
          release();
        }
        const delay = request.signal?.aborted
          ? undefined
          : retryDelay({ error: failure, attempt: attemptNumber, settings: entry.retry, random });
        if (delay === undefined) throw failure;
        await sleep(delay, request.signal);
      }
    },
  };
}
