// Conversion between audit records and their SQLite rows.
import type { AuditActorKind, AuditRecord } from './audit-types.ts';

export type AuditRow = Record<string, unknown>;

export const auditColumns =
  'seq, id, at, workspace, actor_kind, key_id, key_name, role, event, assistant_id, model, conversation_id, decisions, tool_calls, content, prev_hash, hash';

/** Throws when a JSON column does not parse (a row edited by hand); verification reports that as altered. */
export function rowToAuditRecord(row: AuditRow): AuditRecord {
  return {
    seq: row.seq as number,
    id: row.id as string,
    at: row.at as string,
    workspace: row.workspace as string,
    actorKind: row.actor_kind as AuditActorKind,
    keyId: (row.key_id as string | null) ?? null,
    keyName: (row.key_name as string | null) ?? null,
    role: (row.role as string | null) ?? null,
    event: row.event as string,
    assistantId: (row.assistant_id as string | null) ?? null,
    model: (row.model as string | null) ?? null,
    conversationId: (row.conversation_id as string | null) ?? null,
    decisions: JSON.parse(row.decisions as string) as AuditRecord['decisions'],
    toolCalls: JSON.parse(row.tool_calls as string) as AuditRecord['toolCalls'],
    content: row.content === null || row.content === undefined ? null : (JSON.parse(row.content as string) as AuditRecord['content']),
    prevHash: row.prev_hash as string,
    hash: row.hash as string,
  };
}

export function auditRecordToRow(record: AuditRecord): unknown[] {
  return [
    record.seq,
    record.id,
    record.at,
    record.workspace,
    record.actorKind,
    record.keyId,
    record.keyName,
    record.role,
    record.event,
    record.assistantId,
    record.model,
    record.conversationId,
    JSON.stringify(record.decisions),
    JSON.stringify(record.toolCalls),
    record.content === null ? null : JSON.stringify(record.content),
    record.prevHash,
    record.hash,
  ];
}
