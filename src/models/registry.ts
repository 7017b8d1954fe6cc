// The model registry: every model a client can name (config, pulled, built-in), their aliases, fallbacks and limits.
import { maskSecrets, modelEntrySchema, type ModelEntryConfig, type ModelEntryInput } from '../core/config.ts';
import { GenstackError } from '../core/errors.ts';
import { createConcurrencyLimiter, type ConcurrencyLimiter } from './concurrency-limiter.ts';
import { isLocalModel } from './model-locality.ts';
import { createResilientChatModel, type ChainLink } from './resilient-chat-model.ts';
import { createResilientEmbeddingModel } from './resilient-embedding-model.ts';
import type { ChatModel, EmbeddingModel, ModelProvider } from './types.ts';

export type ModelSource = 'builtin' | 'config' | 'store';

export interface ModelInfo {
  id: string;
  provider: string;
  kind: 'chat' | 'embedding';
  source: ModelSource;
  aliases: string[];
  fallbacks: string[];
  description?: string;
  /** Provider settings with secrets masked. */
  settings: Record<string, unknown>;
}

export interface ModelRegistryOptions {
  providers: ModelProvider[];
  entries?: Array<ModelEntryInput & { source?: ModelSource }>;
  aliases?: Record<string, string>;
  defaultChat?: string;
  defaultEmbedding?: string;
  random?: () => number;
}

interface RegisteredModel {
  entry: ModelEntryConfig;
  source: ModelSource;
  limiter: ConcurrencyLimiter;
  /** `isLocalModel` of the entry, decided once: the guard asks on every /v1 request. */
  local: boolean;
}

/**
 * Models named by a prefix and built on demand by another capability, e.g. `kb:<name>` (a knowledge base answering
 * with citations) or `assistant:<id>`. They call registry models themselves, so they get no extra retry layer.
 */
export interface ModelResolver {
  prefix: string;
  /** The model for `id` (prefix included), or undefined when nothing by that name exists. */
  resolve(id: string): ChatModel | undefined;
  list(): ModelInfo[];
}

export interface ModelRegistry {
  list(): ModelInfo[];
  info(id: string): ModelInfo;
  /** Follows aliases ('default', 'default-embedding' included) to a registered id; throws model_not_found. */
  resolveId(id: string): string;
  /** Whether a registered model runs on this machine or the company's network (`isLocalModel`); throws model_not_found. */
  isLocal(id: string): boolean;
  chat(id: string): ChatModel;
  embedding(id: string): EmbeddingModel;
  register(entry: ModelEntryInput, source?: ModelSource): ModelInfo;
  remove(id: string): boolean;
  addResolver(resolver: ModelResolver): void;
  dispose(): Promise<void>;
}

/** The two models that exist with nothing configured. */
export const builtinEntries: ModelEntryInput[] = [
  { id: 'builtin', provider: 'builtin', kind: 'chat', description: 'Offline deterministic engine (ko/en)', concurrency: 256 },
  {
    id: 'builtin-embed',
    provider: 'builtin',
    kind: 'embedding',
    description: 'Offline hashed character n-gram embeddings',
    concurrency: 256,
  },
];

/**
 * @example
 * const registry = createModelRegistry({ providers: [createBuiltinProvider()], entries: builtinEntries });
 * const answer = await registry.chat('builtin').generate({ messages: [{ role: 'user', content: '안녕하세요' }] });
 */
