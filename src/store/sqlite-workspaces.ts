// Workspaces (tenants) and the ownership of resources whose own tables have no workspace column (jobs), in SQLite.
import type Database from 'better-sqlite3';
import { GenstackError } from '../core/errors.ts';
import type { WorkspaceRecord, WorkspaceRepository, WorkspaceResourceRepository } from './types.ts';

type Row = Record<string, unknown>;

function toWorkspace(row: Row): WorkspaceRecord {
  return { id: row.id as string, name: row.name as string, createdAt: row.created_at as string };
}

export function sqliteWorkspaces(database: Database.Database, now: () => string): WorkspaceRepository {
  const insert = database.prepare('INSERT INTO workspaces (id, name, created_at) VALUES (?, ?, ?)');
  const byIdOrName = database.prepare('SELECT * FROM workspaces WHERE id = ? OR name = ? ORDER BY id = ? DESC LIMIT 1');
  const all = database.prepare("SELECT * FROM workspaces ORDER BY id != 'default', created_at, id");
  return {
    async create(record) {
      return database.transaction(() => {
        if (byIdOrName.get(record.id, record.name, record.id))
          throw new GenstackError({ code: 'conflict', message: `A workspace named '${record.name}' already exists.`, param: 'name' });
        insert.run(record.id, record.name, now());
        return toWorkspace(byIdOrName.get(record.id, record.id, record.id) as Row);
      })();
    },
    async list() {
      return (all.all() as Row[]).map(toWorkspace);
    },
    async get(idOrName) {
      const row = byIdOrName.get(idOrName, idOrName, idOrName) as Row | undefined;
      return row ? toWorkspace(row) : undefined;
    },
  };
}

export function sqliteWorkspaceResources(database: Database.Database, now: () => string): WorkspaceResourceRepository {
  const assign = database.prepare(
    `INSERT INTO workspace_resources (kind, id, workspace, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (kind, id) DO UPDATE SET workspace = excluded.workspace`,
  );
  const owner = database.prepare('SELECT workspace FROM workspace_resources WHERE kind = ? AND id = ?').pluck();
  const list = database
    .prepare('SELECT id FROM workspace_resources WHERE workspace = ? AND kind = ? ORDER BY created_at DESC, id DESC LIMIT ?')
    .pluck();
  return {
    async assign(record) {
      assign.run(record.kind, record.id, record.workspace, now());
    },
    async workspaceOf(record) {
      return owner.get(record.kind, record.id) as string | undefined;
    },
    async list(filter) {
      return list.all(filter.workspace, filter.kind, filter.limit ?? 1000) as string[];
    },
  };
}
