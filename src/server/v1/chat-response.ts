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
    // Provider extras (a knowledge answer's `citations`) go first, so they can never replace a standard field.
    ...result.providerMetadata,
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
          // The field vLLM and DeepSeek use, which OpenAI-compatible clients (Open WebUI, LiteLLM) read.
          ...(result.reasoning ? { reasoning_content: result.reasoning } : {}),
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
 * Encodes stream parts as SSE `data:` events. Everything around the delta is serialised once per stream, so a text
 * chunk costs one JSON.stringify of its text (the gateway bench measured the whole-object stringify at ~3% of the
 * server's CPU); the bytes are the same as `JSON.stringify` of the whole chunk object.
 * @example
 * const encoder = createChunkEncoder({ identity, includeUsage: true });
 * for await (const part of stream) for (const event of encoder.encode(part)) write(event);
 */
export function createChunkEncoder(options: { identity: CompletionIdentity; includeUsage: boolean }) {
  const { id, created, model } = options.identity;
  const head = `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, system_fingerprint: null }).slice(0, -1)},"choices":[{"index":0,"delta":`;
  const tail = `,"logprobs":null,"finish_reason":`;
  const end = `}]${options.includeUsage ? ',"usage":null' : ''}}\n\n`;
  const chunkJson = (deltaJson: string, finishReason: string | null) =>
    `${head}${deltaJson}${tail}${finishReason === null ? 'null' : JSON.stringify(finishReason)}${end}`;
  const chunk = (delta: object, finishReason: string | null = null) => chunkJson(JSON.stringify(delta), finishReason);
  let sentRole = false;
  const role = () => {
    if (sentRole) return {};
    sentRole = true;
    return { role: 'assistant' };
  };
  const textChunk = (text: string) => {
    const roleField = sentRole ? '' : '"role":"assistant",';
    sentRole = true;
    return chunkJson(`{${roleField}"content":${JSON.stringify(text)}}`, null);
  };

  return {
    /** SSE events for one part; most parts produce at most one event. */
    encode(part: ChatStreamPart): string[] {
      switch (part.type) {
        case 'text-delta':
          return part.delta ? [textChunk(part.delta)] : [];
        case 'reasoning-delta':
          return part.delta ? [chunk({ ...role(), reasoning_content: part.delta })] : [];
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
          const delta = sentRole ? {} : role();
          const finishReason = openAiFinishReason[part.finishReason];
          // Provider extras (an assistant's conversation_id, a knowledge answer's citations) ride on the last chunk, as in JSON.
          const last = part.providerMetadata
            ? `data: ${JSON.stringify({
                ...part.providerMetadata,
                id,
                object: 'chat.completion.chunk',
                created,
                model,
                system_fingerprint: null,
                choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
                ...(options.includeUsage ? { usage: null } : {}),
              })}\n\n`
            : chunk(delta, finishReason);
          const events = [last];
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
