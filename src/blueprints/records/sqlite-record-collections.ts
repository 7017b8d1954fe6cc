// Blueprint records in the platform's SQLite database: one table, keyed by blueprint, collection and id, indexed by owner.
import type Database from 'better-sqlite3';
import { GenstackError } from '../../core/index.ts';
import { applyMigrations, type Migration } from '../../store/index.ts';
import type { RecordCollections, StoredRecord } from './types.ts';

const migrations: Migration[] = [
  {
    version: 1,
    name: 'blueprint records',
    sql: `
      CREATE TABLE blueprint_records (
        blueprint TEXT NOT NULL,
        collection TEXT NOT NULL,
        id TEXT NOT NULL,
        owner TEXT,
        data TEXT NOT NULL,
        PRIMARY KEY (blueprint, collection, id)
      ) WITHOUT ROWID;
      CREATE INDEX blueprint_records_owner ON blueprint_records (blueprint, collection, owner, id);
      CREATE TABLE blueprint_installs (
        blueprint TEXT PRIMARY KEY,
        source TEXT NOT NULL,
        counts TEXT NOT NULL,
        installed_at TEXT NOT NULL
      );
    `,
  },
];

export function applyRecordMigrations(database: Database.Database): void {
  applyMigrations(database, { scope: 'blueprints', migrations });
}

/** Versions shared by every accessor of the same database, so a write through one invalidates the caches of all. */
const versionsByDatabase = new WeakMap<Database.Database, Map<string, number>>();

/**
 * @example
 * const records = sqliteRecordCollections({ database, blueprint: 'energy-store' });
 * records.get<Order>('orders', 'O-100001');
 */
export function sqliteRecordCollections(options: { database: Database.Database; blueprint: string }): RecordCollections {
  const { database, blueprint } = options;
  applyRecordMigrations(database);
  let versions = versionsByDatabase.get(database);
  if (!versions) versionsByDatabase.set(database, (versions = new Map()));
  const shared = versions;
  const key = (collection: string) => `${blueprint}\u0000${collection}`;
  const bump = (collection: string) => shared.set(key(collection), (shared.get(key(collection)) ?? 0) + 1);
  const cache = new Map<string, { version: number; records: readonly unknown[] }>();

  const getStatement = database.prepare('SELECT data FROM blueprint_records WHERE blueprint = ? AND collection = ? AND id = ?');
  const byOwnerStatement = database.prepare(
    // Named, because without table statistics SQLite walks the primary key for ORDER BY id instead (53 ms at 100k orders).
    'SELECT data FROM blueprint_records INDEXED BY blueprint_records_owner WHERE blueprint = ? AND collection = ? AND owner = ? ORDER BY id',
  );
  const allStatement = database.prepare('SELECT data FROM blueprint_records WHERE blueprint = ? AND collection = ? ORDER BY id');
  const countStatement = database.prepare('SELECT count(*) AS n FROM blueprint_records WHERE blueprint = ? AND collection = ?');
  const updateStatement = database.prepare('UPDATE blueprint_records SET data = ? WHERE blueprint = ? AND collection = ? AND id = ?');
  const insertStatement = database.prepare('INSERT INTO blueprint_records (blueprint, collection, id, owner, data) VALUES (?, ?, ?, ?, ?)');
  const lastInSeriesStatement = database.prepare(
    'SELECT id FROM blueprint_records WHERE blueprint = ? AND collection = ? AND id >= ? AND id < ? AND id GLOB ? ORDER BY id DESC LIMIT 1',
  );
  const parse = (row: unknown) => JSON.parse((row as { data: string }).data) as unknown;

  return {
    get: <T>(collection: string, id: string) => {
      const row = getStatement.get(blueprint, collection, id);
      return row === undefined ? undefined : (parse(row) as T);
    },
    listByOwner: <T>(collection: string, owner: string) => byOwnerStatement.all(blueprint, collection, owner).map(parse) as T[],
    all: <T>(collection: string) => {
      const version = shared.get(key(collection)) ?? 0;
      const cached = cache.get(collection);
      if (cached && cached.version === version) return cached.records as readonly T[];
      const records = Object.freeze(allStatement.all(blueprint, collection).map(parse));
      cache.set(collection, { version, records });
      return records as readonly T[];
    },
    count: (collection: string) => (countStatement.get(blueprint, collection) as { n: number }).n,
    update: <T>(collection: string, id: string, change: (record: T) => T) =>
      database.transaction(() => {
        const row = getStatement.get(blueprint, collection, id);
        if (row === undefined) throw new GenstackError({ code: 'not_found', message: `No ${collection} record '${id}'.` });
        const changed = change(parse(row) as T);
        updateStatement.run(JSON.stringify(changed), blueprint, collection, id);
        bump(collection);
        return changed;
      })(),
    insert: <T>(collection: string, record: StoredRecord<T>) => {
      insertStatement.run(blueprint, collection, record.id, record.owner ?? null, JSON.stringify(record.data));
      bump(collection);
    },
    insertNext: <T>(
      collection: string,
      series: { prefix: string; digits: number; first?: number },
      build: (id: string) => StoredRecord<T>,
    ) =>
      database
        .transaction(() => {
          // Only ids of the series' exact shape count (imported data may hold 'O-5001' next to 'O-100234'); zero-padded to
          // one width, they sort by number.
          const digits = '[0-9]'.repeat(series.digits);
          const pattern = `${series.prefix.replace(/[[\]*?]/gu, '[$&]')}${digits}`;
          const last = lastInSeriesStatement.get(blueprint, collection, series.prefix, `${series.prefix}\uffff`, pattern) as
            { id: string } | undefined;
          const number = last ? Number(last.id.slice(series.prefix.length)) + 1 : (series.first ?? 1);
          const record = build(`${series.prefix}${String(number).padStart(series.digits, '0')}`);
          insertStatement.run(blueprint, collection, record.id, record.owner ?? null, JSON.stringify(record.data));
          bump(collection);
          return record.data;
        })
        .immediate(),
    version: (collection: string) => shared.get(key(collection)) ?? 0,
  };
}

