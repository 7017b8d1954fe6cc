// `kb:<name>` on /v1/chat/completions: the last user message is the question; the answer carries [n] and a `citations` field.
import { GenstackError } from '../core/errors.ts';
import { countTokens } from '../models/builtin/index.ts';
import { streamFromResult } from '../models/generate-from-stream.ts';
import type { ChatModel, ChatRequest, ChatResult } from '../models/types.ts';
import type { AskRequest } from './service-types.ts';
import type { GroundedAnswer } from './types.ts';

function sourcesBlock(answer: GroundedAnswer): string {
  if (answer.citations.length === 0) return '';
  const heading = answer.language === 'ko' ? '출처' : 'Sources';
  const lines = answer.citations.map(
    (citation) =>
      `[${citation.index}] ${citation.source.title} — ${citation.source.path}${citation.source.page ? ` (p.${citation.source.page})` : ''}`,
  );
  return `\n\n${heading}:\n${lines.join('\n')}`;
}

/**
 * @example
 * const model = createKnowledgeChatModel({ name: '요금 안내', ask: (request) => service.ask('요금 안내', request) });
 */
export function createKnowledgeChatModel(options: { name: string; ask: (request: AskRequest) => Promise<GroundedAnswer> }): ChatModel {
  const generate = async (request: ChatRequest): Promise<ChatResult> => {
    const question = [...request.messages].reverse().find((message) => message.role === 'user')?.content;
    if (!question?.trim())
      throw new GenstackError({ code: 'invalid_request', message: 'Ask a question in a user message.', param: 'messages' });
    const model = request.providerOptions?.knowledge?.model;
    const answer = await options.ask({
      question,
      ...(typeof model === 'string' ? { model } : {}),
      ...(request.signal ? { signal: request.signal } : {}),
    });
    const text = answer.answer + sourcesBlock(answer);
    const promptTokens = countTokens(question);
    const completionTokens = countTokens(text);
    return {
      text,
      toolCalls: [],
      finishReason: 'stop',
      usage: { promptTokens, completionTokens, totalTokens: promptTokens + completionTokens },
      warnings: request.tools?.length
        ? [{ type: 'unsupported-setting', setting: 'tools', message: 'Knowledge-base models answer from documents and do not call tools.' }]
        : [],
      providerMetadata: { citations: answer.citations, grounded: answer.grounded, unsupported: answer.unsupported },
    };
  };
  return {
    provider: 'knowledge',
    modelId: `kb:${options.name}`,
    generate,
    async *stream(request) {
      const result = await generate(request);
      yield* streamFromResult(result, { textChunks: result.text.match(/\S+\s*/g) ?? [result.text] });
    },
  };
}
