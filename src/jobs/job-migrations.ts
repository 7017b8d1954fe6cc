// Schema of the job queue's own tables (scope 'jobs'), applied by the store's migration runner; never edit a released one.
import type { Migration } from '../store/index.ts';

export const jobMigrations: Migration[] = [
  {
    version: 1,
    name: 'jobs and job items',
    sql: `
      CREATE TABLE jobs (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
        input TEXT NOT NULL CHECK (json_valid(input)),
        progress TEXT NOT NULL CHECK (json_valid(progress)),
        result TEXT CHECK (result IS NULL OR json_valid(result)),
        error TEXT CHECK (error IS NULL OR json_valid(error)),
        attempts INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        started_at TEXT,
        finished_at TEXT,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX jobs_status_kind_created ON jobs (status, kind, created_at);
      CREATE INDEX jobs_created ON jobs (created_at);
      CREATE TABLE job_items (
        job_id TEXT NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'done', 'failed', 'skipped')),
        error TEXT CHECK (error IS NULL OR json_valid(error)),
        result TEXT CHECK (result IS NULL OR json_valid(result)),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (job_id, key)
      );
    `,
  },
];
