// The `builtin` provider: the offline, deterministic engine genstack uses when no model is configured.
import type { ModelProvider } from '../types.ts';
import { createBuiltinChatModel } from './builtin-chat-model.ts';
import { createBuiltinEmbeddingModel } from './builtin-embedding-model.ts';

export interface BuiltinProviderOptions {
  /** Clock for relative dates (오늘, next Monday); injected so tests control it. */
  now?: () => Date;
  /** IANA time zone for relative dates; defaults to the machine's. A model entry may set `settings.timeZone`. */
  timeZone?: string;
}

/**
 * @example
 * const provider = createBuiltinProvider({ now: () => new Date('2026-03-05T09:00:00+09:00'), timeZone: 'Asia/Seoul' });
 * const model = provider.chatModel?.('builtin', {});
 */
export function createBuiltinProvider(options: BuiltinProviderOptions = {}): ModelProvider {
  const now = options.now ?? (() => new Date());
  const defaultTimeZone = options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  return {
    name: 'builtin',
    chatModel(modelId, settings) {
      const timeZone = typeof settings['timeZone'] === 'string' ? settings['timeZone'] : defaultTimeZone;
      return createBuiltinChatModel({ modelId, now, timeZone });
    },
    embeddingModel(modelId) {
      return createBuiltinEmbeddingModel({ modelId });
    },
  };
}
