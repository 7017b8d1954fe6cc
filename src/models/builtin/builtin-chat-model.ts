// The builtin ChatModel: a deterministic turn, returned whole or streamed in word-sized deltas, cancellable by AbortSignal.
import { GenstackError } from '../../core/errors.ts';
import type { ChatModel, ChatRequest, ChatResult, ChatStreamPart } from '../types.ts';
import type { DateContext } from './entities/index.ts';
import { countTokens } from './language/index.ts';
import { runTurn, wordPieces } from './turn/index.ts';

export interface BuiltinChatModelOptions {
  modelId: string;
  now: () => Date;
  /** IANA time zone for relative dates; a request may override it with providerOptions.builtin.timeZone. */
  timeZone: string;
}

const argumentsChunkSize = 24;

function abortError(): GenstackError {
  return new GenstackError({ code: 'aborted', message: 'The request was cancelled.' });
}

/**
 * @example
 * const model = createBuiltinChatModel({ modelId: 'builtin', now: () => new Date(), timeZone: 'Asia/Seoul' });
 * (await model.generate({ messages: [{ role: 'user', content: 'hi' }] })).text; // 'Hello! …'
 */
export function createBuiltinChatModel(options: BuiltinChatModelOptions): ChatModel {
  const dates = (request: ChatRequest): DateContext => {
    const override = request.providerOptions?.['builtin']?.['timeZone'];
    return { now: options.now(), timeZone: typeof override === 'string' ? override : options.timeZone };
  };
  const compute = (request: ChatRequest): ChatResult => {
    if (request.signal?.aborted) throw abortError();
    try {
      return runTurn(request, dates(request));
    } catch (error) {
      // Stack exhaustion on a pathological request is the caller's doing, not a server fault.
      if (error instanceof RangeError) {
        throw new GenstackError({
          code: 'unprocessable',
          message: 'The request is nested too deeply for the builtin engine.',
          cause: error,
        });
      }
      throw error;
    }
  };
  return {
    provider: 'builtin',
    modelId: options.modelId,
    async generate(request) {
      return compute(request);
    },
    stream(request) {
      return streamResult(request, compute);
    },
  };
}

/** Streams a computed result; an abort mid-stream closes the open text block and finishes with 'abort'. */
async function* streamResult(request: ChatRequest, compute: (request: ChatRequest) => ChatResult): AsyncGenerator<ChatStreamPart> {
  const result = compute(request);
  const aborted = (): boolean => request.signal?.aborted === true;
  yield { type: 'stream-start', warnings: result.warnings };
  let sent = '';
  if (result.text) {
    yield { type: 'text-start', id: 'text-0' };
    for (const delta of wordPieces(result.text)) {
      if (aborted()) break;
      sent += delta;
      yield { type: 'text-delta', id: 'text-0', delta };
    }
    yield { type: 'text-end', id: 'text-0' };
  }
  for (const [index, call] of result.toolCalls.entries()) {
    if (aborted()) break;
    yield { type: 'tool-call-start', index, id: call.id, name: call.name };
    for (let offset = 0; offset < call.arguments.length; offset += argumentsChunkSize) {
      yield { type: 'tool-call-delta', index, id: call.id, argumentsDelta: call.arguments.slice(offset, offset + argumentsChunkSize) };
    }
    yield { type: 'tool-call-end', index, id: call.id };
  }
  if (aborted()) {
    const completionTokens = Math.max(1, countTokens(sent));
    yield {
      type: 'finish',
      finishReason: 'abort',
      usage: { ...result.usage, completionTokens, totalTokens: result.usage.promptTokens + completionTokens },
    };
    return;
  }
  yield { type: 'finish', finishReason: result.finishReason, usage: result.usage };
}
