// Whether a model runs on this machine or the company's own network: protected data may only go to such models.
import type { ModelInfo, ModelRegistry } from './registry.ts';

const loopbackHosts = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/**
 * Builtin and llama models run in-process; an OpenAI-compatible server is local when it listens on loopback or its
 * registry entry says `local: true` (an on-premises vLLM or Ollama server on the company network); `local: false` overrides loopback.
 * @example
 * isLocalModel(registry.info('builtin')); // true
 * isLocalModel({ provider: 'openai', settings: { baseURL: 'https://api.openai.com/v1' } }); // false
 */
export function isLocalModel(info: Pick<ModelInfo, 'provider' | 'settings'>): boolean {
  if (info.provider === 'builtin' || info.provider === 'llama') return true;
  // Declared either way wins: `local: false` marks a loopback tunnel or proxy to a remote service as remote.
  if (typeof info.settings.local === 'boolean') return info.settings.local;
  const baseURL = info.settings.baseURL;
  if (typeof baseURL !== 'string') return false;
  try {
    return loopbackHosts.has(new URL(baseURL).hostname);
  } catch {
    return false;
  }
}

/**
 * Whether a chat model id runs locally; prefixed models that no registry entry backs (`kb:`, `assistant:`) are genstack's
 * own and run in this process.
 * @example
 * isLocalChatModel(registry, 'kb:faq'); // true
 */
export function isLocalChatModel(models: ModelRegistry, id: string): boolean {
  let resolved: string;
  try {
    resolved = models.resolveId(id);
  } catch {
    return true;
  }
  return models.isLocal(resolved);
}
