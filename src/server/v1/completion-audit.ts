// The second audit record of a /v1 chat completion: what the client was sent (answer, reasoning, requested tool calls)
// and how the reply ended, under the completion id the client got, so an auditor can join it to the request's record.
import type { AuditActor, AuditEventInput, AuditLog, AuditToolCall } from '../../guard/index.ts';
import type { ChatResult, ChatStreamPart, FinishReason } from '../../models/index.ts';

/** Characters of answer or reasoning a record keeps: a runaway generation must not make one record megabytes long. */
export const auditedTextLimit = 256 * 1024;

/** How a reply ended: the model's finish reason, or `cancelled` when the request was cancelled (client gone, timeout, shutdown). */
export type CompletionEnd = FinishReason | 'cancelled';

export interface CompletionIdentity {
  /** The completion id the client received (`chatcmpl-…`); kept as the record's conversation id. */
  completionId: string;
  workspace: string;
  actor: AuditActor;
  model: string;
}

/** What reached the client; the callers cut text and reasoning to `auditedTextLimit` characters each, the cut marked. */
export interface CompletionOutput {
  text: string;
  reasoning: string;
  toolCalls: readonly { name: string; arguments: string }[];
  end: CompletionEnd;
}

function bounded(text: string): string {
  return text.length <= auditedTextLimit ? text : withCutMarked(text.slice(0, auditedTextLimit), text.length);
}

function withCutMarked(kept: string, totalLength: number): string {
  return `${kept} … [${totalLength - kept.length} more characters not kept]`;
}

/** Arguments as the JSON the model wrote when they parse, so the audit log masks the values inside. */
function toolArguments(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return bounded(text);
  }
}

/**
 * The `chat.completion.result` record: the reply's content and requested tool calls; the audit log masks them before
 * writing. How it ended is one decision, `{ policy: 'finish', action: <reason> }` (stop, length, tool_calls,
 * content_filter, error, cancelled).
 *
 * @example
 * audit.appendSoon(completionResultEvent(identity, { text: '안녕하세요', reasoning: '', toolCalls: [], end: 'stop' }));
 */
export function completionResultEvent(identity: CompletionIdentity, output: CompletionOutput): AuditEventInput {
  const toolCalls: AuditToolCall[] = output.toolCalls.map((call) => ({
    name: call.name,
    arguments: toolArguments(call.arguments),
    status: 'requested',
  }));
  return {
    event: 'chat.completion.result',
    workspace: identity.workspace,
    actor: identity.actor,
    model: identity.model,
    conversationId: identity.completionId,
    decisions: [{ policy: 'finish', action: output.end }],
    toolCalls,
    content: { output: output.text, ...(output.reasoning ? { reasoning: output.reasoning } : {}) },
  };
}

/**
 * The record of a whole reply.
 * @example
 * await audit.appendSoon(completionResultOfWhole(identity, result));
 */
export function completionResultOfWhole(identity: CompletionIdentity, result: ChatResult): AuditEventInput {
  return completionResultEvent(identity, {
    text: bounded(result.text),
    reasoning: bounded(result.reasoning ?? ''),
    toolCalls: result.toolCalls,
    end: result.finishReason,
  });
}

/** Stream deltas joined, keeping the first `auditedTextLimit` characters and counting the rest. */
class BoundedText {
  private readonly parts: string[] = [];
  private kept = 0;
  private total = 0;

  add(delta: string): void {
    this.total += delta.length;
    const room = auditedTextLimit - this.kept;
    if (room <= 0) return;
    const part = delta.length <= room ? delta : delta.slice(0, room);
    this.parts.push(part);
    this.kept += part.length;
  }

  toString(): string {
    const kept = this.parts.join('');
    return this.total === this.kept ? kept : withCutMarked(kept, this.total);
  }
}

/**
 * Passes a reply's parts through while collecting what the client is sent. The record is committed before the `finish`
 * or `error` part goes on, so a cleanly ended reply always has its record; if that write fails the stream ends with the
 * write's error instead of `finish`. A model stream that throws or stops without a finish is recorded as `error`, or as
 * `cancelled` when the request was. A client that leaves early (the consumer stops reading) still gets a record,
 * `cancelled`; a failure to write that one goes to `onLateFailure`, as nobody is left to answer.
 *
 * @example
 * const parts = auditedAtEnd(model.stream(request), { audit, identity, signal, onLateFailure: (error) => logger.error(…) });
 */
export async function* auditedAtEnd(
  parts: AsyncIterable<ChatStreamPart>,
  options: { audit: AuditLog; identity: CompletionIdentity; signal: AbortSignal; onLateFailure: (error: unknown) => void },
): AsyncIterable<ChatStreamPart> {
  const text = new BoundedText();
  const reasoning = new BoundedText();
  const toolCalls = new Map<number, { name: string; arguments: string[] }>();
  let recorded = false;
  const record = (end: CompletionEnd) => {
    recorded = true;
    const calls = [...toolCalls.values()].map((call) => ({ name: call.name, arguments: call.arguments.join('') }));
    return options.audit.appendSoon(
      completionResultEvent(options.identity, { text: text.toString(), reasoning: reasoning.toString(), toolCalls: calls, end }),
    );
  };
  // A cancelled request (client gone, timeout, shutdown) ends the model's stream with an error: not the model's failure.
  const failure = (): CompletionEnd => (options.signal.aborted ? 'cancelled' : 'error');
  try {
    for await (const part of parts) {
      if (part.type === 'text-delta') text.add(part.delta);
      else if (part.type === 'reasoning-delta') reasoning.add(part.delta);
      else if (part.type === 'tool-call-start') toolCalls.set(part.index, { name: part.name, arguments: [] });
      else if (part.type === 'tool-call-delta') toolCalls.get(part.index)?.arguments.push(part.argumentsDelta);
      else if (part.type === 'finish') await record(part.finishReason);
      // The reply already failed: a failed write is reported, not put in place of the model's error.
      else if (part.type === 'error') await record(failure()).catch(options.onLateFailure);
      yield part;
    }
    if (!recorded) await record(failure()).catch(options.onLateFailure);
  } catch (error) {
    if (!recorded) await record(failure()).catch(options.onLateFailure);
    throw error;
  } finally {
    // Still unrecorded here only when the consumer stopped reading early: the client is gone.
    if (!recorded) record('cancelled').catch(options.onLateFailure);
  }
}
