// Assistant routes under /api: assistants (list, define, remove), turns, conversations with their tool calls, blueprints,
// and the human handoff queue (take, reply, close). Everything is scoped to the caller's workspace: another workspace's
// assistant, conversation or handoff answers 404 as if it did not exist.
import type { Hono } from 'hono';
import { z } from 'zod';
import { GenstackError } from '../../core/index.ts';
import {
  assistantDefinitionSchema,
  type AssistantDefinition,
  type AssistantRuntime,
  type StoredDefinitions,
} from '../../assistants/index.ts';
import { listBlueprints } from '../../blueprints/index.ts';
import { defaultWorkspace, estimateTokens, resolveGuardPolicy, type Actor, type GuardPolicyInput } from '../../guard/index.ts';
import { installAndActivateBlueprint, type Platform } from '../../platform/index.ts';
import type { AppEnv } from '../request-context.ts';
import { parseJsonBody } from '../validate.ts';
import { actorOf, requireRole } from './require-role.ts';
import { createWorkspaceAccess, type WorkspaceAccess } from './workspace-access.ts';

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
  /** Tenant checks; built from the runtime and the platform's knowledge when absent. */
  access?: WorkspaceAccess;
  /** The global guard policy as configured, which each assistant's `guard` settings override. */
  guardPolicy?: GuardPolicyInput | undefined;
}

