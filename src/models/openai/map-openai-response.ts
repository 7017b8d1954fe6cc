// Maps a non-streamed chat-completions response (and the pieces streams share with it) onto genstack types.
import { GenstackError } from '../../core/errors.ts';
import type { ChatResult, ToolCall, Usage } from '../types.ts';
import type { OpenAiChatResponse, OpenAiReasoningFields, OpenAiResponseToolCall, OpenAiUsage } from './openai-api-types.ts';
import { mapOpenAiFinishReason } from './map-openai-finish-reason.ts';

/** Missing counts are zero; a missing total is the sum, as some servers omit it. */
export function mapOpenAiUsage(usage: OpenAiUsage | null | undefined): Usage {
  const promptTokens = usage?.prompt_tokens ?? 0;
  const completionTokens = usage?.completion_tokens ?? 0;
  return { promptTokens, completionTokens, totalTokens: usage?.total_tokens ?? promptTokens + completionTokens };
}

/** Arguments are a JSON text in the OpenAI format, but some servers send the parsed object. */
export function argumentsText(value: string | Record<string, unknown> | undefined): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The reasoning text of a message or a delta, whichever field the server uses; undefined when there is none. */
export function reasoningText(fields: OpenAiReasoningFields | undefined): string | undefined {
  const text = fields?.reasoning_content ?? fields?.reasoning;
  return typeof text === 'string' && text.length > 0 ? text : undefined;
}

function mapToolCall(call: OpenAiResponseToolCall, position: number): ToolCall {
  return { id: call.id || `call_${position}`, name: call.function?.name ?? '', arguments: argumentsText(call.function?.arguments) };
}

/**
 * @example
 * mapOpenAiChatResponse({ choices: [{ message: { content: 'Hi' }, finish_reason: 'stop' }] }).text; // 'Hi'
 */
export function mapOpenAiChatResponse(response: OpenAiChatResponse): ChatResult {
  const choice = response.choices?.[0];
  if (!choice) {
    throw new GenstackError({ code: 'upstream_error', message: 'The model server answered without any choice.', category: 'third-party' });
  }
  const toolCalls = (choice.message?.tool_calls ?? []).map(mapToolCall);
  const reasoning = reasoningText(choice.message);
  return {
    text: choice.message?.content ?? '',
    ...(reasoning === undefined ? {} : { reasoning }),
    toolCalls,
    finishReason: mapOpenAiFinishReason(choice.finish_reason, toolCalls.length > 0),
    usage: mapOpenAiUsage(response.usage),
    warnings: [],
  };
}
