// The audit log on SQLite: synchronous, serialised appends that chain each record to the previous one, and verification.
import type Database from 'better-sqlite3';
import { createId } from '../../core/index.ts';
import { applyMigrations } from '../../store/index.ts';
import { exportAuditLines, verifyAuditExport } from './audit-export.ts';
import { genesisHash, hashAuditRecord } from './audit-hash.ts';
import { readHeadFile, replaceHeadFile, writeHeadFile, type AuditHead } from './audit-head-file.ts';
import { auditMigrations } from './audit-migrations.ts';
import { createChainCheck } from './audit-chain-check.ts';
import { createGroupCommit } from './audit-group-commit.ts';
import { auditColumns, auditRecordToRow, rowToAuditRecord, type AuditRow } from './audit-rows.ts';
import type { AuditEventInput, AuditFilter, AuditLog, AuditProblem, AuditRecord } from './audit-types.ts';
import { maskAuditContent, maskToolCalls, type MaskContent } from './mask-audit-event.ts';

export interface AuditLogOptions {
  database: Database.Database;
  /** `<dataDir>/audit-head.json`: a copy of the head outside the database, so deleting the tail is detected. */
  headFile?: string;
  /** Applied to content and tool-call arguments before a record is hashed and stored; the lead wires PII masking. */
  maskContent?: MaskContent;
  now?: () => Date;
}

const maxListLimit = 10_000;

/**
 * Opens the audit log in a database (creating its tables). Each append, or each batch of `appendSoon` records, is one
 * `BEGIN IMMEDIATE` transaction: inside a process better-sqlite3 runs them one at a time, and across processes on one
 * file the write lock serialises them, so the head each append reads is the one it extends. The head file is written
 * inside that transaction and put back if the transaction fails.
 * @example
 * const audit = createAuditLog({ database: store.database, headFile: join(dataDir, 'audit-head.json') });
 * audit.append({ event: 'chat.turn', actor: { kind: 'key', keyId, keyName, role }, content: { input, output } });
 * audit.verify(); // { ok: true, checked: 1, problems: [] }
 */