export function registerAssistantRoutes(app: Hono<AppEnv>, options: AssistantRouteOptions): void {
  const { assistants } = options;
  const access =
    options.access ??
    (options.platform ? createWorkspaceAccess({ knowledge: options.platform.knowledge, assistants: options }) : undefined);
  if (!access) throw new GenstackError({ code: 'internal_error', message: 'Assistant routes need workspace access checks.' });
  const withWorkspace = (definition: AssistantDefinition) => ({ ...definition, workspace: access.assistantWorkspace(definition.id) });

  /** Ids stay globally unique; a clash with another workspace's assistant (or its old conversations) says only that. */
  const checkIdAvailable = (actor: Actor, id: string) => {
    const taken = new GenstackError({ code: 'conflict', message: `The assistant id '${id}' is taken; choose another.`, param: 'id' });
    const existing = assistants.get(id);
    if (existing && access.assistantWorkspace(id) !== actor.workspace) throw taken;
    if (existing?.blueprint && !options.assistantDefinitions.workspaceOf(id))
      throw new GenstackError({
        code: 'conflict',
        message: `'${id}' is the assistant of blueprint '${existing.blueprint}'; re-install the blueprint to change its data.`,
      });
    const earlier = assistants.conversations.list({ assistantId: id, limit: 1000 });
    if (earlier.some((conversation) => conversation.workspace !== actor.workspace)) throw taken;
  };
  /** An assistant may only use knowledge bases and kb:/assistant: models of its own workspace. */
  const checkReferences = (actor: Actor, definition: AssistantDefinition) => {
    for (const name of definition.knowledgeBases) {
      try {
        access.knowledgeBase(actor, name);
      } catch (error) {
        throw new GenstackError({
          code: 'not_found',
          message: `Knowledge base '${name}' does not exist in this workspace.`,
          param: 'knowledgeBases',
          cause: error,
        });
      }
    }
    for (const model of [definition.model, ...definition.fallbackModels]) access.requireModel(actor, model);
  };

  app.get('/api/assistants', (c) => {
    const { workspace } = actorOf(c);
    return c.json({
      assistants: assistants
        .list()
        .filter((definition) => access.assistantWorkspace(definition.id) === workspace)
        .map(withWorkspace),
    });
  });
  app.get('/api/assistants/:id', (c) => c.json(withWorkspace(access.assistant(actorOf(c), c.req.param('id')))));
  // The policy a turn of this assistant runs under: the global one with the assistant's settings merged in, defaults filled.
  app.get('/api/assistants/:id/guard-policy', (c) => {
    const definition = access.assistant(requireRole(c, 'build'), c.req.param('id'));
    return c.json(resolveGuardPolicy({ global: options.guardPolicy, assistant: definition.guard }));
  });
  app.put('/api/assistants/:id', async (c) => {
    const actor = requireRole(c, 'build');
    const definition = await parseJsonBody(c, assistantDefinitionSchema);
    if (definition.id !== c.req.param('id'))
      throw new GenstackError({ code: 'invalid_request', message: 'The id in the body must match the URL.', param: 'id' });
    checkIdAvailable(actor, definition.id);
    checkReferences(actor, definition);
    const registered = assistants.register({ definition });
    options.assistantDefinitions.save(registered, { workspace: actor.workspace });
    return c.json(withWorkspace(registered));
  });
  app.delete('/api/assistants/:id', async (c) => {
    const actor = requireRole(c, 'build');
    const id = c.req.param('id');
    access.assistant(actor, id);
    const stored = options.assistantDefinitions.remove(id);
    if (!stored) throw new GenstackError({ code: 'not_found', message: `No user-defined assistant '${id}'.`, param: 'id' });
    await assistants.unregister(id);
    return c.json({ deleted: id });
  });
  app.post('/api/assistants/:id/turns', async (c) => {
    const actor = actorOf(c);
    const assistant = access.assistant(actor, c.req.param('id'));
    const body = await parseJsonBody(c, turnSchema);
    if (body.conversationId) access.conversation(actor, body.conversationId);
    const { tokens, signal } = c.get('context');
    await tokens?.check();
    const result = await assistants.turn({
      assistantId: assistant.id,
      message: body.message,
      ...(body.conversationId ? { conversationId: body.conversationId } : {}),
      signal,
      actor,
    });
    await tokens?.charge(estimateTokens(body.message) + estimateTokens(result.reply));
    return c.json(result);
  });

  app.get('/api/conversations', (c) => {
    const status = c.req.query('status');
    if (status && !['open', 'handoff', 'closed'].includes(status))
      throw new GenstackError({ code: 'invalid_request', message: 'status is open, handoff or closed.', param: 'status' });
    const limit = Number(c.req.query('limit') ?? 100);
    return c.json({
      conversations: assistants.conversations.list({
        workspace: actorOf(c).workspace,
        ...(c.req.query('assistant') ? { assistantId: c.req.query('assistant') } : {}),
        ...(status ? { status: status as 'open' } : {}),
        limit: Number.isFinite(limit) ? limit : 100,
      }),
    });
  });
  app.get('/api/conversations/:id', (c) => {
    const conversation = access.conversation(actorOf(c), c.req.param('id'));
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
    return c.json({
      handoffs: assistants.conversations.handoffs({ workspace: actorOf(c).workspace, ...(status ? { status: status as 'waiting' } : {}) }),
    });
  });
  app.get('/api/handoffs/:id', (c) => {
    const handoff = access.handoff(actorOf(c), c.req.param('id'));
    return c.json({ ...handoff, transcript: assistants.conversations.messages(handoff.conversationId) });
  });
  app.post('/api/handoffs/:id/take', async (c) => {
    access.handoff(actorOf(c), c.req.param('id'));
    const { agent } = await parseJsonBody(c, agentSchema);
    return c.json(assistants.conversations.takeHandoff({ id: c.req.param('id'), agent }));
  });
  app.post('/api/handoffs/:id/messages', async (c) => {
    access.handoff(actorOf(c), c.req.param('id'));
    const body = await parseJsonBody(c, agentReplySchema);
    return c.json(assistants.conversations.agentReply({ id: c.req.param('id'), ...body }), 201);
  });
  app.post('/api/handoffs/:id/close', async (c) => {
    access.handoff(actorOf(c), c.req.param('id'));
    const { agent } = await parseJsonBody(c, agentSchema);
    return c.json(assistants.conversations.closeHandoff({ id: c.req.param('id'), agent }));
  });

  app.get('/api/blueprints', (c) => {
    if (!options.platform) throw new GenstackError({ code: 'not_implemented', message: 'Blueprints need the full platform.' });
    // Installed blueprints are the 'default' workspace's data.
    if (actorOf(c).workspace !== defaultWorkspace) return c.json({ blueprints: [] });
    return c.json({ blueprints: listBlueprints(options.platform.store.database) });
  });
  app.post('/api/blueprints/:name/install', async (c) => {
    requireRole(c, 'operate');
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
