// Models: the provider contract, the registry with fallbacks/retries/limits, the default providers and model download.
export type * from './types.ts';
export { generateFromStream, streamFromResult } from './generate-from-stream.ts';
export {
  createModelRegistry,
  builtinEntries,
  type ModelRegistry,
  type ModelInfo,
  type ModelSource,
  type ModelResolver,
} from './registry.ts';
export { createDefaultProviders } from './default-providers.ts';
export { isLocalModel, isLocalChatModel } from './model-locality.ts';
export { lazyProvider } from './lazy-provider.ts';
export { createConcurrencyLimiter } from './concurrency-limiter.ts';
export { retryDelay } from './retry-policy.ts';
export { pullModel, resolvePullSource, type PullProgress, type PullResult } from './pull/index.ts';
