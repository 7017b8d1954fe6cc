// Schema migrations for the SQLite store, applied in order, each in its own transaction; never edit a released one.

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const sqliteMigrations: Migration[] = [
  {
    version: 1,
    name: 'api keys and registered models',
    sql: `
      CREATE TABLE api_keys (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        prefix TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('admin', 'builder', 'user')),
        hash TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        last_used_at TEXT,
        revoked_at TEXT
      );
      CREATE INDEX api_keys_name ON api_keys (name);
      CREATE TABLE models (
        id TEXT PRIMARY KEY,
        provider TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('chat', 'embedding')),
        settings TEXT NOT NULL CHECK (json_valid(settings)),
        created_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'workspaces, key workspace and limits, key usage, workspace resources',
    sql: `
      CREATE TABLE workspaces (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL
      );
      INSERT INTO workspaces (id, name, created_at) VALUES ('default', 'default', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
      ALTER TABLE api_keys ADD COLUMN workspace TEXT NOT NULL DEFAULT 'default';
      ALTER TABLE api_keys ADD COLUMN rate_limit_per_minute INTEGER CHECK (rate_limit_per_minute IS NULL OR rate_limit_per_minute > 0);
      ALTER TABLE api_keys ADD COLUMN token_budget TEXT CHECK (token_budget IS NULL OR json_valid(token_budget));
      CREATE INDEX api_keys_workspace ON api_keys (workspace);
      CREATE TABLE key_usage (
        key_id TEXT NOT NULL REFERENCES api_keys (id) ON DELETE CASCADE,
        period_start TEXT NOT NULL,
        tokens INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (key_id, period_start)
      ) WITHOUT ROWID;
      CREATE TABLE workspace_resources (
        kind TEXT NOT NULL,
        id TEXT NOT NULL,
        workspace TEXT NOT NULL REFERENCES workspaces (id),
        created_at TEXT NOT NULL,
        PRIMARY KEY (kind, id)
      ) WITHOUT ROWID;
      CREATE INDEX workspace_resources_list ON workspace_resources (workspace, kind, created_at);
    `,
  },
];
