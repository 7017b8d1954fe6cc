// Tables of the human review queue.
import type { Migration } from '../../store/index.ts';

export const reviewMigrations: Migration[] = [
  {
    version: 1,
    name: 'review items',
    sql: `
      CREATE TABLE review_items (
        id TEXT PRIMARY KEY,
        workspace TEXT NOT NULL,
        created_at TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'edited', 'rejected')),
        assistant_id TEXT,
        conversation_id TEXT,
        reason TEXT NOT NULL,
        policy TEXT NOT NULL,
        language TEXT NOT NULL,
        original_output TEXT NOT NULL,
        final_output TEXT,
        reviewer TEXT,
        decided_at TEXT,
        note TEXT
      );
      CREATE INDEX review_items_queue ON review_items (workspace, status, created_at);
    `,
  },
];
