// One audit record per assistant turn: who asked, in which workspace, which model, the guard's decisions and the tool calls.
import type { AuditEventInput, AuditPolicyDecision } from '../../guard/index.ts';
import type { Conversation } from '../conversations/index.ts';
import type { RecordedToolCall } from './tool-executor.ts';
import type { TurnInput } from './assistant-runtime.ts';

/**
 * Content goes in as it was; the audit log masks it before writing.
 * @example
 * audit.append(turnAuditEvent({ input, conversation, model: 'builtin', decisions, calls, content: { input: message, output: reply } }));
 */
export function turnAuditEvent(options: {
  input: TurnInput;
  conversation: Conversation;
  model: string;
  decisions: AuditPolicyDecision[];
  calls: readonly RecordedToolCall[];
  content: { input: string; output: string };
}): AuditEventInput {
  const { actor } = options.input;
  return {
    event: 'chat.turn',
    workspace: actor?.workspace ?? options.conversation.workspace,
    // Without keys (loopback) the caller is the local owner, not a key.
    actor: actor?.keyId
      ? { kind: 'key', role: actor.role, keyId: actor.keyId, ...(actor.keyName ? { keyName: actor.keyName } : {}) }
      : { kind: 'system', ...(actor ? { role: actor.role } : {}) },
    assistantId: options.conversation.assistantId,
    model: options.model,
    conversationId: options.conversation.id,
    decisions: options.decisions,
    toolCalls: options.calls.map((call) => ({ name: call.name, arguments: call.arguments, status: call.outcome.status })),
    content: options.content,
  };
}
