// Wiring for one running genstack: config → logger, store, model registry (config entries + models registered in the store).
import { join, resolve } from 'node:path';
import { createLogger, loadConfig, type GenstackConfig, type LoadConfigOptions, type Logger } from '../core/index.ts';
import { createDefaultProviders, createModelRegistry, type ModelProvider, type ModelRegistry } from '../models/index.ts';
import { createSqliteJobQueue, type JobQueue } from '../jobs/index.ts';
import { openKnowledge, type KnowledgeService } from '../knowledge/index.ts';
import { openStore, type SqliteStore } from '../store/index.ts';
import {
  assistantModelResolver,
  createAssistantRuntime,
  sqliteStoredDefinitions,
  type AssistantRuntime,
  type StoredDefinitions,
} from '../assistants/index.ts';
import { activateBlueprint, blueprints } from '../blueprints/index.ts';
import { createSynthStudio, type SynthStudio } from '../synth/studio/index.ts';
import {
  createAuditLog,
  createReviewQueue,
  boundaryChatModel,
  resolveGuardPolicy,
  scanPii,
  applyPiiActions,
  MaskVault,
  type AuditLog,
  type GuardPolicyInput,
  type ReviewQueue,
} from '../guard/index.ts';

export interface Platform {
  config: GenstackConfig;
  logger: Logger;
  store: SqliteStore;
  /** Durable jobs; `serve` starts running them, one-off commands start it only when they need it. */
  jobs: JobQueue;
  knowledge: KnowledgeService;
  models: ModelRegistry;
  /** Assistants: installed blueprints' and user-defined ones, each also the model `assistant:<id>`. */
  assistants: AssistantRuntime;
  assistantDefinitions: StoredDefinitions;
  /** The hash-chained audit log, anchored in `<dataDir>/audit-head.json`. */
  audit: AuditLog;
  /** Outputs held for human review. */
  reviews: ReviewQueue;
  /** Synthetic data: datasets, models and reports, with fitting and sampling as jobs. */
  synth: SynthStudio;
  close(): Promise<void>;
}

export interface OpenPlatformOptions extends LoadConfigOptions {
  /** An already loaded config (tests); otherwise it is loaded from file/env/flags. */
  config?: GenstackConfig;
  providers?: ModelProvider[];
  logger?: Logger;
  fetch?: typeof fetch;
}

/**
 * Opens everything a command or the server needs.
 * @example
 * const platform = await openPlatform({ flags: { data: './.genstack' } });
 */
export async function openPlatform(options: OpenPlatformOptions = {}): Promise<Platform> {
  const config = options.config ?? loadConfig(options);
  const dataDir = resolve(options.cwd ?? process.cwd(), config.dataDir);
  const logger = options.logger ?? createLogger({ level: config.log.level });
  const store = openStore({ dataDir });
  const stored = await store.models.list();
  const models = createModelRegistry({
    providers:
      options.providers ??
      createDefaultProviders({ llamaIdleUnloadMs: config.models.llama.idleUnloadMs, ...(options.fetch ? { fetch: options.fetch } : {}) }),
    entries: [
      ...stored.map((record) => ({
        id: record.id,
        provider: record.provider,
        kind: record.kind,
        settings: record.settings,
        source: 'store' as const,
      })),
      ...config.models.entries.map((entry) => ({ ...entry, source: 'config' as const })),
    ],
    aliases: config.models.aliases,
    defaultChat: config.models.default,
    defaultEmbedding: config.models.defaultEmbedding,
  });
  const jobs = createSqliteJobQueue({ database: store.database, logger });
  const guardPolicy = config.guard.policy as GuardPolicyInput;
  const audit = createAuditLog({
    database: store.database,
    headFile: join(dataDir, 'audit-head.json'),
    // Audit records keep what happened, never the personal data itself: every finding is redacted to its type.
    maskContent: (text) => applyPiiActions({ text, findings: scanPii(text), actions: () => 'redact', vault: new MaskVault() }).text,
  });
  // The review queue is made before the assistants it delivers decisions to.
  const late: { assistants?: AssistantRuntime } = {};
  const reviews = createReviewQueue({ database: store.database, audit, onDecision: (item) => late.assistants?.deliverReviewed(item) });
  const globalPolicy = resolveGuardPolicy({ global: guardPolicy });
  const knowledge = openKnowledge({
    database: store.database,
    jobs,
    models,
    chatModel: (id) => boundaryChatModel({ models, id, policy: globalPolicy }),
  });
  const assistants = createAssistantRuntime({
    database: store.database,
    models,
    knowledge,
    logger,
    timeZone: config.timeZone,
    guardPolicy,
    audit,
    reviews,
  });
  late.assistants = assistants;
  models.addResolver(assistantModelResolver(assistants));
  for (const blueprint of blueprints) activateBlueprint({ database: store.database, runtime: assistants, blueprint });
  const assistantDefinitions = sqliteStoredDefinitions({ database: store.database });
  const synth = createSynthStudio({ database: store.database, jobs, directory: join(dataDir, 'synth') });
  for (const definition of assistantDefinitions.list()) assistants.register({ definition });
  return {
    config: { ...config, dataDir },
    logger,
    store,
    jobs,
    knowledge,
    models,
    assistants,
    assistantDefinitions,
    audit,
    reviews,
    synth,
    async close() {
      await jobs.stop();
      await assistants.close();
      await models.dispose();
      await store.close();
    },
  };
}

export { pullAndRegisterModel, type PullAndRegisterOptions } from './register-pulled-model.ts';
export { installAndActivateBlueprint, installMissingSampleBlueprints } from './blueprint-setup.ts';
