// The knowledge service: bases, durable ingestion, hybrid search and cited answers, shared by the API, the CLI and /v1.
import { GenstackError } from '../core/errors.ts';
import type { JobQueue } from '../jobs/types.ts';
import type { ChatModel, ModelInfo, ModelRegistry, ModelResolver } from '../models/index.ts';
import { answerFromPassages, groundedAnswerWithModel } from './answer/index.ts';
import { CORPUS_EMBEDDING_DIMENSIONS, createCorpusEmbedder, createModelEmbedder, type KnowledgeEmbedder } from './embed/index.ts';
import { expandSources } from './ingest/expand-sources.ts';
import { createIngestHandler, ingestJobKind, type IngestJobInput } from './ingest/ingest-job.ts';
import { createKnowledgeChatModel } from './knowledge-chat-model.ts';
import { searchKnowledge } from './retrieve/index.ts';
import type { KnowledgeBaseSummary, KnowledgeStore } from './store/index.ts';
import type { KnowledgeBaseInfo, KnowledgeService } from './service-types.ts';

export interface KnowledgeServiceOptions {
  store: KnowledgeStore;
  jobs: JobQueue;
  models: ModelRegistry;
  /** How many ingestion jobs run at once (each processes its documents in order). */
  ingestConcurrency?: number;
  /** The chat model grounded answers use for a model id; the platform puts remote models behind the guard's masking. */
  chatModel?: (id: string) => ChatModel;
}

function info(base: KnowledgeBaseSummary): KnowledgeBaseInfo {
  return {
    name: base.name,
    workspace: base.workspace,
    embeddingModel: base.embedding.provider === 'builtin' ? 'builtin' : base.embedding.model,
    documents: base.documents,
    chunks: base.chunks,
    createdAt: base.createdAt,
  };
}

/**
 * @example
 * const knowledge = createKnowledgeService({ store: createKnowledgeStore({ database }), jobs, models });
 * knowledge.createBase({ name: '고객 지원' });
 */
export function createKnowledgeService(options: KnowledgeServiceOptions): KnowledgeService & { resolver: ModelResolver } {
  const { store, jobs, models } = options;
  // One corpus embedder for all bases: it caches each base's fitted model.
  const corpusEmbedder = createCorpusEmbedder({ store });
  const embedder = (kb: string): KnowledgeEmbedder => {
    const { embedding } = store.getBase(kb);
    if (embedding.provider === 'builtin') return corpusEmbedder;
    return createModelEmbedder({ model: models.embedding(embedding.model), dimensions: embedding.dimensions });
  };
  jobs.register<IngestJobInput>(ingestJobKind, createIngestHandler({ store, embedder }), { concurrency: options.ingestConcurrency ?? 2 });

  const summary = (name: string) => {
    const base = store.listBases().find((candidate) => candidate.name === store.getBase(name).name);
    if (!base) throw new GenstackError({ code: 'not_found', message: `No knowledge base '${name}'.` });
    return base;
  };

  const service: KnowledgeService = {
    createBase({ name, embeddingModel, workspace }) {
      if (embeddingModel && embeddingModel !== 'builtin') {
        const model = models.embedding(embeddingModel);
        if (!model.dimensions) {
          throw new GenstackError({
            code: 'invalid_request',
            message: `Embedding model '${embeddingModel}' does not report its dimensions yet; embed once through /v1/embeddings first.`,
            param: 'embeddingModel',
          });
        }
        store.createBase({
          name,
          embedding: { provider: 'registry', model: embeddingModel, dimensions: model.dimensions },
          ...(workspace ? { workspace } : {}),
        });
      } else {
        store.createBase({
          name,
          embedding: { provider: 'builtin', model: 'corpus-random-indexing', dimensions: CORPUS_EMBEDDING_DIMENSIONS },
          ...(workspace ? { workspace } : {}),
        });
      }
      return info(summary(name));
    },
    listBases: (filter = {}) =>
      store
        .listBases()
        .filter((base) => filter.workspace === undefined || base.workspace === filter.workspace)
        .map(info),
    workspaceOf(name) {
      try {
        return store.getBase(name).workspace;
      } catch {
        return undefined;
      }
    },
    stats(name) {
      const stats = store.stats(name);
      return {
        ...info(summary(name)),
        bytes: stats.bytes,
        byMediaType: Object.fromEntries(Object.entries(stats.byMediaType).map(([type, counts]) => [type, counts.documents])),
        updatedAt: stats.lastUpdated,
      };
    },
    deleteBase: (name) => store.deleteBase(name),
    ingest({ name, sources }) {
      const base = store.getBase(name);
      return jobs.enqueue(ingestJobKind, { kb: base.name, sources: expandSources(sources) } satisfies IngestJobInput);
    },
    search(name, request) {
      const base = store.getBase(name);
      const kbEmbedder = embedder(base.name);
      return searchKnowledge({ store, kb: base.name, request, embedQuery: (text) => kbEmbedder.embedQuery({ kb: base.name, text }) });
    },
    async ask(name, request) {
      const passages = await service.search(name, {
        query: request.question,
        k: request.k ?? 5,
        ...(request.filter ? { filter: request.filter } : {}),
      });
      if (!request.model || request.model === 'builtin') return answerFromPassages({ question: request.question, passages });
      return groundedAnswerWithModel({
        model: options.chatModel?.(request.model) ?? models.chat(request.model),
        question: request.question,
        passages,
        ...(request.signal ? { signal: request.signal } : {}),
      });
    },
    removeSource(name, path) {
      if (!store.removeDocument(name, path))
        throw new GenstackError({ code: 'not_found', message: `Knowledge base '${name}' has no source '${path}'.`, param: 'path' });
    },
    chatModel(name) {
      try {
        store.getBase(name);
      } catch {
        return undefined;
      }
      return createKnowledgeChatModel({ name, ask: (request) => service.ask(name, request) });
    },
  };

  const resolver: ModelResolver = {
    prefix: 'kb:',
    resolve: (id) => service.chatModel(id.slice('kb:'.length)),
    list: () =>
      store.listBases().map((base): ModelInfo => ({
        id: `kb:${base.name}`,
        provider: 'knowledge',
        kind: 'chat',
        source: 'store',
        aliases: [],
        fallbacks: [],
        description: `Cited answers from knowledge base '${base.name}'`,
        settings: {},
      })),
  };
  return { ...service, resolver };
}
