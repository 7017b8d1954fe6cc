// Assistant definitions added by users (CLI or API), kept in SQLite and registered again at every start.
import type Database from 'better-sqlite3';
import { applyMigrations } from '../../store/index.ts';
import { conversationMigrations } from '../conversations/conversation-migrations.ts';
import type { AssistantDefinition } from '../definition.ts';

export interface StoredDefinitions {
  list(): AssistantDefinition[];
  /** Saves a definition in a workspace (default 'default'); an existing one keeps its workspace. */
  save(definition: AssistantDefinition, options?: { workspace?: string }): void;
  remove(id: string): boolean;
  /** The workspace of a user-defined assistant; undefined for others (blueprint assistants belong to 'default'). */
  workspaceOf(id: string): string | undefined;
}

export function sqliteStoredDefinitions(options: { database: Database.Database; now?: () => Date }): StoredDefinitions {
  const { database } = options;
  applyMigrations(database, { scope: 'assistants', migrations: conversationMigrations });
  const now = () => (options.now ?? (() => new Date()))().toISOString();
  return {
    list: () =>
      (database.prepare('SELECT definition FROM assistant_definitions ORDER BY id').all() as Array<{ definition: string }>).map(
        (row) => JSON.parse(row.definition) as AssistantDefinition,
      ),
    save(definition, saveOptions = {}) {
      const at = now();
      database
        .prepare(
          `INSERT INTO assistant_definitions (id, definition, created_at, updated_at, workspace) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET definition = excluded.definition, updated_at = excluded.updated_at`,
        )
        .run(definition.id, JSON.stringify(definition), at, at, saveOptions.workspace ?? 'default');
    },
    remove: (id) => database.prepare('DELETE FROM assistant_definitions WHERE id = ?').run(id).changes > 0,
    workspaceOf: (id) => database.prepare('SELECT workspace FROM assistant_definitions WHERE id = ?').pluck().get(id) as string | undefined,
  };
}
