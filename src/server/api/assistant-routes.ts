// Assistant routes under /api: assistants (list, define, remove), turns, conversations with their tool calls, blueprints,
// and the human handoff queue (take, reply, close).
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { GenstackError } from '../../core/index.ts';
import { assistantDefinitionSchema, type AssistantRuntime, type StoredDefinitions } from '../../assistants/index.ts';
import { listBlueprints } from '../../blueprints/index.ts';
import { installAndActivateBlueprint, type Platform } from '../../platform/index.ts';
import type { AppEnv } from '../request-context.ts';
import { parseJsonBody } from '../validate.ts';

export const turnSchema = z.strictObject({
  message: z.string().min(1).max(8000),
  conversationId: z.string().min(1).max(128).optional(),
});
export const agentSchema = z.strictObject({ agent: z.string().min(1).max(128) });
export const agentReplySchema = z.strictObject({ agent: z.string().min(1).max(128), content: z.string().min(1).max(8000) });
export const installSchema = z.strictObject({ from: z.string().min(1).optional(), seed: z.number().int().optional() });

export interface AssistantRouteOptions {
  assistants: AssistantRuntime;
  assistantDefinitions: StoredDefinitions;
  /** Installing a blueprint needs the whole platform (store, knowledge, runtime). */
  platform: Pick<Platform, 'store' | 'knowledge' | 'assistants'> | undefined;
}

/** With keys in use, changing definitions needs a builder (or admin) key and installing data an admin key; loopback without keys is the owner. */
function requireRole(c: Context<AppEnv>, roles: ReadonlyArray<'admin' | 'builder'>): void {
  const key = c.get('context').apiKey;
  if (key && !(roles as readonly string[]).includes(key.role))
    throw new GenstackError({
      code: 'forbidden',
      message: `This needs a key with role ${roles.join(' or ')} (this key is '${key.role}').`,
    });
}

export function registerAssistantRoutes(app: Hono<AppEnv>, options: AssistantRouteOptions): void {
  const { assistants } = options;
  const requireAssistant = (id: string) => {
    const definition = assistants.get(id);
    if (!definition) throw new GenstackError({ code: 'not_found', message: `No assistant '${id}'.`, param: 'id' });
    return definition;
  };

  app.get('/api/assistants', (c) => c.json({ assistants: assistants.list() }));
  app.get('/api/assistants/:id', (c) => c.json(requireAssistant(c.req.param('id'))));
  app.put('/api/assistants/:id', async (c) => {
    requireRole(c, ['admin', 'builder']);
    const definition = await parseJsonBody(c, assistantDefinitionSchema);
    if (definition.id !== c.req.param('id'))
      throw new GenstackError({ code: 'invalid_request', message: 'The id in the body must match the URL.', param: 'id' });
    const existing = assistants.get(definition.id)?.blueprint;
    if (existing)
      throw new GenstackError({
        code: 'conflict',
        message: `'${definition.id}' is the assistant of blueprint '${existing}'; re-install the blueprint to change its data.`,
      });
    const registered = assistants.register({ definition });
    options.assistantDefinitions.save(registered);
    return c.json(registered);
  });
  app.delete('/api/assistants/:id', async (c) => {
    requireRole(c, ['admin', 'builder']);
    const id = c.req.param('id');
    const stored = options.assistantDefinitions.remove(id);
    if (!stored) throw new GenstackError({ code: 'not_found', message: `No user-defined assistant '${id}'.`, param: 'id' });
    await assistants.unregister(id);
    return c.json({ deleted: id });
  });
  app.post('/api/assistants/:id/turns', async (c) => {
    const body = await parseJsonBody(c, turnSchema);
    const result = await assistants.turn({
      assistantId: requireAssistant(c.req.param('id')).id,
      message: body.message,
      ...(body.conversationId ? { conversationId: body.conversationId } : {}),
      signal: c.get('context').signal,
    });
    return c.json(result);
  });

  app.get('/api/conversations', (c) => {
    const status = c.req.query('status');
    if (status && !['open', 'handoff', 'closed'].includes(status))
      throw new GenstackError({ code: 'invalid_request', message: 'status is open, handoff or closed.', param: 'status' });
    const limit = Number(c.req.query('limit') ?? 100);
    return c.json({
      conversations: assistants.conversations.list({
        ...(c.req.query('assistant') ? { assistantId: c.req.query('assistant') } : {}),
        ...(status ? { status: status as 'open' } : {}),
        limit: Number.isFinite(limit) ? limit : 100,
      }),
    });
  });
  app.get('/api/conversations/:id', (c) => {
    const conversation = assistants.conversations.get(c.req.param('id'));
    if (!conversation) throw new GenstackError({ code: 'not_found', message: `No conversation '${c.req.param('id')}'.`, param: 'id' });
    return c.json({
      ...conversation,
      messages: assistants.conversations.messages(conversation.id),
      toolCalls: assistants.conversations.toolCalls(conversation.id),
    });
  });

  app.get('/api/handoffs', (c) => {
    const status = c.req.query('status');
    if (status && !['waiting', 'taken', 'closed'].includes(status))
      throw new GenstackError({ code: 'invalid_request', message: 'status is waiting, taken or closed.', param: 'status' });
    return c.json({ handoffs: assistants.conversations.handoffs(status ? { status: status as 'waiting' } : {}) });
  });
  app.get('/api/handoffs/:id', (c) => {
    const handoff = assistants.conversations.getHandoff(c.req.param('id'));
    if (!handoff) throw new GenstackError({ code: 'not_found', message: `No handoff '${c.req.param('id')}'.`, param: 'id' });
    return c.json({ ...handoff, transcript: assistants.conversations.messages(handoff.conversationId) });
  });
  app.post('/api/handoffs/:id/take', async (c) => {
    const { agent } = await parseJsonBody(c, agentSchema);
    return c.json(assistants.conversations.takeHandoff({ id: c.req.param('id'), agent }));
  });
  app.post('/api/handoffs/:id/messages', async (c) => {
    const body = await parseJsonBody(c, agentReplySchema);
    return c.json(assistants.conversations.agentReply({ id: c.req.param('id'), ...body }), 201);
  });
  app.post('/api/handoffs/:id/close', async (c) => {
    const { agent } = await parseJsonBody(c, agentSchema);
    return c.json(assistants.conversations.closeHandoff({ id: c.req.param('id'), agent }));
  });

  app.get('/api/blueprints', (c) => {
    if (!options.platform) throw new GenstackError({ code: 'not_implemented', message: 'Blueprints need the full platform.' });
    return c.json({ blueprints: listBlueprints(options.platform.store.database) });
  });
  app.post('/api/blueprints/:name/install', async (c) => {
    requireRole(c, ['admin']);
    if (!options.platform) throw new GenstackError({ code: 'not_implemented', message: 'Blueprints need the full platform.' });
    const body = await parseJsonBody(c, installSchema);
    const result = installAndActivateBlueprint(options.platform, {
      name: c.req.param('name'),
      ...(body.from ? { from: body.from } : {}),
      ...(body.seed !== undefined ? { seed: body.seed } : {}),
    });
    return c.json(result, 201);
  });
}