export function createAuditLog(options: AuditLogOptions): AuditLog {
  const { database, headFile } = options;
  const mask = options.maskContent ?? ((text: string) => text);
  const now = options.now ?? (() => new Date());
  applyMigrations(database, { scope: 'audit', migrations: auditMigrations });

  const selectHead = database.prepare('SELECT seq, hash, at FROM audit_head WHERE id = 1');
  const selectLast = database.prepare('SELECT seq, hash, at FROM audit_records ORDER BY seq DESC LIMIT 1');
  const selectAll = database.prepare(`SELECT ${auditColumns} FROM audit_records ORDER BY seq`);
  const insert = database.prepare(`INSERT INTO audit_records (${auditColumns}) VALUES (${auditColumns.replace(/\w+/g, '?')})`);
  const upsertHead = database.prepare(
    'INSERT INTO audit_head (id, seq, hash, at) VALUES (1, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash, at = excluded.at',
  );

  /** What the head file held before this append replaced it, to put back if the transaction fails; `null` until replaced. */
  let headFileBefore: AuditHead | undefined | 'unreadable' | null = null;
  /** Chains each input to the head in turn, then moves the head anchors once: one transaction for a whole batch. */
  const appendInTransaction = database.transaction((inputs: readonly AuditEventInput[]): AuditRecord[] => {
    // The anchor row, not max(seq): after a deleted tail, new records leave a visible gap instead of hiding it.
    let head = (selectHead.get() ?? selectLast.get()) as AuditHead | undefined;
    const records = inputs.map((input) => {
      const record = chainedRecord(input, head);
      insert.run(...auditRecordToRow(record));
      head = record;
      return record;
    });
    if (head) {
      upsertHead.run(head.seq, head.hash, head.at);
      if (headFile) headFileBefore = replaceHeadFile(headFile, { seq: head.seq, hash: head.hash, at: head.at });
    }
    return records;
  });

  function chainedRecord(input: AuditEventInput, head: AuditHead | undefined): AuditRecord {
    const actor = input.actor ?? { kind: 'system' };
    const fields: Omit<AuditRecord, 'hash'> = JSON.parse(
      JSON.stringify({
        seq: (head?.seq ?? 0) + 1,
        id: createId('aud'),
        at: now().toISOString(),
        workspace: input.workspace ?? 'default',
        actorKind: actor.kind,
        keyId: actor.keyId ?? null,
        keyName: actor.keyName ?? null,
        role: actor.role ?? null,
        event: input.event,
        assistantId: input.assistantId ?? null,
        model: input.model ?? null,
        conversationId: input.conversationId ?? null,
        decisions: input.decisions ?? [],
        toolCalls: maskToolCalls(input.toolCalls, mask),
        content: maskAuditContent(input.content, mask),
        prevHash: head?.hash ?? genesisHash,
      }),
    ) as Omit<AuditRecord, 'hash'>;
    return { ...fields, hash: hashAuditRecord(fields) };
  }

  function appendAll(inputs: readonly AuditEventInput[]): AuditRecord[] {
    headFileBefore = null;
    try {
      return appendInTransaction.immediate(inputs);
    } catch (error) {
      if (headFile && headFileBefore !== null && headFileBefore !== 'unreadable') writeHeadFile(headFile, headFileBefore);
      throw error;
    }
  }

  const appendSoon = createGroupCommit({ appendAll });

  function list(filter: AuditFilter = {}): AuditRecord[] {
    const clauses: string[] = [];
    const values: unknown[] = [];
    const add = (clause: string, value: unknown) => {
      clauses.push(clause);
      values.push(value);
    };
    if (filter.workspace !== undefined) add('workspace = ?', filter.workspace);
    if (filter.event !== undefined) add('event = ?', filter.event);
    if (filter.conversationId !== undefined) add('conversation_id = ?', filter.conversationId);
    if (filter.since !== undefined) add('at >= ?', filter.since);
    if (filter.until !== undefined) add('at <= ?', filter.until);
    if (filter.afterSeq !== undefined) add('seq > ?', filter.afterSeq);
    const limit = Math.max(1, Math.min(filter.limit ?? 100, maxListLimit));
    const where = clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '';
    const query = `SELECT ${auditColumns} FROM audit_records ${where} ORDER BY seq ${filter.newest ? 'DESC' : ''} LIMIT ?`;
    const rows = database.prepare(filter.newest ? `SELECT * FROM (${query}) ORDER BY seq` : query).all(...values, limit);
    return (rows as AuditRow[]).map(rowToAuditRecord);
  }

  function verifyAnchor(options: { head: AuditHead; last: { seq: number; hash: string } | undefined; name: string }): AuditProblem[] {
    const { head, last, name } = options;
    const lastSeq = last?.seq ?? 0;
    if (head.seq > lastSeq)
      return [
        {
          seq: lastSeq + 1,
          kind: 'truncated',
          detail: `the ${name} names record ${head.seq} but the log ends at ${lastSeq} (records ${lastSeq + 1}–${head.seq} were deleted)`,
        },
      ];
    if (head.seq < lastSeq)
      return [
        {
          seq: head.seq + 1,
          kind: 'altered',
          detail: `records ${head.seq + 1}–${lastSeq} were written outside the audit log (the ${name} still names record ${head.seq})`,
        },
      ];
    if (head.hash !== last?.hash)
      return [{ seq: head.seq, kind: 'altered', detail: `record ${head.seq} is not the record the ${name} was written for` }];
    return [];
  }

  return {
    append: (input) => appendAll([input])[0]!,
    appendSoon,
    list,
    verify() {
      const check = createChainCheck({ contiguous: true });
      // One synchronous pass: nothing else can run on this connection while the cursor is open.
      for (const row of selectAll.iterate() as Iterable<AuditRow>) {
        let record: AuditRecord;
        try {
          record = rowToAuditRecord(row);
        } catch {
          check.unreadable({
            seq: row.seq as number,
            storedHash: row.hash as string,
            detail: `record ${String(row.seq)} holds invalid JSON`,
          });
          continue;
        }
        check.add(record);
      }
      const problems = [...check.problems];
      const last = check.last;
      const head = selectHead.get() as AuditHead | undefined;
      if (head) problems.push(...verifyAnchor({ head, last, name: 'head anchor row' }));
      else if (last) problems.push({ seq: last.seq, kind: 'truncated', detail: 'the head anchor row is missing' });
      if (headFile) {
        const fileHead = readHeadFile(headFile);
        if (fileHead === 'unreadable')
          problems.push({ seq: last?.seq ?? 0, kind: 'altered', detail: `the head file ${headFile} is not a head anchor` });
        else if (fileHead) problems.push(...verifyAnchor({ head: fileHead, last, name: 'head file' }));
        else if (last)
          problems.push({
            seq: last.seq,
            kind: 'truncated',
            detail: `the head file ${headFile} is missing, so a deleted tail cannot be ruled out`,
          });
      }
      return { ok: problems.length === 0, checked: check.checked, problems };
    },
    export(filter = {}) {
      return exportAuditLines({ list, filter, now });
    },
    verifyExport: verifyAuditExport,
  };
}
