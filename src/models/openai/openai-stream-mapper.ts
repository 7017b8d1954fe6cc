// Turns parsed SSE events of a chat-completions stream into typed ChatStreamParts, tolerating servers' quirks.
import { GenstackError } from '../../core/errors.ts';
import type { ChatStreamPart, FinishReason, Usage } from '../types.ts';
import type { OpenAiChatChunk, OpenAiResponseToolCall } from './openai-api-types.ts';
import { errorFromStreamPayload } from './openai-error.ts';
import { mapOpenAiFinishReason } from './map-openai-finish-reason.ts';
import { argumentsText, mapOpenAiUsage, reasoningText } from './map-openai-response.ts';

const textId = 'text-0';
const reasoningId = 'reasoning-0';

interface ToolCallState {
  index: number;
  id: string;
  name: string;
  started: boolean;
  /** Argument fragments that arrived before the name, held until the call can start. */
  pendingArguments: string;
}

/**
 * Feed it every SSE event; it appends parts to the `output` array it was given, which the caller drains. Blocks close when the finish_reason arrives, and the
 * `finish` part follows at `[DONE]` or at the end of the body, because the usage chunk comes after finish_reason.
 * @example
 * const parts: ChatStreamPart[] = [];
 * const mapper = new OpenAiStreamMapper(parts);
 * mapper.acceptEvent('{"choices":[{"delta":{"content":"안녕"}}]}', 'message');
 * // parts: text-start, text-delta '안녕'
 */
export class OpenAiStreamMapper {
  /** True once `finish` or `error` was emitted; nothing more is emitted after it. */
  done = false;
  /** True when the stream ended cleanly (`[DONE]` or finish), so the rest of the body can be drained for keep-alive. */
  clean = false;
  #textOpen = false;
  #reasoningOpen = false;
  #toolCalls = new Map<number, ToolCallState>();
  #lastToolCall: ToolCallState | undefined;
  #finishReason: string | null | undefined;
  #closed = false;
  #usage: Usage | undefined;
  readonly #output: ChatStreamPart[];

  constructor(output: ChatStreamPart[]) {
    this.#output = output;
  }

  acceptEvent(data: string, event: string): void {
    if (this.done) return;
    const output = this.#output;
    if (data === '[DONE]') return this.#finish();
    let chunk: OpenAiChatChunk;
    try {
      chunk = JSON.parse(data) as OpenAiChatChunk;
    } catch (error) {
      if (event === 'error') return this.fail(errorFromStreamPayload(data));
      const message = `The model server sent malformed stream data: ${data.slice(0, 200)}`;
      return this.fail(new GenstackError({ code: 'upstream_error', message, category: 'third-party', cause: error }));
    }
    if (typeof chunk !== 'object' || chunk === null) {
      return this.fail(new GenstackError({ code: 'upstream_error', message: `Unexpected stream data: ${data.slice(0, 200)}` }));
    }
    if (event === 'error' || (chunk.error !== undefined && chunk.error !== null) || chunk.object === 'error') {
      return this.fail(errorFromStreamPayload(chunk));
    }
    if (chunk.usage) this.#usage = mapOpenAiUsage(chunk.usage);
    const choice = chunk.choices?.[0];
    if (!choice) return;
    const delta = choice.delta;
    if (delta) {
      const reasoning = reasoningText(delta);
      if (reasoning !== undefined) {
        if (!this.#reasoningOpen) {
          this.#reasoningOpen = true;
          output.push({ type: 'reasoning-start', id: reasoningId });
        }
        output.push({ type: 'reasoning-delta', id: reasoningId, delta: reasoning });
      }
      const content = delta.content;
      if (typeof content === 'string' && content.length > 0) {
        if (!this.#textOpen) {
          this.#textOpen = true;
          output.push({ type: 'text-start', id: textId });
        }
        output.push({ type: 'text-delta', id: textId, delta: content });
      }
      const toolCalls = delta.tool_calls;
      if (toolCalls) for (const call of toolCalls) this.#acceptToolCall(call);
    }
    if (choice.finish_reason) {
      this.#finishReason = choice.finish_reason;
      this.#closeBlocks();
    }
  }

  /** The body ended: finish if the server said why it stopped, else the stream was cut short. */
  end(): void {
    if (this.done) return;
    if (this.#finishReason) return this.#finish();
    this.fail(
      new GenstackError({ code: 'upstream_error', message: 'The model stream ended before a finish reason.', category: 'third-party' }),
    );
  }

  fail(error: GenstackError): void {
    if (this.done) return;
    this.done = true;
    this.#output.push({ type: 'error', error });
  }

  #acceptToolCall(call: OpenAiResponseToolCall): void {
    const output = this.#output;
    const state = this.#stateFor(call);
    const name = call.function?.name;
    if (name && !state.started) state.name = name;
    const fragment = argumentsText(call.function?.arguments);
    if (!state.started) {
      if (!state.name) {
        state.pendingArguments += fragment;
        return;
      }
      state.started = true;
      output.push({ type: 'tool-call-start', index: state.index, id: state.id, name: state.name });
      if (state.pendingArguments)
        output.push({ type: 'tool-call-delta', index: state.index, id: state.id, argumentsDelta: state.pendingArguments });
    }
    if (fragment) output.push({ type: 'tool-call-delta', index: state.index, id: state.id, argumentsDelta: fragment });
  }

  /** Finds the call a delta belongs to; without `index` (Ollama, some vLLM parsers) a new id or a new name starts the next call. */
  #stateFor(call: OpenAiResponseToolCall): ToolCallState {
    let index = call.index;
    if (typeof index !== 'number') {
      const last = this.#lastToolCall;
      const known = call.id ? [...this.#toolCalls.values()].find((state) => state.id === call.id) : undefined;
      if (known) index = known.index;
      else if (last && !call.id && !(call.function?.name && last.name)) index = last.index;
      else index = this.#toolCalls.size === 0 ? 0 : Math.max(...this.#toolCalls.keys()) + 1;
    }
    let state = this.#toolCalls.get(index);
    if (!state) {
      state = { index, id: call.id || `call_${index}`, name: '', started: false, pendingArguments: '' };
      this.#toolCalls.set(index, state);
    }
    this.#lastToolCall = state;
    return state;
  }

  #closeBlocks(): void {
    if (this.#closed) return;
    const output = this.#output;
    this.#closed = true;
    if (this.#reasoningOpen) output.push({ type: 'reasoning-end', id: reasoningId });
    if (this.#textOpen) output.push({ type: 'text-end', id: textId });
    for (const state of this.#toolCalls.values()) {
      if (!state.started) {
        // A call that never got a name still happened; report it rather than drop its arguments.
        state.started = true;
        output.push({ type: 'tool-call-start', index: state.index, id: state.id, name: state.name });
        if (state.pendingArguments)
          output.push({ type: 'tool-call-delta', index: state.index, id: state.id, argumentsDelta: state.pendingArguments });
      }
      output.push({ type: 'tool-call-end', index: state.index, id: state.id });
    }
  }

  #finish(): void {
    this.#closeBlocks();
    this.done = true;
    this.clean = true;
    const finishReason: FinishReason = mapOpenAiFinishReason(this.#finishReason, this.#toolCalls.size > 0);
    this.#output.push({ type: 'finish', finishReason, usage: this.#usage ?? { promptTokens: 0, completionTokens: 0, totalTokens: 0 } });
  }
}
