// Runs one LlamaChat generation for a prepared request and reports it as stream parts, ending with `finish`.
import type { LLamaChatGenerateResponseOptions } from 'node-llama-cpp';
import type { ChatRequest, ChatStreamPart } from '../types.ts';
import type { Lease } from './llama-runtime.ts';
import type { ChatSlot } from './loaded-llama-model.ts';
import { LlamaPartEmitter } from './llama-part-emitter.ts';
import { mapLlamaFinishReason, type LlamaStopReason } from './map-llama-finish-reason.ts';
import { parseForcedToolCall } from './plan-llama-tools.ts';
import { prepareLlamaRequest } from './prepare-llama-request.ts';

export interface RunLlamaGenerationOptions {
  request: ChatRequest;
  lease: Lease<ChatSlot>;
  /** Aborted by the caller's signal or when the reader stops reading. */
  signal: AbortSignal;
  emit: (part: ChatStreamPart) => void;
}

/**
 * @example
 * await runLlamaGeneration({ request, lease, signal: controller.signal, emit: (part) => queue.push(part) });
 */
export async function runLlamaGeneration(options: RunLlamaGenerationOptions): Promise<void> {
  const { request, lease, signal, emit } = options;
  const prepared = await prepareLlamaRequest({ request, lease });
  emit({ type: 'stream-start', warnings: prepared.warnings });
  const emitter = new LlamaPartEmitter(emit);
  const forced = prepared.tools.mode === 'forced';
  let forcedText = '';
  const common = {
    ...prepared.sampling,
    maxTokens: prepared.maxTokens,
    customStopTriggers: request.stop,
    signal,
    // Stop and keep what was generated, so an abort mid-stream still ends with a finish part.
    stopOnAbortSignal: true,
    onTextChunk: forced ? (text: string) => void (forcedText += text) : (text: string) => emitter.text(text),
  } satisfies LLamaChatGenerateResponseOptions;
  const { chat, sequence } = lease.slot;
  const meterBefore = sequence.tokenMeter.getState();
  let stopReason: LlamaStopReason = 'abort';
  let functionCalls: Array<{ functionName: string; params: unknown }> = [];
  try {
    if (prepared.functions) {
      const response = await chat.generateResponse(prepared.history, {
        ...common,
        functions: prepared.functions,
        documentFunctionParams: true,
        onFunctionCallParamsChunk: (chunk) => emitter.functionCallChunk(chunk),
      });
      stopReason = response.metadata.stopReason;
      functionCalls = response.functionCalls ?? [];
    } else {
      stopReason = (await chat.generateResponse(prepared.history, { ...common, grammar: prepared.grammar })).metadata.stopReason;
    }
  } catch (error) {
    // An abort before the first token throws even with stopOnAbortSignal; after an abort that is a normal end.
    if (!signal.aborted) throw error;
  }
  for (const [index, call] of functionCalls.entries()) {
    emitter.toolCall({ index, name: call.functionName, arguments: JSON.stringify(call.params ?? {}) });
  }
  if (forced) {
    const call = parseForcedToolCall(forcedText);
    if (call) emitter.toolCall({ index: 0, ...call });
    else emitter.text(forcedText);
  }
  const completionTokens = sequence.tokenMeter.diff(meterBefore).usedOutputTokens;
  const usage = { promptTokens: prepared.promptTokens, completionTokens, totalTokens: prepared.promptTokens + completionTokens };
  let finishReason = signal.aborted ? 'abort' : mapLlamaFinishReason(stopReason);
  if (finishReason === 'stop' && emitter.toolCallCount > 0) finishReason = 'tool_calls';
  emitter.finish(finishReason, usage);
}
