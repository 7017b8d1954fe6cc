// The builtin engine's dialogue contract: a blueprint declares operations (intents with examples) and handles their turns.
import type { Entities, Language } from '../models/builtin/index.ts';
import type { ToolOutcome } from './tool-types.ts';

/** Conversation-level memory an operation may read and write; it is saved with the conversation (JSON only). */
export interface DialogueMemory {
  /** Entities last mentioned, by kind, so "that order" / "그 주문" resolve: e.g. { order: 'O-1234', product: 'P-0042' }. */
  lastMentioned: Record<string, string>;
  /** Free JSON space per operation id; the engine clears an operation's space when the operation ends. */
  slots: Record<string, Record<string, unknown>>;
}

/** One turn as an operation sees it. */
export interface OperationTurn {
  /** The user's message (NFC, half-width). */
  text: string;
  language: Language;
  entities: Entities;
  /** The authenticated customer, if any. */
  customerId: string | undefined;
  /** This operation's own slots (persisted between turns while it is active). Mutate freely. */
  slots: Record<string, unknown>;
  memory: DialogueMemory;
  /** 'yes' / 'no' when the message is a clear answer to a yes/no question, otherwise undefined. */
  answer: 'yes' | 'no' | undefined;
  /** Whether this operation was already active before this message (false on the turn it starts). */
  continuing: boolean;
  /** Calls a tool through the runtime's policies (authentication, confirmation, ownership, audit). */
  call(tool: string, args: Record<string, unknown>): Promise<ToolOutcome>;
  /** Picks the text in the user's language. */
  say(text: { ko: string; en: string }): string;
  /** A grounded answer from the assistant's knowledge bases, or undefined when nothing relevant is found. */
  answerFromKnowledge(question: string): Promise<{ text: string; citations: unknown[] } | undefined>;
}

export interface OperationReply {
  text: string;
  /** false: the operation stays active and the next message goes to it (a missing slot, a pending yes/no). */
  done: boolean;
  /**
   * The next message is free text for this operation (a ticket subject, what the customer already tried): the engine
   * hands it over without checking whether it sounds like another operation.
   */
  awaitsFreeText?: boolean;
  /** Asks the engine to queue the conversation for a person, with this reason. */
  handoff?: string;
  citations?: unknown[];
}

export interface DialogueOperation {
  /** Intent id, e.g. 'order_status'. */
  id: string;
  /** A short label for clarifying questions ("check an order's status" / "주문 상태 확인"). */
  label: { ko: string; en: string };
  /** Example utterances; the intent classifier is trained on them at load time. Ten or more per language. */
  examples: { ko: string[]; en: string[] };
  /** The engine runs the blueprint's authentication operation first, then comes back to this one. */
  requiresAuthentication: boolean;
  handle(turn: OperationTurn): Promise<OperationReply>;
}

/** Everything the builtin engine needs from a blueprint to hold a conversation. */
export interface DialogueSpec {
  operations: DialogueOperation[];
  /** Id of the operation that authenticates a customer (it calls a tool with `authenticates: true`). */
  authenticationOperation: string;
  /** The assistant's greeting / self-introduction ("I can help with …"). */
  greeting: { ko: string; en: string };
}
