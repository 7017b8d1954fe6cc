// The llama provider's public surface: GGUF models in-process through node-llama-cpp.
export { createLlamaProvider, type LlamaProvider, type LlamaProviderOptions } from './llama-provider.ts';
export type { LlamaModelSettings } from './llama-settings.ts';
