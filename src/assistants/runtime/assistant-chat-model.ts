// `assistant:<id>` on /v1/chat/completions: the last user message is the turn; the conversation comes from the
// `x-conversation-id` header (providerOptions.genstack.conversationId) or from the hash of the history the client resent.
import { GenstackError } from '../../core/index.ts';
import { countTokens } from '../../models/builtin/index.ts';
import { streamFromResult, type ChatMessage, type ChatModel, type ChatRequest, type ChatResult } from '../../models/index.ts';
import type { TurnInput, TurnResult } from './assistant-runtime.ts';
import type { TranscriptLine } from '../conversations/index.ts';

/**
 * @example
 * const model = createAssistantChatModel({ assistantId: 'energy-store', turn: (input) => runtime.turn(input) });
 */
export function createAssistantChatModel(options: { assistantId: string; turn: (input: TurnInput) => Promise<TurnResult> }): ChatModel {
  const generate = async (request: ChatRequest): Promise<ChatResult> => {
    const lastUser = request.messages.findLastIndex((message) => message.role === 'user');
    const last = request.messages[lastUser];
    if (!last || last.role !== 'user' || !last.content.trim())
      throw new GenstackError({
        code: 'invalid_request',
        message: 'Send the customer’s message as the last user message.',
        param: 'messages',
      });
    const conversationId = request.providerOptions?.genstack?.conversationId;
    // The server puts the authenticated key's actor here; it is trusted because clients cannot set providerOptions.
    const actor = request.providerOptions?.genstack?.actor as TurnInput['actor'];
    const result = await options.turn({
      assistantId: options.assistantId,
      message: last.content,
      ...(typeof conversationId === 'string' ? { conversationId } : { history: transcriptBefore(request.messages, lastUser) }),
      ...(request.signal ? { signal: request.signal } : {}),
      ...(actor ? { actor } : {}),
    });
    const promptTokens = countTokens(last.content);
    const completionTokens = countTokens(result.reply);
    return {
      text: result.reply,
      toolCalls: [],
      finishReason: 'stop',
      usage: { promptTokens, completionTokens, totalTokens: promptTokens + completionTokens },
      warnings: request.tools?.length
        ? [{ type: 'unsupported-setting', setting: 'tools', message: 'An assistant uses its own tools; the request’s tools were ignored.' }]
        : [],
      providerMetadata: {
        conversation_id: result.conversationId,
        intent: result.intent,
        ...(result.citations.length ? { citations: result.citations } : {}),
        tool_calls_made: result.toolCalls.map((call) => ({ name: call.name, arguments: call.arguments, status: call.outcome.status })),
        ...(result.pendingConfirmation ? { pending_confirmation: result.pendingConfirmation } : {}),
        ...(result.handoff ? { handoff: { id: result.handoff.id, status: result.handoff.status } } : {}),
      },
    };
  };
  return {
    provider: 'assistant',
    modelId: `assistant:${options.assistantId}`,
    generate,
    async *stream(request) {
      const result = await generate(request);
      // Word-sized chunks, so a chat UI renders the reply as it would a model's.
      yield* streamFromResult(result, { textChunks: result.text.match(/\S+\s*/gu) ?? [result.text] });
    },
  };
}

/** User and assistant messages before the turn's message: the transcript a resending client already has. */
function transcriptBefore(messages: ChatMessage[], end: number): TranscriptLine[] {
  return messages
    .slice(0, end)
    .filter(
      (message) => (message.role === 'user' || message.role === 'assistant') && typeof message.content === 'string' && message.content,
    )
    .map((message) => ({ role: message.role as 'user' | 'assistant', content: message.content as string }));
}
