// Tokens each API key spent per budget period, in SQLite: one row per key and period, added to atomically.
import type Database from 'better-sqlite3';
import type { KeyUsageRepository } from './types.ts';

export function sqliteKeyUsage(database: Database.Database): KeyUsageRepository {
  const add = database.prepare(
    `INSERT INTO key_usage (key_id, period_start, tokens) VALUES (?, ?, ?)
     ON CONFLICT (key_id, period_start) DO UPDATE SET tokens = tokens + excluded.tokens`,
  );
  const tokens = database.prepare('SELECT tokens FROM key_usage WHERE key_id = ? AND period_start = ?').pluck();
  return {
    async add(record) {
      if (record.tokens > 0) add.run(record.keyId, record.periodStart, Math.round(record.tokens));
    },
    async tokens(record) {
      return (tokens.get(record.keyId, record.periodStart) as number | undefined) ?? 0;
    },
  };
}
