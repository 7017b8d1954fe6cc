// The llama provider: GGUF models in-process through node-llama-cpp, loaded on first use, shared, unloaded when idle.
import type { Llama } from 'node-llama-cpp';
import type { ChatModel, EmbeddingModel, ModelProvider, ModelSettings } from '../types.ts';
import { createLlamaChatModel } from './llama-chat-model.ts';
import { createLlamaEmbeddingModel } from './llama-embedding-model.ts';
import { LlamaRuntime } from './llama-runtime.ts';
import { parseLlamaSettings } from './llama-settings.ts';
import { loadCpuLlama } from './load-node-llama-cpp.ts';

export interface LlamaProviderOptions {
  /** Unload a model after this long without requests; default 10 minutes. */
  idleUnloadMs?: number;
  /** Supplies the llama.cpp engine (e.g. one with a GPU); default `getLlama({ gpu: false })`. The caller then owns it. */
  loadLlama?: () => Promise<Llama>;
}

export interface LlamaProvider extends ModelProvider {
  readonly name: 'llama';
  chatModel(modelId: string, settings: ModelSettings): ChatModel;
  embeddingModel(modelId: string, settings: ModelSettings): EmbeddingModel;
  /** GGUF paths in memory now, for status pages and tests. */
  loadedModelPaths(): string[];
  dispose(): Promise<void>;
}

const defaultIdleUnloadMs = 10 * 60 * 1000;

/**
 * Nothing loads here: the engine and each model load on their first request.
 * @example
 * const provider = createLlamaProvider();
 * const model = provider.chatModel('qwen', { path: './models/qwen2.5-0.5b-instruct-q4_k_m.gguf', parallel: 2 });
 * const result = await model.generate({ messages: [{ role: 'user', content: '안녕하세요' }], maxTokens: 64 });
 */
export function createLlamaProvider(options: LlamaProviderOptions = {}): LlamaProvider {
  const runtime = new LlamaRuntime({
    idleUnloadMs: options.idleUnloadMs ?? defaultIdleUnloadMs,
    loadLlama: options.loadLlama ?? loadCpuLlama,
    ownsLlama: options.loadLlama === undefined,
  });
  return {
    name: 'llama',
    chatModel: (modelId, settings) => createLlamaChatModel({ modelId, settings: parseLlamaSettings({ modelId, settings }), runtime }),
    embeddingModel: (modelId, settings) =>
      createLlamaEmbeddingModel({ modelId, settings: parseLlamaSettings({ modelId, settings }), runtime }),
    loadedModelPaths: () => runtime.loadedModelPaths(),
    dispose: () => runtime.dispose(),
  };
}