export function createModelRegistry(options: ModelRegistryOptions): ModelRegistry {
  const providers = new Map(options.providers.map((provider) => [provider.name, provider]));
  const models = new Map<string, RegisteredModel>();
  const aliases = new Map(Object.entries(options.aliases ?? {}));
  const chatCache = new Map<string, ChatModel>();
  const embeddingCache = new Map<string, EmbeddingModel>();
  const random = options.random;
  const resolvers: ModelResolver[] = [];
  const resolverFor = (id: string) => resolvers.find((resolver) => id.startsWith(resolver.prefix));
  const notFound = (id: string) =>
    new GenstackError({ code: 'model_not_found', message: `The model '${id}' does not exist.`, param: 'model' });

  function register(input: ModelEntryInput, source: ModelSource = 'config'): ModelInfo {
    const parsed = modelEntrySchema.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new GenstackError({ code: 'config_invalid', message: `Model entry '${input.id}': ${issue?.path.join('.')} ${issue?.message}` });
    }
    const entry = parsed.data;
    if (!providers.has(entry.provider)) {
      throw new GenstackError({
        code: 'config_invalid',
        message: `Model '${entry.id}' names unknown provider '${entry.provider}'. Known: ${[...providers.keys()].join(', ')}.`,
      });
    }
    models.set(entry.id, {
      entry,
      source,
      limiter: createConcurrencyLimiter({ limit: entry.concurrency, maxQueue: entry.maxQueue, name: entry.id }),
      local: isLocalModel(entry),
    });
    chatCache.clear();
    embeddingCache.clear();
    return info(entry.id);
  }

  function resolveId(id: string): string {
    let current =
      id === 'default'
        ? (options.defaultChat ?? 'builtin')
        : id === 'default-embedding'
          ? (options.defaultEmbedding ?? 'builtin-embed')
          : id;
    for (let hops = 0; hops < 10 && !models.has(current); hops += 1) {
      const next = aliases.get(current);
      if (!next) break;
      current = next;
    }
    if (!models.has(current))
      throw new GenstackError({ code: 'model_not_found', message: `The model '${id}' does not exist.`, param: 'model' });
    return current;
  }

  function registered(id: string): RegisteredModel {
    return models.get(resolveId(id)) as RegisteredModel;
  }

  function info(id: string): ModelInfo {
    const { entry, source } = registered(id);
    return {
      id: entry.id,
      provider: entry.provider,
      kind: entry.kind,
      source,
      aliases: [...aliases.entries()].filter(([, target]) => target === entry.id).map(([alias]) => alias),
      fallbacks: entry.fallbacks,
      ...(entry.description ? { description: entry.description } : {}),
      settings: maskSecrets(entry.settings),
    };
  }

  function chainLink(model: RegisteredModel): ChainLink {
    const provider = providers.get(model.entry.provider);
    if (!provider?.chatModel || model.entry.kind !== 'chat') {
      throw new GenstackError({ code: 'invalid_request', message: `The model '${model.entry.id}' is not a chat model.`, param: 'model' });
    }
    return { entry: model.entry, limiter: model.limiter, model: provider.chatModel(model.entry.id, model.entry.settings) };
  }

  for (const entry of builtinEntries) register(entry, 'builtin');
  for (const { source, ...entry } of options.entries ?? []) register(entry, source ?? 'config');

  return {
    list: () => [...[...models.keys()].map(info), ...resolvers.flatMap((resolver) => resolver.list())],
    info(id) {
      const resolver = resolverFor(id);
      if (!resolver) return info(id);
      const found = resolver.list().find((model) => model.id === id);
      if (!found) throw notFound(id);
      return found;
    },
    resolveId,
    isLocal: (id) => registered(id).local,
    register,
    addResolver(resolver) {
      resolvers.push(resolver);
    },
    chat(id) {
      const resolver = resolverFor(id);
      if (resolver) {
        const model = resolver.resolve(id);
        if (!model) throw notFound(id);
        return model;
      }
      const resolved = resolveId(id);
      const cached = chatCache.get(resolved);
      if (cached) return cached;
      const primary = registered(resolved);
      const seen = new Set([resolved]);
      const chain = [chainLink(primary)];
      for (const fallback of primary.entry.fallbacks) {
        const fallbackId = resolveId(fallback);
        if (seen.has(fallbackId)) continue;
        seen.add(fallbackId);
        chain.push(chainLink(registered(fallbackId)));
      }
      const model = createResilientChatModel({ id: resolved, chain, ...(random ? { random } : {}) });
      chatCache.set(resolved, model);
      return model;
    },
    embedding(id) {
      const resolved = resolveId(id);
      const cached = embeddingCache.get(resolved);
      if (cached) return cached;
      const { entry, limiter } = registered(resolved);
      const provider = providers.get(entry.provider);
      if (!provider?.embeddingModel || entry.kind !== 'embedding') {
        throw new GenstackError({ code: 'invalid_request', message: `The model '${entry.id}' is not an embedding model.`, param: 'model' });
      }
      const model = createResilientEmbeddingModel({
        link: { entry, limiter, model: provider.embeddingModel(entry.id, entry.settings) },
        ...(random ? { random } : {}),
      });
      embeddingCache.set(resolved, model);
      return model;
    },
    remove(id) {
      const removed = models.delete(id);
      chatCache.clear();
      embeddingCache.clear();
      return removed;
    },
    async dispose() {
      await Promise.all([...providers.values()].map((provider) => provider.dispose?.()));
    },
  };
}