/** Replaces all of a blueprint's records in one transaction: an import either lands whole or not at all. */
export function replaceBlueprintRecords(options: {
  database: Database.Database;
  blueprint: string;
  source: string;
  collections: Record<string, StoredRecord[]>;
  now?: Date;
}): Record<string, number> {
  const { database, blueprint } = options;
  applyRecordMigrations(database);
  const counts: Record<string, number> = {};
  database.transaction(() => {
    database.prepare('DELETE FROM blueprint_records WHERE blueprint = ?').run(blueprint);
    const insert = database.prepare('INSERT INTO blueprint_records (blueprint, collection, id, owner, data) VALUES (?, ?, ?, ?, ?)');
    for (const [collection, records] of Object.entries(options.collections)) {
      for (const record of records) insert.run(blueprint, collection, record.id, record.owner ?? null, JSON.stringify(record.data));
      counts[collection] = records.length;
    }
    database
      .prepare('INSERT OR REPLACE INTO blueprint_installs (blueprint, source, counts, installed_at) VALUES (?, ?, ?, ?)')
      .run(blueprint, options.source, JSON.stringify(counts), (options.now ?? new Date()).toISOString());
  })();
  // Fresh statistics after a bulk import, so the planner picks the owner index for every per-customer read.
  database.exec('ANALYZE blueprint_records');
  const versions = versionsByDatabase.get(database);
  if (versions)
    for (const key of [...versions.keys()]) if (key.startsWith(`${blueprint}\u0000`)) versions.set(key, (versions.get(key) ?? 0) + 1);
  return counts;
}

/** When (and from where) a blueprint's data was installed, or undefined if it never was. */
export function blueprintInstall(
  database: Database.Database,
  blueprint: string,
): { source: string; counts: Record<string, number>; installedAt: string } | undefined {
  applyRecordMigrations(database);
  const row = database.prepare('SELECT source, counts, installed_at FROM blueprint_installs WHERE blueprint = ?').get(blueprint) as
    { source: string; counts: string; installed_at: string } | undefined;
  return row && { source: row.source, counts: JSON.parse(row.counts) as Record<string, number>, installedAt: row.installed_at };
}
