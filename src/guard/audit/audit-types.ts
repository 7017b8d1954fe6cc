// The audit log's contract: what a caller appends, what a record holds, and what verification reports.

/** Who acted: an API key, the local CLI, the system itself, or a human reviewer. */
export type AuditActorKind = 'key' | 'cli' | 'system' | 'reviewer';

export type KnownAuditEvent =
  | 'chat.turn'
  | 'chat.completion'
  | 'chat.completion.result'
  | 'policy.decision'
  | 'tool.call'
  | 'review.held'
  | 'review.decision'
  | 'key.created'
  | 'key.revoked'
  | 'workspace.created';

export type AuditEventName = KnownAuditEvent | (string & {});

export interface AuditActor {
  kind: AuditActorKind;
  keyId?: string;
  keyName?: string;
  role?: string;
}

/** One guard policy outcome, e.g. `{ policy: 'pii', action: 'mask', detail: 'phone' }`. */
export interface AuditPolicyDecision {
  policy: string;
  action: string;
  detail?: string;
}

export interface AuditToolCall {
  name: string;
  arguments?: unknown;
  status?: string;
  outcome?: unknown;
}

/** Text that passed through the system; masked before it is written. */
export interface AuditContent {
  input?: string;
  output?: string;
  /** A reasoning model's reasoning before its answer, when it sent one. */
  reasoning?: string;
}

export interface AuditEventInput {
  event: AuditEventName;
  /** Defaults to 'default'. */
  workspace?: string;
  /** Defaults to `{ kind: 'system' }`. */
  actor?: AuditActor;
  assistantId?: string;
  model?: string;
  conversationId?: string;
  decisions?: AuditPolicyDecision[];
  toolCalls?: AuditToolCall[];
  content?: AuditContent;
}

/** A stored record. `hash` is SHA-256 over the canonical JSON of every other field, `prevHash` included. */
export interface AuditRecord {
  seq: number;
  id: string;
  at: string;
  workspace: string;
  actorKind: AuditActorKind;
  keyId: string | null;
  keyName: string | null;
  role: string | null;
  event: string;
  assistantId: string | null;
  model: string | null;
  conversationId: string | null;
  decisions: AuditPolicyDecision[];
  toolCalls: AuditToolCall[];
  content: AuditContent | null;
  prevHash: string;
  hash: string;
}

export interface AuditFilter {
  workspace?: string;
  /** ISO timestamps, inclusive. */
  since?: string;
  until?: string;
  event?: string;
  /** The records of one conversation, or of one /v1 completion (its request and its result). */
  conversationId?: string;
  /** Records with a larger seq only (paging). */
  afterSeq?: number;
  limit?: number;
  /** The newest `limit` matching records instead of the oldest (still returned in seq order). */
  newest?: boolean;
}

export type AuditProblemKind = 'altered' | 'missing' | 'chain-broken' | 'truncated';

export interface AuditProblem {
  /** The record concerned (the first missing one for gaps and truncation); 0 for a problem of an export file as a whole. */
  seq: number;
  kind: AuditProblemKind;
  detail: string;
  /** 1-based line of an export file, when verifying one. */
  line?: number;
}

export interface AuditVerification {
  ok: boolean;
  /** Records checked. */
  checked: number;
  problems: AuditProblem[];
}

export interface AuditLog {
  /** Appends one record in its own transaction (BEGIN IMMEDIATE) and moves the head anchor. */
  append(input: AuditEventInput): AuditRecord;
  /**
   * Appends at the next `setImmediate`, in one transaction with the other records asked for in the same event-loop turn
   * (group commit). For a request path: start the slow work first (e.g. send the upstream request), then await this.
   */
  appendSoon(input: AuditEventInput): Promise<AuditRecord>;
  /** Records in seq order. */
  list(filter?: AuditFilter): AuditRecord[];
  /** Recomputes every hash and link, and compares the tail with the head anchors. */
  verify(): AuditVerification;
  /** A header line, one JSON line per record, and a trailer line with the count and last hash. */
  export(filter?: Omit<AuditFilter, 'limit' | 'afterSeq' | 'newest'>): Iterable<string>;
  /** Checks an export on its own: each hash, each link between consecutive records, the header and the trailer. */
  verifyExport(lines: Iterable<string>): AuditVerification;
}
