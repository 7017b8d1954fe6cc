// Conversations in SQLite: each turn (messages, tool calls, state, a handoff) is written in one transaction.
import type Database from 'better-sqlite3';
import { GenstackError, createId } from '../../core/index.ts';
import { applyMigrations } from '../../store/index.ts';
import { conversationMigrations } from './conversation-migrations.ts';
import { extendTranscriptHash } from './transcript-hash.ts';
import type { Conversation, ConversationMessage, ConversationStatus, Handoff, StoredToolCall, TurnRecord } from './types.ts';

export interface ConversationStore {
  create(input: { assistantId: string; language: 'ko' | 'en'; transcriptHash: string; state: Record<string, unknown> }): Conversation;
  get(id: string): Conversation | undefined;
  /** The most recent conversation of an assistant whose transcript hashes to `hash`. */
  findByTranscript(assistantId: string, hash: string): Conversation | undefined;
  list(filter?: { assistantId?: string; status?: ConversationStatus; workspace?: string; limit?: number }): Conversation[];
  messages(conversationId: string): ConversationMessage[];
  toolCalls(conversationId: string): StoredToolCall[];
  recordTurn(turn: TurnRecord): { handoff: Handoff | undefined };
  /** Handoffs, optionally of one status and of one workspace's conversations. */
  handoffs(filter?: { status?: Handoff['status']; workspace?: string }): Handoff[];
  getHandoff(id: string): Handoff | undefined;
  takeHandoff(input: { id: string; agent: string }): Handoff;
  /** A person's reply on a taken handoff, appended to the conversation. */
  agentReply(input: { id: string; agent: string; content: string }): ConversationMessage;
  /** Ends the handoff; the assistant answers the conversation again. */
  closeHandoff(input: { id: string; agent: string }): Handoff;
  /** A message that arrives outside a turn, e.g. a reply a reviewer approved. */
  appendMessage(input: { conversationId: string; message: Omit<ConversationMessage, 'seq' | 'createdAt'> }): ConversationMessage;
}

type Row = Record<string, unknown>;

function toConversation(row: Row): Conversation {
  return {
    id: row.id as string,
    assistantId: row.assistant_id as string,
    workspace: (row.workspace as string | undefined) ?? 'default',
    customerId: (row.customer_id as string | null) ?? undefined,
    language: row.language as 'ko' | 'en',
    status: row.status as ConversationStatus,
    state: JSON.parse(row.state as string) as Record<string, unknown>,
    transcriptHash: row.transcript_hash as string,
    turns: row.turns as number,
    createdAt: row.created_at as string,
    updatedAt: row.updated_at as string,
  };
}

function toHandoff(row: Row): Handoff {
  return {
    id: row.id as string,
    conversationId: row.conversation_id as string,
    assistantId: row.assistant_id as string,
    reason: row.reason as string,
    status: row.status as Handoff['status'],
    agent: (row.agent as string | null) ?? undefined,
    createdAt: row.created_at as string,
    takenAt: (row.taken_at as string | null) ?? undefined,
    closedAt: (row.closed_at as string | null) ?? undefined,
  };
}

/**
 * @example
 * const conversations = sqliteConversationStore({ database });
 * const conversation = conversations.create({ assistantId: 'energy-store', language: 'ko', transcriptHash, state: {} });
 */
