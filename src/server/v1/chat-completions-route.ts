// POST /v1/chat/completions: validate, call the model (whole or streamed), shape the OpenAI reply; the key's token
// budget is checked before and charged with the reported usage after (at the stream's end for streams); the request's
// audit record is written while the model call is in flight and committed before any reply, and the reply's record
// (`chat.completion.result`, under the same completion id) before the reply's end is sent.
import type { Hono } from 'hono';
import { createId, type Logger } from '../../core/index.ts';
import { actorFromApiKey, guardChatRequest, type AuditLog, type GuardPolicy } from '../../guard/index.ts';
import type { ChatStreamPart, ModelRegistry } from '../../models/index.ts';
import { actorOf } from '../api/require-role.ts';
import type { WorkspaceAccess } from '../api/workspace-access.ts';
import type { AppEnv, TokenMeter } from '../request-context.ts';
import { parseJsonBody } from '../validate.ts';
import { createChatEventSource } from './chat-event-source.ts';
import { chatCompletionRequestSchema } from './chat-schema.ts';
import { chatCompletionJson, createChunkEncoder } from './chat-response.ts';
import { convertChatRequest } from './convert-chat-request.ts';
import { sendSse } from './send-sse.ts';
import { auditedInFlight } from './audited-in-flight.ts';
import { auditedAtEnd, completionResultOfWhole, type CompletionIdentity } from './completion-audit.ts';

const sseHeaders = { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', 'x-accel-buffering': 'no' };

/** Passes the parts through and charges the usage of the `finish` part once the stream is read to it. */
async function* chargedAtFinish(parts: AsyncIterable<ChatStreamPart>, tokens: TokenMeter): AsyncIterable<ChatStreamPart> {
  for await (const part of parts) {
    if (part.type === 'finish') await tokens.charge(part.usage.totalTokens);
    yield part;
  }
}

export function registerChatCompletions(
  app: Hono<AppEnv>,
  options: { models: ModelRegistry; access: WorkspaceAccess; guardPolicy: GuardPolicy; audit?: AuditLog; logger: Logger },
): void {
  app.post('/v1/chat/completions', async (c) => {
    const body = await parseJsonBody(c, chatCompletionRequestSchema);
    const context = c.get('context');
    const actor = actorOf(c);
    options.access.requireModel(actor, body.model);
    const request = convertChatRequest(body, context.signal);
    const { model, decisions, refusal, auditInput } = guardChatRequest({
      models: options.models,
      modelId: body.model,
      request,
      policy: options.guardPolicy,
      // A conversation's history comes again with every request: its scans are remembered, within the workspace only.
      scope: actor.workspace,
    });
    const identity = { id: createId('chatcmpl-', 18), created: Math.floor(Date.now() / 1000), model: body.model };
    // Assistant turns keep their own record (chat.turn); other models get one for the request and one for the reply.
    const audit = body.model.startsWith('assistant:') ? undefined : options.audit;
    const auditIdentity: CompletionIdentity = {
      completionId: identity.id,
      workspace: actor.workspace,
      actor: actorFromApiKey(context.apiKey),
      model: body.model,
    };
    // The record is written at the next turn, while the upstream call below is in flight, and awaited before any reply.
    const audited = audit?.appendSoon({
      event: 'chat.completion',
      workspace: auditIdentity.workspace,
      actor: auditIdentity.actor,
      model: auditIdentity.model,
      conversationId: auditIdentity.completionId,
      decisions,
      content: { input: auditInput },
    });
    // Awaited below; this only keeps a failure from being reported as unhandled when an earlier step throws first.
    audited?.catch(() => undefined);
    if (refusal) {
      await audited;
      throw refusal;
    }
    // An assistant conversation to continue (assistant:<id> models); other models ignore it.
    const conversationId = c.req.header('x-conversation-id');
    if (conversationId && body.model.startsWith('assistant:')) options.access.conversation(actor, conversationId);
    // The actor reaches assistant:<id> turns (tool-role checks, audit); clients cannot set providerOptions themselves.
    request.providerOptions = { ...request.providerOptions, genstack: { ...(conversationId ? { conversationId } : {}), actor } };
    await context.tokens?.check();
    if (!body.stream) {
      const result = await auditedInFlight({
        context,
        audit: audited,
        call: () => model.generate(request),
      });
      await context.tokens?.charge(result.usage.totalTokens);
      await audit?.appendSoon(completionResultOfWhole(auditIdentity, result));
      const continued = result.providerMetadata?.conversation_id;
      if (typeof continued === 'string') c.header('x-conversation-id', continued);
      return c.json(chatCompletionJson(identity, result));
    }

    // Pull the first part before answering, so failures before any output get a real HTTP status.
    const { iterator, first } = await auditedInFlight({
      context,
      audit: audited,
      call: async () => {
        const stream = model.stream(request);
        const charged = context.tokens ? chargedAtFinish(stream, context.tokens) : stream;
        const parts = audit
          ? auditedAtEnd(charged, {
              audit,
              identity: auditIdentity,
              signal: context.signal,
              onLateFailure: (error) =>
                options.logger.error('audit record of a cut-short reply not written', {
                  requestId: context.requestId,
                  error: String(error),
                }),
            })
          : charged;
        const iterator = parts[Symbol.asyncIterator]();
        return { iterator, first: await iterator.next() };
      },
      discard: (started) => void started.iterator.return?.(),
    });
    const encoder = createChunkEncoder({ identity, includeUsage: body.stream_options?.include_usage === true });
    const source = createChatEventSource({ iterator, first, encoder, signal: context.signal });
    return sendSse(c, { source, headers: { ...sseHeaders, 'x-request-id': context.requestId } });
  });
}
