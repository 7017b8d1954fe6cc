// Shapes genstack results as OpenAI chat.completion objects and chat.completion.chunk SSE events.
import type { GenstackError } from '../../core/index.ts';
import type { ChatResult, ChatStreamPart, FinishReason, Usage } from '../../models/index.ts';
import { errorBody } from '../errors.ts';

export interface CompletionIdentity {
  id: string;
  created: number;
  model: string;
}

const openAiFinishReason: Record<FinishReason, string> = {
  stop: 'stop',
  length: 'length',
  tool_calls: 'tool_calls',
  content_filter: 'content_filter',
  abort: 'stop',
  error: 'stop',
};

function usageJson(usage: Usage) {
  return { prompt_tokens: usage.promptTokens, completion_tokens: usage.completionTokens, total_tokens: usage.totalTokens };
}

/** The non-streaming response body. */
export function chatCompletionJson(identity: CompletionIdentity, result: ChatResult) {
  const toolCalls = result.toolCalls.map((call) => ({
    id: call.id,
    type: 'function' as const,
    function: { name: call.name, arguments: call.arguments },
  }));
  return {
    id: identity.id,
    object: 'chat.completion',
    created: identity.created,
    model: identity.model,
    system_fingerprint: null,
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content: result.text || (toolCalls.length ? null : ''),
          refusal: null,
          ...(toolCalls.length ? { tool_calls: toolCalls } : {}),
        },
        logprobs: null,
        finish_reason: openAiFinishReason[result.finishReason],
      },
    ],
    usage: usageJson(result.usage),
    ...(result.warnings.length ? { warnings: result.warnings } : {}),
  };
}

/**
 * Encodes stream parts as SSE `data:` events, keeping the per-chunk work to one JSON.stringify.
 * @example
 * const encoder = createChunkEncoder({ identity, includeUsage: true });
 * for await (const part of stream) for (const event of encoder.encode(part)) write(event);
 */
export function createChunkEncoder(options: { identity: CompletionIdentity; includeUsage: boolean }) {
  const { id, created, model } = options.identity;
  const usageField = options.includeUsage ? { usage: null } : {};
  const chunk = (delta: object, finishReason: string | null = null) =>
    `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, system_fingerprint: null, choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }], ...usageField })}\n\n`;
  let sentRole = false;
  const role = () => {
    if (sentRole) return {};
    sentRole = true;
    return { role: 'assistant' };
  };

  return {
    /** SSE events for one part; most parts produce at most one event. */
    encode(part: ChatStreamPart): string[] {
      switch (part.type) {
        case 'text-delta':
          return part.delta ? [chunk({ ...role(), content: part.delta })] : [];
        case 'tool-call-start':
          return [
            chunk({
              ...role(),
              tool_calls: [{ index: part.index, id: part.id, type: 'function', function: { name: part.name, arguments: '' } }],
            }),
          ];
        case 'tool-call-delta':
          return part.argumentsDelta ? [chunk({ tool_calls: [{ index: part.index, function: { arguments: part.argumentsDelta } }] })] : [];
        case 'finish': {
          const events = [chunk(sentRole ? {} : role(), openAiFinishReason[part.finishReason])];
          if (options.includeUsage) {
            events.push(
              `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, system_fingerprint: null, choices: [], usage: usageJson(part.usage) })}\n\n`,
            );
          }
          events.push('data: [DONE]\n\n');
          return events;
        }
        case 'error':
          return [`data: ${JSON.stringify(errorBody(part.error))}\n\n`, 'data: [DONE]\n\n'];
        default:
          return [];
      }
    },
    /** The events that close a stream whose model ended without a finish part. */
    error(error: GenstackError): string[] {
      return [`data: ${JSON.stringify(errorBody(error))}\n\n`, 'data: [DONE]\n\n'];
    },
  };
}
