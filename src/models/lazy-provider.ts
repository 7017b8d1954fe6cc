// Defers loading a heavy provider (node-llama-cpp) until a request actually needs it, keeping start-up and the core light.
import type { ChatModel, EmbeddingModel, ModelProvider, ModelSettings, ProviderName } from './types.ts';
import { GenstackError } from '../core/errors.ts';

/**
 * @example
 * const llama = lazyProvider({ name: 'llama', load: async () => (await import('./llama/index.ts')).createLlamaProvider() });
 */
export function lazyProvider(options: { name: ProviderName; load: () => Promise<ModelProvider> }): ModelProvider {
  let loading: Promise<ModelProvider> | undefined;
  const provider = () => (loading ??= options.load());
  const unsupported = (what: string) =>
    new GenstackError({ code: 'not_implemented', message: `Provider '${options.name}' does not offer ${what}.` });

  return {
    name: options.name,
    chatModel(modelId: string, settings: ModelSettings): ChatModel {
      let model: Promise<ChatModel> | undefined;
      const resolved = () =>
        (model ??= provider().then((loaded) => {
          if (!loaded.chatModel) throw unsupported('chat models');
          return loaded.chatModel(modelId, settings);
        }));
      return {
        provider: options.name,
        modelId,
        generate: async (request) => (await resolved()).generate(request),
        async *stream(request) {
          yield* (await resolved()).stream(request);
        },
      };
    },
    embeddingModel(modelId: string, settings: ModelSettings): EmbeddingModel {
      let model: EmbeddingModel | undefined;
      const resolved = async () => {
        const loaded = await provider();
        if (!loaded.embeddingModel) throw unsupported('embeddings');
        return (model ??= loaded.embeddingModel(modelId, settings));
      };
      return {
        provider: options.name,
        modelId,
        get dimensions() {
          return model?.dimensions;
        },
        embed: async (request) => (await resolved()).embed(request),
      };
    },
    async dispose() {
      if (loading) await (await loading).dispose?.();
    },
  };
}
