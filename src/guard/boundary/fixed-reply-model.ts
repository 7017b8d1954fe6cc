// A chat model that answers every request with one fixed text: the guard's own reply (crisis support) in place of a model's.
import { streamFromResult, type ChatModel, type ChatResult } from '../../models/index.ts';

/**
 * Keeps the model's provider and id, so the reply is reported under the model the client asked for; no tokens are spent.
 * @example
 * const model = fixedReplyModel({ model: registry.chat('remote'), text: crisisReply({ language: 'ko' }) });
 */
export function fixedReplyModel(options: { model: ChatModel; text: string }): ChatModel {
  const result: ChatResult = {
    text: options.text,
    toolCalls: [],
    finishReason: 'stop',
    usage: { promptTokens: 0, completionTokens: 0, totalTokens: 0 },
    warnings: [],
  };
  return {
    provider: options.model.provider,
    modelId: options.model.modelId,
    generate: async () => result,
    stream: () => streamFromResult(result),
  };
}
