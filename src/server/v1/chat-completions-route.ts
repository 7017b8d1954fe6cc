// POST /v1/chat/completions: validate, call the model (whole or streamed), shape the OpenAI reply.
import type { Hono } from 'hono';
import { createId, GenstackError, toGenstackError } from '../../core/index.ts';
import type { ChatStreamPart, ModelRegistry } from '../../models/index.ts';
import type { AppEnv } from '../request-context.ts';
import { parseJsonBody } from '../validate.ts';
import { chatCompletionRequestSchema } from './chat-schema.ts';
import { chatCompletionJson, createChunkEncoder } from './chat-response.ts';
import { convertChatRequest } from './convert-chat-request.ts';

const sseHeaders = { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', 'x-accel-buffering': 'no' };

export function registerChatCompletions(app: Hono<AppEnv>, options: { models: ModelRegistry }): void {
  app.post('/v1/chat/completions', async (c) => {
    const body = await parseJsonBody(c, chatCompletionRequestSchema);
    const context = c.get('context');
    const model = options.models.chat(body.model);
    const request = convertChatRequest(body, context.signal);
    const identity = { id: createId('chatcmpl-', 18), created: Math.floor(Date.now() / 1000), model: body.model };
    if (!body.stream) return c.json(chatCompletionJson(identity, await model.generate(request)));

    const iterator = model.stream(request)[Symbol.asyncIterator]();
    // Pull the first part before answering, so failures before any output get a real HTTP status.
    const first = await iterator.next();
    const encoder = createChunkEncoder({ identity, includeUsage: body.stream_options?.include_usage === true });
    const bytes = new TextEncoder();
    let finished = false;
    const enqueue = (controller: ReadableStreamDefaultController<Uint8Array>, part: ChatStreamPart) => {
      if (part.type === 'finish' || part.type === 'error') finished = true;
      for (const event of encoder.encode(part)) controller.enqueue(bytes.encode(event));
    };
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        if (!first.done) enqueue(controller, first.value);
      },
      async pull(controller) {
        try {
          const next = finished ? { done: true as const, value: undefined } : await iterator.next();
          if (next.done) {
            if (!finished) {
              const reason = context.signal.aborted ? 'The request was cancelled or the server is shutting down.' : 'The model stream ended unexpectedly.';
              for (const event of encoder.error(new GenstackError({ code: context.signal.aborted ? 'aborted' : 'upstream_error', message: reason }))) controller.enqueue(bytes.encode(event));
            }
            controller.close();
            return;
          }
          enqueue(controller, next.value);
        } catch (error) {
          finished = true;
          for (const event of encoder.error(toGenstackError(error))) controller.enqueue(bytes.encode(event));
          controller.close();
        }
      },
      async cancel() {
        await iterator.return?.(undefined);
      },
    });
    return new Response(stream, { headers: { ...sseHeaders, 'x-request-id': context.requestId } });
  });
}
