// A ChatModel over a GGUF: takes a context sequence for the request, streams the generation, gives the sequence back.
import { GenstackError } from '../../core/errors.ts';
import { generateFromStream } from '../generate-from-stream.ts';
import type { ChatModel, ChatRequest, ChatStreamPart } from '../types.ts';
import { toLlamaError } from './llama-error.ts';
import type { LlamaRuntime } from './llama-runtime.ts';
import type { ResolvedLlamaSettings } from './llama-settings.ts';
import { PartQueue } from './part-queue.ts';
import { runLlamaGeneration } from './run-llama-generation.ts';

export interface LlamaChatModelOptions {
  modelId: string;
  settings: ResolvedLlamaSettings;
  runtime: LlamaRuntime;
}

async function* streamLlamaChat(options: LlamaChatModelOptions, request: ChatRequest): AsyncGenerator<ChatStreamPart> {
  const { runtime, settings } = options;
  let lease;
  try {
    lease = await runtime.acquireChat(settings, request.signal);
  } catch (error) {
    yield { type: 'error', error: toLlamaError(error, request.signal) };
    return;
  }
  // One controller for both ways a generation must stop: the caller's signal, and a reader that stopped reading.
  const controller = new AbortController();
  const forwardAbort = (): void => controller.abort(request.signal?.reason);
  request.signal?.addEventListener('abort', forwardAbort, { once: true });
  if (request.signal?.aborted) forwardAbort();
  const queue = new PartQueue<ChatStreamPart>();
  const running = runLlamaGeneration({ request, lease, signal: controller.signal, emit: (part) => queue.push(part) })
    .catch((error: unknown) => queue.push({ type: 'error', error: toLlamaError(error, request.signal) }))
    .finally(() => queue.close());
  try {
    yield* queue;
  } finally {
    controller.abort();
    await running;
    request.signal?.removeEventListener('abort', forwardAbort);
    lease.release();
  }
}

/**
 * @example
 * const model = createLlamaChatModel({ modelId: 'tiny', settings, runtime });
 * for await (const part of model.stream({ messages: [{ role: 'user', content: '안녕하세요' }] })) console.log(part);
 */
export function createLlamaChatModel(options: LlamaChatModelOptions): ChatModel {
  if (options.settings.embedding) {
    throw new GenstackError({
      code: 'invalid_request',
      message: `Model '${options.modelId}' is configured as an embedding model (embedding: true); it cannot chat.`,
      param: 'model',
    });
  }
  const stream = (request: ChatRequest): AsyncIterable<ChatStreamPart> => streamLlamaChat(options, request);
  return {
    provider: 'llama',
    modelId: options.modelId,
    stream,
    generate: (request) => generateFromStream(stream(request)),
  };
}
