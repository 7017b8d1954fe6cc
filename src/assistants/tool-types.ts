// The tool contract shared by every engine: typed functions with zod arguments, declared effects, and typed outcomes.
import type { z } from 'zod';
import type { Language } from '../models/builtin/index.ts';

/** What a tool sees of the conversation it runs in. */
export interface ToolContext {
  conversationId: string;
  /** The language of the user's latest message; tools return data, but error messages and summaries follow it. */
  language: Language;
  /** The customer this conversation authenticated as, if any; one customer per conversation. */
  customerId: string | undefined;
  /** Injected clock (tests and benchmarks pin it). */
  now: () => Date;
  signal?: AbortSignal;
}

/** A typed failure a tool reports instead of throwing; the message is in the context's language. */
export class ToolFailure extends Error {
  constructor(
    /** Stable code, e.g. 'not_found', 'not_your_record', 'not_allowed', 'invalid_state', 'invalid_arguments'. */
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ToolFailure';
  }
}

export interface AssistantTool<Args = Record<string, unknown>, Result = unknown> {
  /** snake_case, unique within an assistant. */
  name: string;
  /** English description for LLMs (what it does, when to use it). */
  description: string;
  parameters: z.ZodType<Args>;
  /** Changes data: runs only after the user said an explicit yes to the summary from `summarize`. */
  changesState: boolean;
  /** Reads or changes a customer's account: refused until the conversation has authenticated a customer. */
  requiresAuthentication: boolean;
  /**
   * An authentication tool returns `{ customerId }` on success; the runtime then binds the conversation to that customer
   * (and refuses a second, different one).
   */
  authenticates?: boolean;
  /** For state-changing tools: the details listed to the user before asking for a yes (in the context's language). */
  summarize?(args: Args, context: ToolContext): Promise<string> | string;
  /** Throws ToolFailure for expected failures (not found, not yours, not allowed in this state). */
  run(args: Args, context: ToolContext): Promise<Result> | Result;
}

/** What a tool call came to after the runtime's policies. */
export type ToolOutcome =
  | { status: 'ok'; result: unknown }
  | { status: 'failed'; code: string; message: string }
  /** State-changing and not yet confirmed: show `summary` and ask for a yes; the same call after a yes runs it. */
  | { status: 'confirmation_required'; summary: string }
  /** Needs an authenticated customer first. */
  | { status: 'authentication_required'; message: string };

/** Runs tools on behalf of one conversation, enforcing authentication, confirmation and ownership policies, and recording every call. */
export interface ToolExecutor {
  call(name: string, args: Record<string, unknown>): Promise<ToolOutcome>;
  /** Whether a state-changing call is waiting for the user's yes. */
  readonly pendingConfirmation: PendingConfirmation | undefined;
  /** Drops the call waiting for a yes (the user said no or moved on). */
  cancelPending(): void;
}

export interface PendingConfirmation {
  name: string;
  args: Record<string, unknown>;
  summary: string;
}
