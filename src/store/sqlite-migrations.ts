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
];
