// Maps a server's finish_reason onto genstack's FinishReason, including the names other servers use for the same thing.
import type { FinishReason } from '../types.ts';

// A Map, not an object literal, so a reason such as 'constructor' cannot hit Object.prototype.
const finishReasons = new Map<string, FinishReason>([
  ['stop', 'stop'],
  ['eos', 'stop'], // TGI
  ['eos_token', 'stop'],
  ['stop_sequence', 'stop'],
  ['length', 'length'],
  ['max_tokens', 'length'],
  ['tool_calls', 'tool_calls'],
  ['function_call', 'tool_calls'], // the deprecated functions API
  ['content_filter', 'content_filter'],
  ['abort', 'abort'], // vLLM, when generation was cancelled
  ['error', 'error'],
]);

/**
 * Unknown or missing reasons count as 'stop'. Ollama and some llama.cpp builds answer 'stop' even when the
 * turn ended in tool calls, so a 'stop' with tool calls becomes 'tool_calls' and a tool loop keeps going.
 * @example
 * mapOpenAiFinishReason('function_call', false); // 'tool_calls'
 */
export function mapOpenAiFinishReason(reason: string | null | undefined, hasToolCalls: boolean): FinishReason {
  const mapped = (reason ? finishReasons.get(reason) : undefined) ?? 'stop';
  return mapped === 'stop' && hasToolCalls ? 'tool_calls' : mapped;
}
