// Tables of the assistants capability: conversations, their messages and tool calls, and the human handoff queue.
import type { Migration } from '../../store/index.ts';

export const conversationMigrations: Migration[] = [
  {
    version: 1,
    name: 'conversations, messages, tool calls, handoffs',
    sql: `
      CREATE TABLE conversations (
        id TEXT PRIMARY KEY,
        assistant_id TEXT NOT NULL,
        customer_id TEXT,
        language TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'handoff', 'closed')),
        state TEXT NOT NULL,
        transcript_hash TEXT NOT NULL,
        turns INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX conversations_assistant ON conversations (assistant_id, updated_at);
      CREATE INDEX conversations_transcript ON conversations (assistant_id, transcript_hash);
      CREATE TABLE conversation_messages (
        conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('user', 'assistant', 'agent', 'system')),
        content TEXT NOT NULL,
        metadata TEXT,
        created_at TEXT NOT NULL,
        PRIMARY KEY (conversation_id, seq)
      ) WITHOUT ROWID;
      CREATE TABLE conversation_tool_calls (
        conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        message_seq INTEGER NOT NULL,
        name TEXT NOT NULL,
        arguments TEXT NOT NULL,
        status TEXT NOT NULL,
        outcome TEXT NOT NULL,
        changes_state INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (conversation_id, seq)
      ) WITHOUT ROWID;
      CREATE TABLE handoffs (
        id TEXT PRIMARY KEY,
        conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
        assistant_id TEXT NOT NULL,
        reason TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('waiting', 'taken', 'closed')),
        agent TEXT,
        created_at TEXT NOT NULL,
        taken_at TEXT,
        closed_at TEXT
      );
      CREATE INDEX handoffs_status ON handoffs (status, created_at);
    `,
  },
  {
    version: 2,
    name: 'assistant definitions',
    sql: `
      CREATE TABLE assistant_definitions (
        id TEXT PRIMARY KEY,
        definition TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 3,
    name: 'workspace of assistant definitions and conversations',
    // A conversation belongs to the workspace of its assistant when it starts; the trigger sets it in the same statement,
    // so the runtime needs no tenant logic and a later assistant with the same id cannot adopt old conversations.
    sql: `
      ALTER TABLE assistant_definitions ADD COLUMN workspace TEXT NOT NULL DEFAULT 'default';
      ALTER TABLE conversations ADD COLUMN workspace TEXT NOT NULL DEFAULT 'default';
      CREATE INDEX conversations_workspace ON conversations (workspace, updated_at);
      CREATE TRIGGER conversations_workspace_from_assistant AFTER INSERT ON conversations
      BEGIN
        UPDATE conversations
        SET workspace = coalesce((SELECT workspace FROM assistant_definitions WHERE id = NEW.assistant_id), 'default')
        WHERE id = NEW.id;
      END;
    `,
  },
];
