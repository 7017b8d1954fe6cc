// POST /v1/chat/completions: validate, call the model (whole or streamed), shape the OpenAI reply.
import type { Hono } from 'hono';
import { createId } from '../../core/index.ts';
import type { ModelRegistry } from '../../models/index.ts';
import type { AppEnv } from '../request-context.ts';
import { parseJsonBody } from '../validate.ts';
import { createChatEventSource } from './chat-event-source.ts';
import { chatCompletionRequestSchema } from './chat-schema.ts';
import { chatCompletionJson, createChunkEncoder } from './chat-response.ts';
import { convertChatRequest } from './convert-chat-request.ts';
import { sendSse } from './send-sse.ts';

const sseHeaders = { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', 'x-accel-buffering': 'no' };

export function registerChatCompletions(app: Hono<AppEnv>, options: { models: ModelRegistry }): void {
  app.post('/v1/chat/completions', async (c) => {
    const body = await parseJsonBody(c, chatCompletionRequestSchema);
    const context = c.get('context');
    const model = options.models.chat(body.model);
    const request = convertChatRequest(body, context.signal);
    // An assistant conversation to continue (assistant:<id> models); other models ignore it.
    const conversationId = c.req.header('x-conversation-id');
    if (conversationId) request.providerOptions = { ...request.providerOptions, genstack: { conversationId } };
    const identity = { id: createId('chatcmpl-', 18), created: Math.floor(Date.now() / 1000), model: body.model };
    if (!body.stream) {
      const result = await model.generate(request);
      const continued = result.providerMetadata?.conversation_id;
      if (typeof continued === 'string') c.header('x-conversation-id', continued);
      return c.json(chatCompletionJson(identity, result));
    }

    const iterator = model.stream(request)[Symbol.asyncIterator]();
    // Pull the first part before answering, so failures before any output get a real HTTP status.
    const first = await iterator.next();
    const encoder = createChunkEncoder({ identity, includeUsage: body.stream_options?.include_usage === true });
    const source = createChatEventSource({ iterator, first, encoder, signal: context.signal });
    return sendSse(c, { source, headers: { ...sseHeaders, 'x-request-id': context.requestId } });
  });
}
