// Knowledge: ingest → chunk → index → retrieve → cite. The service is the surface the edges use.
import type Database from 'better-sqlite3';
import type { JobQueue } from '../jobs/index.ts';
import type { ModelRegistry } from '../models/index.ts';
import { createKnowledgeService, type KnowledgeServiceOptions } from './knowledge-service.ts';
import { createKnowledgeStore } from './store/index.ts';

export type * from './types.ts';
export type * from './service-types.ts';
export { createKnowledgeService, type KnowledgeServiceOptions } from './knowledge-service.ts';
export { ingestJobKind } from './ingest/ingest-job.ts';
export { checkCitations } from './answer/index.ts';

/**
 * Opens the knowledge capability on the platform's SQLite database and makes `kb:<name>` models resolvable.
 * @example
 * const knowledge = openKnowledge({ database: store.database, jobs, models });
 */
export function openKnowledge(options: {
  database: Database.Database;
  jobs: JobQueue;
  models: ModelRegistry;
  chatModel?: KnowledgeServiceOptions['chatModel'];
}) {
  const service = createKnowledgeService({
    store: createKnowledgeStore({ database: options.database }),
    jobs: options.jobs,
    models: options.models,
    ...(options.chatModel ? { chatModel: options.chatModel } : {}),
  });
  options.models.addResolver(service.resolver);
  return service;
}
