// The embedded SQLite store (better-sqlite3): WAL, foreign keys, migrations, one transaction per logical write.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { GenstackError } from '../core/errors.ts';
import { sqliteMigrations, type Migration } from './sqlite-migrations.ts';
import { sqliteKeyUsage } from './sqlite-key-usage.ts';
import { sqliteWorkspaceResources, sqliteWorkspaces } from './sqlite-workspaces.ts';
import type { ApiKeyRecord, ApiKeyRepository, ModelRecord, ModelRecordRepository, Store, TokenBudget } from './types.ts';

type Row = Record<string, unknown>;

/** The size the WAL file is cut back to once a checkpoint has emptied it. */
export const walSizeLimitBytes = 32 * 1024 * 1024;

/** The SQLite store also hands its database to capabilities that keep their own tables in it (jobs, knowledge). */
export type SqliteStore = Store & { readonly kind: 'sqlite'; readonly database: Database.Database };

export interface SqliteStoreOptions {
  /** Database file, or ':memory:'. */
  path: string;
  migrations?: Migration[];
  now?: () => Date;
}

/**
 * Opens (creating if needed) a SQLite store and brings its schema up to date.
 * @example
 * const store = openSqliteStore({ path: '.genstack/genstack.db' });
 */
export function openSqliteStore(options: SqliteStoreOptions): SqliteStore {
  if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
  let database: Database.Database;
  try {
    database = new Database(options.path);
    database.pragma('journal_mode = WAL');
    database.pragma('foreign_keys = ON');
    database.pragma('busy_timeout = 5000');
    database.pragma('synchronous = NORMAL');
    // A checkpoint empties the WAL but leaves the file at its high-water size (a large ingest can leave hundreds of
    // megabytes); with a limit the next write after a checkpoint truncates it back.
    database.pragma(`journal_size_limit = ${walSizeLimitBytes}`);
  } catch (error) {
    throw new GenstackError({
      code: 'internal_error',
      message: `Cannot open database ${options.path}: ${(error as Error).message}`,
      cause: error,
    });
  }
  applyMigrations(database, { scope: 'core', migrations: options.migrations ?? sqliteMigrations });
  const now = () => (options.now ?? (() => new Date()))().toISOString();
  return {
    kind: 'sqlite',
    database,
    apiKeys: sqliteApiKeys(database, now),
    models: sqliteModels(database, now),
    workspaces: sqliteWorkspaces(database, now),
    keyUsage: sqliteKeyUsage(database),
    workspaceResources: sqliteWorkspaceResources(database, now),
    close: async () => void database.close(),
  };
}

/**
 * Applies a capability's migrations once each, in order, each in its own transaction. Every capability has its own
 * `scope`, so it owns its tables and version numbers.
 * @example
 * applyMigrations(database, { scope: 'jobs', migrations: jobMigrations });
 */
export function applyMigrations(database: Database.Database, options: { scope: string; migrations: Migration[] }): void {
  database.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (scope TEXT NOT NULL, version INTEGER NOT NULL, name TEXT NOT NULL, applied_at TEXT NOT NULL, PRIMARY KEY (scope, version))',
  );
  const applied = new Set(
    (database.prepare('SELECT version FROM schema_migrations WHERE scope = ?').all(options.scope) as Row[]).map(
      (row) => row.version as number,
    ),
  );
  const record = database.prepare('INSERT INTO schema_migrations (scope, version, name, applied_at) VALUES (?, ?, ?, ?)');
  for (const migration of [...options.migrations].sort((a, b) => a.version - b.version)) {
    if (applied.has(migration.version)) continue;
    database.transaction(() => {
      database.exec(migration.sql);
      record.run(options.scope, migration.version, migration.name, new Date().toISOString());
    })();
  }
}

function toApiKey(row: Row): ApiKeyRecord {
  return {
    id: row.id as string,
    name: row.name as string,
    prefix: row.prefix as string,
    role: row.role as ApiKeyRecord['role'],
    workspace: (row.workspace as string | undefined) ?? 'default',
    rateLimitPerMinute: (row.rate_limit_per_minute as number | null) ?? null,
    tokenBudget: row.token_budget ? (JSON.parse(row.token_budget as string) as TokenBudget) : null,
    createdAt: row.created_at as string,
    lastUsedAt: (row.last_used_at as string | null) ?? null,
    revokedAt: (row.revoked_at as string | null) ?? null,
  };
}

function sqliteApiKeys(database: Database.Database, now: () => string): ApiKeyRepository {
  const insert = database.prepare(
    `INSERT INTO api_keys (id, name, prefix, role, hash, workspace, rate_limit_per_minute, token_budget, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const byId = database.prepare('SELECT * FROM api_keys WHERE id = ?');
  const byHash = database.prepare('SELECT * FROM api_keys WHERE hash = ? AND revoked_at IS NULL');
  const all = database.prepare('SELECT * FROM api_keys ORDER BY created_at, id');
  const inWorkspace = database.prepare('SELECT * FROM api_keys WHERE workspace = ? ORDER BY created_at, id');
  const revoke = database.prepare('UPDATE api_keys SET revoked_at = ? WHERE (id = ? OR name = ?) AND revoked_at IS NULL');
  const touch = database.prepare('UPDATE api_keys SET last_used_at = ? WHERE id = ?');
  return {
    async create(record) {
      insert.run(
        record.id,
        record.name,
        record.prefix,
        record.role,
        record.hash,
        record.workspace ?? 'default',
        record.rateLimitPerMinute ?? null,
        record.tokenBudget ? JSON.stringify(record.tokenBudget) : null,
        now(),
      );
      return toApiKey(byId.get(record.id) as Row);
    },
    async list(filter = {}) {
      const rows = filter.workspace === undefined ? all.all() : inWorkspace.all(filter.workspace);
      return (rows as Row[]).map(toApiKey);
    },
    async findActiveByHash(hash) {
      const row = byHash.get(hash) as Row | undefined;
      return row ? toApiKey(row) : undefined;
    },
    async revoke(idOrName) {
      return revoke.run(now(), idOrName, idOrName).changes > 0;
    },
    async touch(id, at) {
      touch.run(at, id);
    },
  };
}

function toModel(row: Row): ModelRecord {
  return {
    id: row.id as string,
    provider: row.provider as string,
    kind: row.kind as ModelRecord['kind'],
    settings: JSON.parse(row.settings as string) as Record<string, unknown>,
    createdAt: row.created_at as string,
  };
}

function sqliteModels(database: Database.Database, now: () => string): ModelRecordRepository {
  const upsert = database.prepare(
    `INSERT INTO models (id, provider, kind, settings, created_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET provider = excluded.provider, kind = excluded.kind, settings = excluded.settings`,
  );
  const byId = database.prepare('SELECT * FROM models WHERE id = ?');
  const all = database.prepare('SELECT * FROM models ORDER BY id');
  const remove = database.prepare('DELETE FROM models WHERE id = ?');
  return {
    async upsert(record) {
      upsert.run(record.id, record.provider, record.kind, JSON.stringify(record.settings), now());
      return toModel(byId.get(record.id) as Row);
    },
    async list() {
      return (all.all() as Row[]).map(toModel);
    },
    async get(id) {
      const row = byId.get(id) as Row | undefined;
      return row ? toModel(row) : undefined;
    },
    async remove(id) {
      return remove.run(id).changes > 0;
    },
  };
}
