// One sqlite-vec vec0 table per knowledge base (`kb_vec_<id>`), keyed by chunk rowid, cosine distance.
import type Database from 'better-sqlite3';

/**
 * The vector table's name; ids are integers, so the name is always a safe identifier.
 * @example
 * vectorTableName(7); // 'kb_vec_7'
 */
export function vectorTableName(kbId: number): string {
  if (!Number.isSafeInteger(kbId) || kbId < 0) throw new TypeError(`Bad knowledge base id ${kbId}`);
  return `kb_vec_${kbId}`;
}

export function createVectorTable(database: Database.Database, options: { kbId: number; dimensions: number }): void {
  const dimensions = Math.trunc(options.dimensions);
  database.exec(
    `CREATE VIRTUAL TABLE IF NOT EXISTS ${vectorTableName(options.kbId)} USING vec0 (embedding float[${dimensions}] distance_metric=cosine)`,
  );
}

export function dropVectorTable(database: Database.Database, kbId: number): void {
  database.exec(`DROP TABLE IF EXISTS ${vectorTableName(kbId)}`);
}

/**
 * Prepared insert, in-place update and delete for one base's vector table. An update rewrites the row where it sits
 * (vec0 supports it), which costs about half a delete plus insert.
 * @example
 * const statements = vectorStatements(database, base.id);
 * if (statements.update.run(vector, BigInt(rowid)).changes === 0) statements.insert.run(BigInt(rowid), vector);
 */
export function vectorStatements(database: Database.Database, kbId: number) {
  const table = vectorTableName(kbId);
  return {
    insert: database.prepare(`INSERT INTO ${table} (rowid, embedding) VALUES (?, ?)`),
    update: database.prepare(`UPDATE ${table} SET embedding = ? WHERE rowid = ?`),
    remove: database.prepare(`DELETE FROM ${table} WHERE rowid = ?`),
  };
}
