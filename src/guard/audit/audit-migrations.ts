// Tables of the audit log: the append-only record chain (UPDATE and DELETE abort in SQL) and its head anchor.
import type { Migration } from '../../store/index.ts';

export const auditMigrations: Migration[] = [
  {
    version: 1,
    name: 'hash-chained audit records and head anchor',
    sql: `
      CREATE TABLE audit_records (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        at TEXT NOT NULL,
        workspace TEXT NOT NULL,
        actor_kind TEXT NOT NULL CHECK (actor_kind IN ('key', 'cli', 'system', 'reviewer')),
        key_id TEXT,
        key_name TEXT,
        role TEXT,
        event TEXT NOT NULL,
        assistant_id TEXT,
        model TEXT,
        conversation_id TEXT,
        decisions TEXT NOT NULL,
        tool_calls TEXT NOT NULL,
        content TEXT,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      );
      CREATE INDEX audit_records_workspace ON audit_records (workspace, seq);
      CREATE INDEX audit_records_at ON audit_records (at);
      CREATE TRIGGER audit_records_no_update BEFORE UPDATE ON audit_records
        BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END;
      CREATE TRIGGER audit_records_no_delete BEFORE DELETE ON audit_records
        BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END;
      CREATE TABLE audit_head (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        seq INTEGER NOT NULL,
        hash TEXT NOT NULL,
        at TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'audit records by conversation',
    // An auditor's usual question is "what happened in this conversation / completion".
    sql: 'CREATE INDEX audit_records_conversation ON audit_records (conversation_id, seq) WHERE conversation_id IS NOT NULL;',
  },
];
