// Runs tools for one conversation turn and enforces the policies every engine shares: authentication, one customer,
// an explicit yes to a listed summary before any change, typed failures; records every call for the conversation.
import { isDeepStrictEqual } from 'node:util';
import { toGenstackError, type Logger } from '../../core/index.ts';
import type { Language } from '../../models/builtin/index.ts';
import { ToolFailure, type AssistantTool, type PendingConfirmation, type ToolExecutor, type ToolOutcome } from '../tool-types.ts';
import { policyLines } from './policy-lines.ts';

export interface RecordedToolCall {
  name: string;
  arguments: Record<string, unknown>;
  outcome: ToolOutcome;
  changesState: boolean;
  at: string;
}

export interface TurnSession {
  conversationId: string;
  customerId: string | undefined;
  language: Language;
  pending: PendingConfirmation | undefined;
}

export interface TurnToolExecutor extends ToolExecutor {
  readonly calls: RecordedToolCall[];
  /** The customer the conversation is verified as, so far in this turn. */
  readonly customerId: string | undefined;
  /** The session after the turn: a confirmation not asked for again this turn is dropped unless the user just said yes to another. */
  finish(): TurnSession;
}

export interface ToolExecutorOptions {
  tools: ReadonlyMap<string, AssistantTool>;
  session: TurnSession;
  policies: { authenticationRequired: boolean; confirmStateChanges: boolean; oneCustomerPerConversation: boolean };
  /** The user's message read as a yes/no: a pending change runs only on 'yes'. */
  answer: 'yes' | 'no' | undefined;
  /** False when the caller's role may not run state-changing tools (guard policy `tools.stateChangingRoles`). */
  mayChangeState?: boolean;
  now: () => Date;
  logger?: Logger;
  signal?: AbortSignal;
}

/**
 * @example
 * const executor = createToolExecutor({ tools, session, policies, answer: readYesNo(message), now: () => new Date() });
 * await executor.call('get_order', { orderId: 'O-100001' });
 */
export function createToolExecutor(options: ToolExecutorOptions): TurnToolExecutor {
  const session = { ...options.session };
  const calls: RecordedToolCall[] = [];
  let askedThisTurn = false;
  const lines = () => policyLines(session.language);

  async function call(name: string, rawArgs: Record<string, unknown>): Promise<ToolOutcome> {
    const tool = options.tools.get(name);
    let args = rawArgs;
    const outcome = await (async (): Promise<ToolOutcome> => {
      if (!tool) return { status: 'failed', code: 'unknown_tool', message: lines().unknownTool(name) };
      const parsed = tool.parameters.safeParse(rawArgs);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(arguments)'}: ${issue.message}`).join('; ');
        return { status: 'failed', code: 'invalid_arguments', message: issues };
      }
      args = parsed.data as Record<string, unknown>;
      if (tool.requiresAuthentication && options.policies.authenticationRequired && !session.customerId)
        return { status: 'authentication_required', message: lines().authenticationRequired };
      const context = {
        conversationId: session.conversationId,
        language: session.language,
        customerId: session.customerId,
        now: options.now,
        ...(options.signal ? { signal: options.signal } : {}),
      };
      if (tool.changesState && options.mayChangeState === false)
        return { status: 'failed', code: 'forbidden', message: lines().roleMayNotChange };
      if (tool.changesState && options.policies.confirmStateChanges) {
        const pending = session.pending;
        const confirmed = pending && pending.name === name && isDeepStrictEqual(pending.args, args) && options.answer === 'yes';
        if (!confirmed) {
          let summary: string;
          try {
            summary = (await tool.summarize?.(args, context)) ?? lines().genericSummary(name, args);
          } catch (error) {
            // A summary checks the change first (not yours, not allowed now): that is the call's expected failure.
            if (error instanceof ToolFailure) return { status: 'failed', code: error.code, message: error.message };
            throw error;
          }
          session.pending = { name, args, summary };
          askedThisTurn = true;
          return { status: 'confirmation_required', summary };
        }
        session.pending = undefined;
      }
      try {
        const result = await tool.run(args, context);
        if (tool.authenticates) return bindCustomer(result);
        return { status: 'ok', result };
      } catch (error) {
        if (error instanceof ToolFailure) return { status: 'failed', code: error.code, message: error.message };
        const failure = toGenstackError(error);
        options.logger?.error('tool failed', { tool: name, conversationId: session.conversationId, error: failure.message });
        return { status: 'failed', code: 'tool_error', message: lines().toolError };
      }
    })();
    calls.push({ name, arguments: args, outcome, changesState: tool?.changesState ?? false, at: options.now().toISOString() });
    return outcome;
  }

  function bindCustomer(result: unknown): ToolOutcome {
    const customerId = (result as { customerId?: unknown } | undefined)?.customerId;
    if (typeof customerId !== 'string') return { status: 'failed', code: 'authentication_failed', message: lines().authenticationFailed };
    if (session.customerId && session.customerId !== customerId && options.policies.oneCustomerPerConversation)
      return { status: 'failed', code: 'one_customer_per_conversation', message: lines().oneCustomer };
    session.customerId = customerId;
    return { status: 'ok', result };
  }

  return {
    call,
    calls,
    get customerId() {
      return session.customerId;
    },
    get pendingConfirmation() {
      return session.pending;
    },
    cancelPending() {
      session.pending = undefined;
    },
    finish() {
      if (!askedThisTurn && options.answer !== 'yes') session.pending = undefined;
      return { ...session };
    },
  };
}