export function sqliteConversationStore(options: { database: Database.Database; now?: () => Date }): ConversationStore {
  const { database } = options;
  applyMigrations(database, { scope: 'assistants', migrations: conversationMigrations });
  const now = () => (options.now ?? (() => new Date()))().toISOString();
  const statements = {
    get: database.prepare('SELECT * FROM conversations WHERE id = ?'),
    byTranscript: database.prepare(
      'SELECT * FROM conversations WHERE assistant_id = ? AND transcript_hash = ? ORDER BY updated_at DESC LIMIT 1',
    ),
    insert: database.prepare(
      `INSERT INTO conversations (id, assistant_id, customer_id, language, status, state, transcript_hash, turns, created_at, updated_at)
       VALUES (?, ?, NULL, ?, 'open', ?, ?, 0, ?, ?)`,
    ),
    lastSeq: database.prepare('SELECT coalesce(max(seq), 0) AS seq FROM conversation_messages WHERE conversation_id = ?'),
    lastCallSeq: database.prepare('SELECT coalesce(max(seq), 0) AS seq FROM conversation_tool_calls WHERE conversation_id = ?'),
    insertMessage: database.prepare(
      'INSERT INTO conversation_messages (conversation_id, seq, role, content, metadata, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    insertCall: database.prepare(
      `INSERT INTO conversation_tool_calls (conversation_id, seq, message_seq, name, arguments, status, outcome, changes_state, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    update: database.prepare(
      `UPDATE conversations SET customer_id = ?, language = ?, state = ?, transcript_hash = ?, turns = turns + 1, updated_at = ?,
       status = CASE WHEN ? THEN 'handoff' ELSE status END WHERE id = ?`,
    ),
    messages: database.prepare('SELECT * FROM conversation_messages WHERE conversation_id = ? ORDER BY seq'),
    toolCalls: database.prepare('SELECT * FROM conversation_tool_calls WHERE conversation_id = ? ORDER BY seq'),
    insertHandoff: database.prepare(
      `INSERT INTO handoffs (id, conversation_id, assistant_id, reason, status, created_at) VALUES (?, ?, ?, ?, 'waiting', ?)`,
    ),
    openHandoff: database.prepare(`SELECT * FROM handoffs WHERE conversation_id = ? AND status != 'closed'`),
    getHandoff: database.prepare('SELECT * FROM handoffs WHERE id = ?'),
  };

  const requireHandoff = (id: string): Handoff => {
    const row = statements.getHandoff.get(id) as Row | undefined;
    if (!row) throw new GenstackError({ code: 'not_found', message: `No handoff '${id}'.`, param: 'id' });
    return toHandoff(row);
  };

  /**
   * A person's or a reviewer's reply is part of the history a client resends (as an assistant message), so the
   * conversation's fingerprint follows it; otherwise that client's next turn would start a new conversation.
   */
  const followReply = (reply: { conversationId: string; content: string; at: string }) => {
    const row = statements.get.get(reply.conversationId) as Row;
    const hash = extendTranscriptHash(row.transcript_hash as string, [{ role: 'assistant', content: reply.content }]);
    database.prepare('UPDATE conversations SET transcript_hash = ?, updated_at = ? WHERE id = ?').run(hash, reply.at, reply.conversationId);
  };

  return {
    create(input) {
      const id = createId('conv');
      const at = now();
      statements.insert.run(id, input.assistantId, input.language, JSON.stringify(input.state), input.transcriptHash, at, at);
      return toConversation(statements.get.get(id) as Row);
    },
    get: (id) => {
      const row = statements.get.get(id) as Row | undefined;
      return row && toConversation(row);
    },
    findByTranscript: (assistantId, hash) => {
      const row = statements.byTranscript.get(assistantId, hash) as Row | undefined;
      return row && toConversation(row);
    },
    list(filter = {}) {
      const where: string[] = [];
      const values: unknown[] = [];
      if (filter.assistantId) {
        where.push('assistant_id = ?');
        values.push(filter.assistantId);
      }
      if (filter.status) {
        where.push('status = ?');
        values.push(filter.status);
      }
      if (filter.workspace !== undefined) {
        where.push('workspace = ?');
        values.push(filter.workspace);
      }
      const sql = `SELECT * FROM conversations ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY updated_at DESC LIMIT ?`;
      return (database.prepare(sql).all(...values, Math.min(filter.limit ?? 100, 1000)) as Row[]).map(toConversation);
    },
    messages: (conversationId) =>
      (statements.messages.all(conversationId) as Row[]).map((row) => ({
        seq: row.seq as number,
        role: row.role as ConversationMessage['role'],
        content: row.content as string,
        ...(row.metadata ? { metadata: JSON.parse(row.metadata as string) as Record<string, unknown> } : {}),
        createdAt: row.created_at as string,
      })),
    toolCalls: (conversationId) =>
      (statements.toolCalls.all(conversationId) as Row[]).map((row) => ({
        seq: row.seq as number,
        messageSeq: row.message_seq as number,
        name: row.name as string,
        arguments: JSON.parse(row.arguments as string) as Record<string, unknown>,
        status: row.status as string,
        outcome: JSON.parse(row.outcome as string) as unknown,
        changesState: row.changes_state === 1,
        createdAt: row.created_at as string,
      })),
    recordTurn: (turn) =>
      database.transaction(() => {
        const at = now();
        let seq = (statements.lastSeq.get(turn.conversationId) as { seq: number }).seq;
        for (const message of turn.messages) {
          seq += 1;
          statements.insertMessage.run(
            turn.conversationId,
            seq,
            message.role,
            message.content,
            message.metadata ? JSON.stringify(message.metadata) : null,
            at,
          );
        }
        let callSeq = (statements.lastCallSeq.get(turn.conversationId) as { seq: number }).seq;
        for (const call of turn.toolCalls) {
          callSeq += 1;
          const { name, arguments: args, status, outcome, changesState } = call;
          statements.insertCall.run(
            turn.conversationId,
            callSeq,
            seq,
            name,
            JSON.stringify(args),
            status,
            JSON.stringify(outcome),
            changesState ? 1 : 0,
            at,
          );
        }
        const startsHandoff = turn.handoffReason !== undefined && !statements.openHandoff.get(turn.conversationId);
        statements.update.run(
          turn.customerId ?? null,
          turn.language,
          JSON.stringify(turn.state),
          turn.transcriptHash,
          at,
          startsHandoff ? 1 : 0,
          turn.conversationId,
        );
        if (!startsHandoff) return { handoff: undefined };
        const conversation = toConversation(statements.get.get(turn.conversationId) as Row);
        const id = createId('hoff');
        statements.insertHandoff.run(id, turn.conversationId, conversation.assistantId, turn.handoffReason, at);
        return { handoff: requireHandoff(id) };
      })(),
    handoffs(filter = {}) {
      const where: string[] = [];
      const values: unknown[] = [];
      if (filter.status) {
        where.push('h.status = ?');
        values.push(filter.status);
      }
      if (filter.workspace !== undefined) {
        where.push('c.workspace = ?');
        values.push(filter.workspace);
      }
      const sql = `SELECT h.* FROM handoffs h JOIN conversations c ON c.id = h.conversation_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY h.created_at`;
      return (database.prepare(sql).all(...values) as Row[]).map(toHandoff);
    },
    getHandoff: (id) => {
      const row = statements.getHandoff.get(id) as Row | undefined;
      return row && toHandoff(row);
    },
    takeHandoff: ({ id, agent }) =>
      database.transaction(() => {
        const handoff = requireHandoff(id);
        if (handoff.status !== 'waiting')
          throw new GenstackError({
            code: 'conflict',
            message: `Handoff '${id}' is ${handoff.status}${handoff.agent ? ` by ${handoff.agent}` : ''}.`,
          });
        database.prepare(`UPDATE handoffs SET status = 'taken', agent = ?, taken_at = ? WHERE id = ?`).run(agent, now(), id);
        return requireHandoff(id);
      })(),
    agentReply: ({ id, agent, content }) =>
      database.transaction(() => {
        const handoff = requireHandoff(id);
        if (handoff.status !== 'taken' || handoff.agent !== agent)
          throw new GenstackError({ code: 'conflict', message: `Take handoff '${id}' before replying (it is ${handoff.status}).` });
        const at = now();
        const seq = (statements.lastSeq.get(handoff.conversationId) as { seq: number }).seq + 1;
        statements.insertMessage.run(handoff.conversationId, seq, 'agent', content, JSON.stringify({ agent }), at);
        followReply({ conversationId: handoff.conversationId, content, at });
        return { seq, role: 'agent' as const, content, metadata: { agent }, createdAt: at };
      })(),
    appendMessage: ({ conversationId, message }) =>
      database.transaction(() => {
        const at = now();
        const seq = (statements.lastSeq.get(conversationId) as { seq: number }).seq + 1;
        statements.insertMessage.run(conversationId, seq, message.role, message.content, JSON.stringify(message.metadata ?? {}), at);
        if (message.role === 'user') database.prepare('UPDATE conversations SET updated_at = ? WHERE id = ?').run(at, conversationId);
        else followReply({ conversationId, content: message.content, at });
        return { ...message, seq, createdAt: at };
      })(),
    closeHandoff: ({ id, agent }) =>
      database.transaction(() => {
        const handoff = requireHandoff(id);
        if (handoff.status === 'closed') throw new GenstackError({ code: 'conflict', message: `Handoff '${id}' is already closed.` });
        if (handoff.status === 'taken' && handoff.agent !== agent)
          throw new GenstackError({ code: 'conflict', message: `Handoff '${id}' belongs to ${handoff.agent}.` });
        const at = now();
        database
          .prepare(`UPDATE handoffs SET status = 'closed', closed_at = ?, agent = coalesce(agent, ?) WHERE id = ?`)
          .run(at, agent, id);
        database.prepare(`UPDATE conversations SET status = 'open', updated_at = ? WHERE id = ?`).run(at, handoff.conversationId);
        return requireHandoff(id);
      })(),
  };
}
