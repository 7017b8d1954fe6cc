// Knowledge base records: create (with its vector table), look up, list with counts, delete (with its vector table), stats.
import type Database from 'better-sqlite3';
import { GenstackError } from '../../core/errors.ts';
import { validateBaseName } from './base-name.ts';
import type { EmbeddingSettings, KnowledgeBase, KnowledgeBaseSummary, KnowledgeStats } from './types.ts';
import { dropSearchIndexes } from './search-indexes.ts';
import { createVectorTable, dropVectorTable } from './vector-table.ts';

type Row = Record<string, unknown>;

export function toBase(row: Row): KnowledgeBase {
  return {
    id: row.id as number,
    name: row.name as string,
    workspace: (row.workspace as string | undefined) ?? 'default',
    embedding: {
      provider: row.embedding_provider as string,
      model: row.embedding_model as string,
      dimensions: row.embedding_dimensions as number,
    },
    settings: JSON.parse(row.settings as string) as Record<string, unknown>,
    createdAt: row.created_at as string,
  };
}

/** Base-level operations over one connection, with statements prepared once. */
export function baseOperations(database: Database.Database, now: () => string) {
  const byName = database.prepare('SELECT * FROM knowledge_bases WHERE name = ?');
  const insert = database.prepare(
    `INSERT INTO knowledge_bases (name, embedding_provider, embedding_model, embedding_dimensions, settings, created_at, workspace)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const list = database.prepare(
    `SELECT b.*, (SELECT count(*) FROM knowledge_documents d WHERE d.kb_id = b.id) AS documents,
            (SELECT count(*) FROM knowledge_chunks c WHERE c.kb_id = b.id) AS chunks
     FROM knowledge_bases b ORDER BY b.name`,
  );
  const removeSearchRows = database.prepare(
    'DELETE FROM knowledge_chunk_search WHERE rowid IN (SELECT seq FROM knowledge_chunks WHERE kb_id = ?)',
  );
  const remove = database.prepare('DELETE FROM knowledge_bases WHERE id = ?');
  const mediaStats = database.prepare(
    `SELECT media_type, count(*) AS documents, sum(bytes) AS bytes, max(updated_at) AS last_updated
     FROM knowledge_documents WHERE kb_id = ? GROUP BY media_type`,
  );
  const chunkCount = database.prepare('SELECT count(*) AS n FROM knowledge_chunks WHERE kb_id = ?').pluck();

  const getBase = (name: string): KnowledgeBase => {
    const row = byName.get(validateBaseName(name)) as Row | undefined;
    if (!row) throw new GenstackError({ code: 'not_found', message: `Knowledge base '${name}' does not exist.`, param: 'kb' });
    return toBase(row);
  };

  const createBase = (input: { name: string; embedding: EmbeddingSettings; settings?: Record<string, unknown>; workspace?: string }) => {
    const name = validateBaseName(input.name);
    const dimensions = input.embedding.dimensions;
    if (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > 8192) {
      throw new GenstackError({ code: 'invalid_request', message: `Bad embedding dimensions ${dimensions}.`, param: 'dimensions' });
    }
    return database.transaction(() => {
      if (byName.get(name))
        throw new GenstackError({ code: 'conflict', message: `Knowledge base '${name}' already exists.`, param: 'name' });
      const { provider, model } = input.embedding;
      const result = insert.run(
        name,
        provider,
        model,
        dimensions,
        JSON.stringify(input.settings ?? {}),
        now(),
        input.workspace ?? 'default',
      );
      createVectorTable(database, { kbId: Number(result.lastInsertRowid), dimensions });
      return getBase(name);
    })();
  };

  const deleteBase = (name: string): void => {
    const base = getBase(name);
    database.transaction(() => {
      // FTS5 rows have no foreign key, so they go explicitly; documents and chunks cascade.
      removeSearchRows.run(base.id);
      remove.run(base.id);
      dropVectorTable(database, base.id);
    })();
    dropSearchIndexes(database, base.id);
  };

  const stats = (name: string): KnowledgeStats => {
    const base = getBase(name);
    const rows = mediaStats.all(base.id) as Row[];
    const byMediaType: KnowledgeStats['byMediaType'] = {};
    let lastUpdated: string | null = null;
    for (const row of rows) {
      byMediaType[row.media_type as string] = { documents: row.documents as number, bytes: row.bytes as number };
      const updated = row.last_updated as string;
      if (lastUpdated === null || updated > lastUpdated) lastUpdated = updated;
    }
    const values = Object.values(byMediaType);
    return {
      documents: values.reduce((sum, entry) => sum + entry.documents, 0),
      chunks: chunkCount.get(base.id) as number,
      bytes: values.reduce((sum, entry) => sum + entry.bytes, 0),
      byMediaType,
      lastUpdated,
    };
  };

  const listBases = (): KnowledgeBaseSummary[] =>
    (list.all() as Row[]).map((row) => ({ ...toBase(row), documents: row.documents as number, chunks: row.chunks as number }));

  return { getBase, createBase, deleteBase, stats, listBases, chunkCount: (name: string) => chunkCount.get(getBase(name).id) as number };
}
