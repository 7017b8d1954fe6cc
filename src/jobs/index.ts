// Durable background jobs with progress: the contract every long-running capability uses, and its embedded SQLite queue.
export type * from './types.ts';
export { createSqliteJobQueue, type SqliteJobQueueOptions } from './sqlite-job-queue.ts';
