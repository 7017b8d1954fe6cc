// Conversations as stored: the record, its messages and tool calls, and handoffs to a person.

export type ConversationStatus = 'open' | 'handoff' | 'closed';

export interface Conversation {
  id: string;
  assistantId: string;
  /** The tenant: the workspace of the assistant when the conversation started. */
  workspace: string;
  customerId: string | undefined;
  language: 'ko' | 'en';
  status: ConversationStatus;
  /** Engine state (dialogue state, pending confirmation), opaque JSON. */
  state: Record<string, unknown>;
  /** Hash of the transcript so far: a client that resends the whole history finds its conversation by it. */
  transcriptHash: string;
  turns: number;
  createdAt: string;
  updatedAt: string;
}

export interface ConversationMessage {
  seq: number;
  /** 'agent' is a person replying after a handoff. */
  role: 'user' | 'assistant' | 'agent' | 'system';
  content: string;
  metadata?: Record<string, unknown>;
  createdAt: string;
}

export interface StoredToolCall {
  seq: number;
  /** The assistant message the call belongs to. */
  messageSeq: number;
  name: string;
  arguments: Record<string, unknown>;
  status: string;
  outcome: unknown;
  changesState: boolean;
  createdAt: string;
}

export interface Handoff {
  id: string;
  conversationId: string;
  assistantId: string;
  reason: string;
  status: 'waiting' | 'taken' | 'closed';
  agent: string | undefined;
  createdAt: string;
  takenAt: string | undefined;
  closedAt: string | undefined;
}

/** Everything one turn adds, written in one transaction. */
export interface TurnRecord {
  conversationId: string;
  messages: Array<Omit<ConversationMessage, 'seq' | 'createdAt'>>;
  toolCalls: Array<Omit<StoredToolCall, 'seq' | 'messageSeq' | 'createdAt'>>;
  state: Record<string, unknown>;
  customerId: string | undefined;
  language: 'ko' | 'en';
  transcriptHash: string;
  handoffReason?: string;
}
