// Wraps the models of a fallback chain into one ChatModel with request defaults, timeouts, retries and concurrency limits.
import type { ModelEntryConfig } from '../core/config.ts';
import { GenstackError, toGenstackError } from '../core/errors.ts';
import type { ConcurrencyLimiter } from './concurrency-limiter.ts';
import { canFallBack, retryDelay, sleep } from './retry-policy.ts';
import type { ChatModel, ChatRequest, ChatResult, ChatStreamPart } from './types.ts';

export interface ChainLink {
  entry: ModelEntryConfig;
  model: ChatModel;
  limiter: ConcurrencyLimiter;
}

export interface ResilientOptions {
  random?: () => number;
}

/** Fills what the client left out from the registry entry's defaults. */
export function applyDefaults(entry: ModelEntryConfig, request: ChatRequest): ChatRequest {
  const defaults = entry.defaults;
  const needsSystem = defaults.system !== undefined && !request.messages.some((message) => message.role === 'system');
  return {
    ...request,
    temperature: request.temperature ?? defaults.temperature,
    topP: request.topP ?? defaults.topP,
    maxTokens: request.maxTokens ?? defaults.maxTokens,
    messages: needsSystem ? [{ role: 'system', content: defaults.system ?? '' }, ...request.messages] : request.messages,
  };
}

interface AttemptSignal {
  signal: AbortSignal;
  timedOut: () => boolean;
  dispose: () => void;
}

/** One signal per attempt: fires on the caller's cancel or on the entry's timeout, whichever is first. */
export function attemptSignal(options: { parent: AbortSignal | undefined; timeoutMs: number }): AttemptSignal {
  const controller = new AbortController();
  let timedOut = false;
  const onParentAbort = () => controller.abort(options.parent?.reason);
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new GenstackError({ code: 'upstream_timeout', message: `The model did not finish within ${options.timeoutMs} ms.` }));
  }, options.timeoutMs);
  if (options.parent?.aborted) onParentAbort();
  else options.parent?.addEventListener('abort', onParentAbort, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    dispose: () => {
      clearTimeout(timer);
      options.parent?.removeEventListener('abort', onParentAbort);
    },
  };
}

function failureOf(error: unknown, attempt: AttemptSignal, link: ChainLink): GenstackError {
  if (attempt.timedOut()) {
    return new GenstackError({
      code: 'upstream_timeout',
      message: `Model '${link.entry.id}' did not finish within ${link.entry.timeoutMs} ms.`,
      cause: error,
    });
  }
  return toGenstackError(error);
}

const cancelled = () => new GenstackError({ code: 'aborted', message: 'The request was cancelled.' });

/**
 * @example
 * const model = createResilientChatModel({ id: 'gpt', chain: [primary, fallback] });
 * const result = await model.generate({ messages });
 */
export function createResilientChatModel(options: { id: string; chain: ChainLink[] } & ResilientOptions): ChatModel {
  const random = options.random ?? Math.random;
  const primary = options.chain[0];
  if (!primary) throw new GenstackError({ code: 'internal_error', message: `Model '${options.id}' has no provider chain.` });

  return {
    provider: primary.model.provider,
    modelId: options.id,
    // One generator for the whole chain and its retries (no inner generator delegated to with yield*), so each part
    // crosses only the provider's stream and this one.
    async *stream(request) {
      let lastFailure: GenstackError | undefined;
      for (const link of options.chain) {
        for (let attemptNumber = 0; ; attemptNumber += 1) {
          const release = await link.limiter.acquire(request.signal);
          const attempt = attemptSignal({ parent: request.signal, timeoutMs: link.entry.timeoutMs });
          let failure: GenstackError | undefined;
          let started = false;
          let pendingStart: ChatStreamPart | undefined;
          try {
            const attemptRequest = applyDefaults(link.entry, request);
            attemptRequest.signal = attempt.signal;
            for await (const part of link.model.stream(attemptRequest)) {
              if (!started) {
                if (part.type === 'stream-start') {
                  pendingStart = part;
                  continue;
                }
                if (part.type === 'error') {
                  failure = part.error;
                  break;
                }
                started = true;
                if (pendingStart) yield pendingStart;
              }
              yield part;
            }
            if (!failure) return;
          } catch (error) {
            failure = failureOf(error, attempt, link);
            // Output already reached the client: report the error in-stream, never replay.
            if (started) {
              yield { type: 'error', error: failure };
              return;
            }
          } finally {
            attempt.dispose();
            release();
          }
          if (request.signal?.aborted) throw cancelled();
          lastFailure = failure;
          const delay = retryDelay({ error: failure, attempt: attemptNumber, settings: link.entry.retry, random });
          if (delay === undefined) break;
          await sleep(delay, request.signal);
        }
        if (!canFallBack(lastFailure)) break;
      }
      throw lastFailure ?? cancelled();
    },
    async generate(request): Promise<ChatResult> {
      let lastFailure: GenstackError | undefined;
      for (const link of options.chain) {
        for (let attemptNumber = 0; ; attemptNumber += 1) {
          const release = await link.limiter.acquire(request.signal);
          const attempt = attemptSignal({ parent: request.signal, timeoutMs: link.entry.timeoutMs });
          try {
            return await link.model.generate({ ...applyDefaults(link.entry, request), signal: attempt.signal });
          } catch (error) {
            lastFailure = failureOf(error, attempt, link);
          } finally {
            attempt.dispose();
            release();
          }
          if (request.signal?.aborted) throw cancelled();
          const delay = retryDelay({ error: lastFailure, attempt: attemptNumber, settings: link.entry.retry, random });
          if (delay === undefined) break;
          await sleep(delay, request.signal);
        }
        if (!canFallBack(lastFailure)) break;
      }
      throw lastFailure ?? cancelled();
    },
  };
}
