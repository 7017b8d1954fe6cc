// Persistence: the store contract and its embedded SQLite implementation.
import { join } from 'node:path';
import { openSqliteStore, type SqliteStore } from './sqlite-store.ts';

export type * from './types.ts';
export { openSqliteStore, applyMigrations, walSizeLimitBytes, type SqliteStore } from './sqlite-store.ts';
export type { Migration } from './sqlite-migrations.ts';
export { startWalCheckpointer, type WalCheckpointer } from './wal-checkpointer.ts';

/** Opens the default store for a data directory (`<dataDir>/genstack.db`). */
export function openStore(options: { dataDir: string }): SqliteStore {
  return openSqliteStore({ path: join(options.dataDir, 'genstack.db') });
}
