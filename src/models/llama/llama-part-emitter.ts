// Turns node-llama-cpp's text and function-call callbacks into genstack's typed stream parts, opening and closing blocks.
import { randomUUID } from 'node:crypto';
import type { LlamaChatResponseFunctionCallParamsChunk } from 'node-llama-cpp';
import type { ChatStreamPart, FinishReason, Usage } from '../types.ts';

interface OpenCall {
  id: string;
  ended: boolean;
}

const newCallId = (): string => `call_${randomUUID().replaceAll('-', '').slice(0, 24)}`;

/**
 * @example
 * const emitter = new LlamaPartEmitter((part) => queue.push(part));
 * emitter.text('Hello'); emitter.finish('stop', usage);
 */
export class LlamaPartEmitter {
  private textId: string | undefined;
  private textBlocks = 0;
  private readonly calls = new Map<number, OpenCall>();

  constructor(private readonly emit: (part: ChatStreamPart) => void) {}

  get toolCallCount(): number {
    return this.calls.size;
  }

  text(delta: string): void {
    if (!delta) return;
    if (this.textId === undefined) {
      this.textId = `text-${this.textBlocks++}`;
      this.emit({ type: 'text-start', id: this.textId });
    }
    this.emit({ type: 'text-delta', id: this.textId, delta });
  }

  /** A piece of a native function call's arguments, as node-llama-cpp streams them. */
  functionCallChunk(chunk: LlamaChatResponseFunctionCallParamsChunk): void {
    let call = this.calls.get(chunk.callIndex);
    if (!call) call = this.startCall(chunk.callIndex, chunk.functionName);
    if (chunk.paramsChunk) this.emit({ type: 'tool-call-delta', index: chunk.callIndex, id: call.id, argumentsDelta: chunk.paramsChunk });
    if (chunk.done) this.endCall(chunk.callIndex);
  }

  /** A whole call at once: forced calls, and native calls whose arguments never streamed (a function without parameters). */
  toolCall(options: { index: number; name: string; arguments: string }): void {
    if (this.calls.has(options.index)) return;
    const call = this.startCall(options.index, options.name);
    this.emit({ type: 'tool-call-delta', index: options.index, id: call.id, argumentsDelta: options.arguments });
    this.endCall(options.index);
  }

  /** Closes whatever is open, then emits the one `finish` part. */
  finish(finishReason: FinishReason, usage: Usage): void {
    this.closeText();
    for (const index of this.calls.keys()) this.endCall(index);
    this.emit({ type: 'finish', finishReason, usage });
  }

  private closeText(): void {
    if (this.textId === undefined) return;
    this.emit({ type: 'text-end', id: this.textId });
    this.textId = undefined;
  }

  private startCall(index: number, name: string): OpenCall {
    this.closeText();
    const call = { id: newCallId(), ended: false };
    this.calls.set(index, call);
    this.emit({ type: 'tool-call-start', index, id: call.id, name });
    return call;
  }

  private endCall(index: number): void {
    const call = this.calls.get(index);
    if (!call || call.ended) return;
    call.ended = true;
    this.emit({ type: 'tool-call-end', index, id: call.id });
  }
}
