// The review queue on SQLite: hold an output, then one decision per item, each written together with its audit record.
import type Database from 'better-sqlite3';
import { GenstackError, createId } from '../../core/index.ts';
import { applyMigrations } from '../../store/index.ts';
import type { AuditLog } from '../audit/index.ts';
import { reviewMigrations } from './review-migrations.ts';
import type { DecisionInput, ReviewItem, ReviewQueue, ReviewStatus } from './review-types.ts';

export interface ReviewQueueOptions {
  database: Database.Database;
  audit: AuditLog;
  /** Called after a decision is committed, so the assistant runtime can deliver the approved or edited text. */
  onDecision?: (item: ReviewItem) => void;
  now?: () => Date;
}

type Row = Record<string, unknown>;

function toItem(row: Row): ReviewItem {
  return {
    id: row.id as string,
    workspace: row.workspace as string,
    createdAt: row.created_at as string,
    status: row.status as ReviewStatus,
    assistantId: (row.assistant_id as string | null) ?? null,
    conversationId: (row.conversation_id as string | null) ?? null,
    reason: row.reason as string,
    policy: row.policy as string,
    language: row.language as string,
    originalOutput: row.original_output as string,
    finalOutput: (row.final_output as string | null) ?? null,
    reviewer: (row.reviewer as string | null) ?? null,
    decidedAt: (row.decided_at as string | null) ?? null,
    note: (row.note as string | null) ?? null,
  };
}

/**
 * @example
 * const reviews = createReviewQueue({ database: store.database, audit });
 * const item = reviews.hold({ reason: 'clinical content', policy: 'clinical-review', language: 'ko', output });
 * reviews.approve({ id: item.id, reviewer: 'dr-kim' });
 */
export function createReviewQueue(options: ReviewQueueOptions): ReviewQueue {
  const { database, audit } = options;
  const now = () => (options.now ?? (() => new Date()))().toISOString();
  applyMigrations(database, { scope: 'review', migrations: reviewMigrations });
  const insert = database.prepare(
    `INSERT INTO review_items (id, workspace, created_at, status, assistant_id, conversation_id, reason, policy, language, original_output)
     VALUES (?, ?, ?, 'pending', ?, ?, ?, ?, ?, ?)`,
  );
  const select = database.prepare('SELECT * FROM review_items WHERE id = ?');
  const decide = database.prepare(
    `UPDATE review_items SET status = ?, final_output = ?, reviewer = ?, decided_at = ?, note = ? WHERE id = ? AND status = 'pending'`,
  );

  function get(id: string, filter: { workspace?: string } = {}): ReviewItem | undefined {
    const row = select.get(id) as Row | undefined;
    if (!row || (filter.workspace !== undefined && row.workspace !== filter.workspace)) return undefined;
    return toItem(row);
  }

  const decideInTransaction = database.transaction(
    (input: DecisionInput & { status: Exclude<ReviewStatus, 'pending'>; text?: string }): ReviewItem => {
      const item = get(input.id, input.workspace === undefined ? {} : { workspace: input.workspace });
      if (!item) throw new GenstackError({ code: 'not_found', message: `No review item '${input.id}'.`, param: 'id' });
      if (item.status !== 'pending')
        throw new GenstackError({
          code: 'conflict',
          message: `Review item '${item.id}' was already ${item.status} by ${item.reviewer ?? 'someone'}.`,
        });
      const finalOutput = input.status === 'approved' ? item.originalOutput : input.status === 'edited' ? (input.text ?? '') : null;
      decide.run(input.status, finalOutput, input.reviewer, now(), input.note ?? null, item.id);
      const decided = get(item.id) as ReviewItem;
      // Last in the transaction: the audit append writes the head file, which must only move once the rest succeeded.
      audit.append({
        event: 'review.decision',
        workspace: decided.workspace,
        actor: {
          kind: 'reviewer',
          keyName: input.reviewer,
          ...(input.keyId ? { keyId: input.keyId } : {}),
          ...(input.role ? { role: input.role } : {}),
        },
        ...(decided.assistantId ? { assistantId: decided.assistantId } : {}),
        ...(decided.conversationId ? { conversationId: decided.conversationId } : {}),
        decisions: [
          { policy: decided.policy, action: decided.status, detail: [`review ${decided.id}`, input.note].filter(Boolean).join(': ') },
        ],
        content: { output: decided.finalOutput ?? '' },
      });
      return decided;
    },
  );

  function decideAndNotify(input: DecisionInput & { status: Exclude<ReviewStatus, 'pending'>; text?: string }): ReviewItem {
    const reviewer = input.reviewer.trim();
    if (!reviewer) throw new GenstackError({ code: 'invalid_request', message: 'Say who reviews (reviewer).', param: 'reviewer' });
    const decided = decideInTransaction.immediate({ ...input, reviewer });
    options.onDecision?.(decided);
    return decided;
  }

  return {
    hold(input) {
      if (!input.output)
        throw new GenstackError({ code: 'invalid_request', message: 'Nothing to hold: the output is empty.', param: 'output' });
      const id = createId('rev');
      const workspace = input.workspace ?? 'default';
      database
        .transaction(() => {
          insert.run(
            id,
            workspace,
            now(),
            input.assistantId ?? null,
            input.conversationId ?? null,
            input.reason,
            input.policy,
            input.language,
            input.output,
          );
          audit.append({
            event: 'review.held',
            workspace,
            ...(input.assistantId ? { assistantId: input.assistantId } : {}),
            ...(input.conversationId ? { conversationId: input.conversationId } : {}),
            decisions: [{ policy: input.policy, action: 'hold', detail: `review ${id}: ${input.reason}` }],
            content: { output: input.output },
          });
        })
        .immediate();
      return get(id) as ReviewItem;
    },
    list(filter = {}) {
      const clauses: string[] = [];
      const values: unknown[] = [];
      if (filter.workspace !== undefined) {
        clauses.push('workspace = ?');
        values.push(filter.workspace);
      }
      if (filter.status !== undefined) {
        clauses.push('status = ?');
        values.push(filter.status);
      }
      const where = clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '';
      const limit = Math.max(1, Math.min(filter.limit ?? 100, 1000));
      return (
        database.prepare(`SELECT * FROM review_items ${where} ORDER BY created_at, rowid LIMIT ?`).all(...values, limit) as Row[]
      ).map(toItem);
    },
    get,
    approve: (input) => decideAndNotify({ ...input, status: 'approved' }),
    edit: (input) => {
      if (!input.text.trim()) throw new GenstackError({ code: 'invalid_request', message: 'The edited text is empty.', param: 'text' });
      return decideAndNotify({ ...input, status: 'edited' });
    },
    reject: (input) => decideAndNotify({ ...input, status: 'rejected' }),
  };
}
