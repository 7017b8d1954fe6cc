// A chat model served by any OpenAI-compatible server, over plain fetch: one serialisation, an incremental SSE parse.
import { GenstackError } from '../../core/errors.ts';
import { streamFromResult } from '../generate-from-stream.ts';
import type { ChatModel, ChatRequest, ChatResult, ChatStreamPart } from '../types.ts';
import type { OpenAiChatResponse } from './openai-api-types.ts';
import { buildOpenAiChatBody } from './build-openai-chat-body.ts';
import { errorFromFetchFailure, errorFromStreamPayload } from './openai-error.ts';
import { mapOpenAiChatResponse } from './map-openai-response.ts';
import { OpenAiStreamMapper } from './openai-stream-mapper.ts';
import type { OpenAiConfig } from './openai-settings.ts';
import { SseParser } from './parse-sse.ts';
import { postToOpenAi, readOpenAiJson } from './post-to-openai.ts';
import { releaseBody } from './release-body.ts';

const decodeOptions = { stream: true };

function toResult(response: OpenAiChatResponse): ChatResult {
  // A few servers answer 200 with an error object instead of an error status.
  const error = (response as { error?: unknown }).error;
  if (error !== undefined && error !== null && !response.choices) throw errorFromStreamPayload(response);
  return mapOpenAiChatResponse(response);
}

export class OpenAiChatModel implements ChatModel {
  readonly provider = 'openai';
  readonly modelId: string;
  readonly #config: OpenAiConfig;

  constructor(modelId: string, config: OpenAiConfig) {
    this.modelId = modelId;
    this.#config = config;
  }

  /**
   * @example
   * const result = await model.generate({ messages: [{ role: 'user', content: 'Hello' }] });
   */
  async generate(request: ChatRequest): Promise<ChatResult> {
    const config = this.#config;
    const body = JSON.stringify(buildOpenAiChatBody({ model: config.upstreamModel, request, stream: false }));
    const response = await postToOpenAi(config, { url: config.chatCompletionsURL, body, signal: request.signal });
    return toResult(await readOpenAiJson<OpenAiChatResponse>(config, { response, signal: request.signal }));
  }

  /**
   * HTTP and connection failures throw before the first part; once `stream-start` was yielded, every failure
   * (an in-stream error, malformed data, a dropped connection, an abort) is one final `error` part.
   * @example
   * for await (const part of model.stream({ messages })) if (part.type === 'text-delta') process.stdout.write(part.delta);
   */
  async *stream(request: ChatRequest): AsyncGenerator<ChatStreamPart> {
    const config = this.#config;
    const signal = request.signal;
    const body = JSON.stringify(buildOpenAiChatBody({ model: config.upstreamModel, request, stream: true }));
    const response = await postToOpenAi(config, { url: config.chatCompletionsURL, body, signal });
    // Servers that ignore `stream: true` answer with one JSON completion; replay it as a stream.
    if (response.headers.get('content-type')?.startsWith('application/json')) {
      yield* streamFromResult(toResult(await readOpenAiJson<OpenAiChatResponse>(config, { response, signal })));
      return;
    }
    if (!response.body) throw new GenstackError({ code: 'upstream_error', message: 'The model server sent an empty stream.' });
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    const parts: ChatStreamPart[] = [];
    const mapper = new OpenAiStreamMapper(parts);
    const parser = new SseParser((data, event) => mapper.acceptEvent(data, event));
    let bodyDone = false;
    try {
      yield { type: 'stream-start', warnings: [] };
      while (!mapper.done) {
        let chunk: Awaited<ReturnType<typeof reader.read>> | undefined;
        try {
          chunk = await reader.read();
        } catch (error) {
          bodyDone = true;
          mapper.fail(errorFromFetchFailure(error, { baseURL: config.baseURL, signal, midStream: true }));
        }
        if (chunk) {
          try {
            if (chunk.done) {
              bodyDone = true;
              parser.feed(decoder.decode());
              parser.end();
              mapper.end();
            } else {
              parser.feed(decoder.decode(chunk.value, decodeOptions));
            }
          } catch (error) {
            // A chunk of valid JSON in an unexpected shape (choices not an array, …) is still the server's fault.
            const message = `The model server sent stream data of an unexpected shape: ${String(error)}`;
            mapper.fail(new GenstackError({ code: 'upstream_error', message, category: 'third-party', cause: error }));
          }
        }
        for (let index = 0; index < parts.length; index++) yield parts[index]!;
        parts.length = 0;
      }
    } finally {
      if (!bodyDone) releaseBody(reader, { clean: mapper.clean });
    }
  }
}
