// Persistence: the store contract and its embedded SQLite implementation.
import { join } from 'node:path';
import { openSqliteStore } from './sqlite-store.ts';
import type { Store } from './types.ts';

export type * from './types.ts';
export { openSqliteStore } from './sqlite-store.ts';

/** Opens the default store for a data directory (`<dataDir>/genstack.db`). */
export function openStore(options: { dataDir: string }): Store {
  return openSqliteStore({ path: join(options.dataDir, 'genstack.db') });
}
