// A chat model served by any OpenAI-compatible server: one serialisation, body chunks pushed into an incremental SSE parse.
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
import type { BodyFlow } from './upstream-response.ts';

/** Parts waiting for the consumer beyond which the body is paused (a few hundred tokens). */
const pauseAtParts = 256;

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
    if (!response.hasBody) throw new GenstackError({ code: 'upstream_error', message: 'The model server sent an empty stream.' });
    // The body is pushed chunk by chunk into the parser, which appends parts here; this generator yields them.
    const parts: ChatStreamPart[] = [];
    const mapper = new OpenAiStreamMapper(parts);
    const parser = new SseParser((data, event) => mapper.acceptEvent(data, event));
    let wake: (() => void) | undefined;
    let paused = false;
    const notify = () => {
      if (parts.length === 0) return;
      if (wake) {
        const resolve = wake;
        wake = undefined;
        resolve();
      }
      // A consumer that reads slower than the server writes holds the socket back instead of buffering without bound.
      if (!paused && parts.length >= pauseAtParts) {
        paused = true;
        // Sinks are called from I/O events, never while `stream` below is still returning `flow`.
        flow.pause();
      }
    };
    const unexpectedShape = (error: unknown) => {
      // A chunk of valid JSON in an unexpected shape (choices not an array, …) is still the server's fault.
      const message = `The model server sent stream data of an unexpected shape: ${String(error)}`;
      mapper.fail(new GenstackError({ code: 'upstream_error', message, category: 'third-party', cause: error }));
    };
    let bodyDone = false;
    const flow: BodyFlow = response.stream({
      data(text) {
        try {
          parser.feed(text);
        } catch (error) {
          unexpectedShape(error);
        }
        notify();
      },
      end() {
        bodyDone = true;
        try {
          parser.end();
          mapper.end();
        } catch (error) {
          unexpectedShape(error);
        }
        notify();
      },
      error(error) {
        bodyDone = true;
        mapper.fail(errorFromFetchFailure(error, { baseURL: config.baseURL, signal, midStream: true }));
        notify();
      },
    });
    try {
      yield { type: 'stream-start', warnings: [] };
      for (;;) {
        // Parts pushed while this generator is suspended at a yield are picked up by the same loop.
        for (let index = 0; index < parts.length; index++) yield parts[index]!;
        parts.length = 0;
        if (mapper.done) break;
        if (paused) {
          paused = false;
          flow.resume();
        }
        await new Promise<void>((resolve) => (wake = resolve));
      }
    } finally {
      if (!bodyDone) flow.release(mapper.clean);
    }
  }
}
