// Maps node-llama-cpp's stop reasons onto genstack's FinishReason.
import type { LlamaChatResponse } from 'node-llama-cpp';
import type { FinishReason } from '../types.ts';

export type LlamaStopReason = LlamaChatResponse['metadata']['stopReason'];

const finishReasons: Record<LlamaStopReason, FinishReason> = {
  eogToken: 'stop',
  stopGenerationTrigger: 'stop',
  customStopTrigger: 'stop',
  functionCalls: 'tool_calls',
  maxTokens: 'length',
  abort: 'abort',
};

/**
 * @example
 * mapLlamaFinishReason('maxTokens'); // 'length'
 */
export function mapLlamaFinishReason(reason: LlamaStopReason): FinishReason {
  return finishReasons[reason];
}
