// The three providers genstack ships: builtin and openai load at once (both light), llama only on first use.
import { createBuiltinProvider } from './builtin/index.ts';
import { lazyProvider } from './lazy-provider.ts';
import { createOpenAiProvider } from './openai/index.ts';
import type { ModelProvider } from './types.ts';

export interface DefaultProviderOptions {
  llamaIdleUnloadMs?: number;
  fetch?: typeof fetch;
  now?: () => Date;
}

/**
 * @example
 * const registry = createModelRegistry({ providers: createDefaultProviders() });
 */
export function createDefaultProviders(options: DefaultProviderOptions = {}): ModelProvider[] {
  return [
    createBuiltinProvider(options.now ? { now: options.now } : {}),
    createOpenAiProvider(options.fetch ? { fetch: options.fetch } : {}),
    lazyProvider({
      name: 'llama',
      load: async () => {
        const { createLlamaProvider } = await import('./llama/index.ts');
        return createLlamaProvider(options.llamaIdleUnloadMs ? { idleUnloadMs: options.llamaIdleUnloadMs } : {});
      },
    }),
  ];
}
