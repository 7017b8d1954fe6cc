// Prepared statements keyed by SQL text per connection: filters change the SQL, but each shape is prepared once.
import type Database from 'better-sqlite3';

const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * @example
 * prepared(database, 'SELECT 1').get();
 */
export function prepared(database: Database.Database, sql: string): Database.Statement {
  let cache = caches.get(database);
  if (!cache) caches.set(database, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) {
    if (cache.size > 200) cache.clear();
    cache.set(sql, (statement = database.prepare(sql)));
  }
  return statement;
}
