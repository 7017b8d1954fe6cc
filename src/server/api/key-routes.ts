// Key routes under /api/keys (admin keys, within their workspace): list with usage, create, revoke. The operator (an
// admin of 'default') may name any workspace; other admins asking for another workspace get 404, as if it did not exist.
import type { Hono } from 'hono';
import { z } from 'zod';
import { GenstackError } from '../../core/index.ts';
import {
  createApiKey,
  hasPermission,
  keyUsage,
  parseTokenBudget,
  revokeApiKey,
  type Actor,
  type AuditLog,
  actorFromApiKey,
} from '../../guard/index.ts';
import type { Store } from '../../store/index.ts';
import type { AppEnv } from '../request-context.ts';
import { parseJsonBody } from '../validate.ts';
import { requireRole } from './require-role.ts';

export const createKeySchema = z.strictObject({
  name: z.string().min(1).max(64),
  role: z.enum(['admin', 'builder', 'user']).optional(),
  workspace: z.string().min(1).max(64).optional(),
  rateLimitPerMinute: z.number().int().min(1).max(1_000_000).nullable().optional(),
  /** `{ tokens, period }` or the CLI's text form, e.g. "50000/day". */
  tokenBudget: z
    .union([z.strictObject({ tokens: z.number().int().min(1).max(1e12), period: z.enum(['day', 'month']) }), z.string().max(40)])
    .nullable()
    .optional(),
});

/** The workspace a request acts on: its own, or — for the operator only — the one it names. */
function targetWorkspace(actor: Actor, requested: string | undefined): string {
  if (requested === undefined || requested === actor.workspace) return actor.workspace;
  if (hasPermission(actor, 'operate')) return requested;
  throw new GenstackError({ code: 'not_found', message: `No workspace '${requested}'.`, param: 'workspace' });
}

/**
 * @example
 * registerKeyRoutes(app, { store });
 * // curl -H 'authorization: Bearer gsk_…' localhost:7171/api/keys
 */
export function registerKeyRoutes(app: Hono<AppEnv>, options: { store: Store; audit?: AuditLog }): void {
  const { store } = options;

  app.get('/api/keys', async (c) => {
    const actor = requireRole(c, 'administer');
    const requested = c.req.query('workspace');
    const all = requested === '*' && hasPermission(actor, 'operate');
    const keys = await store.apiKeys.list(all ? {} : { workspace: targetWorkspace(actor, requested) });
    const withUsage = await Promise.all(keys.map(async (key) => ({ ...key, usage: await keyUsage({ store, key }) })));
    return c.json({ keys: withUsage });
  });

  app.post('/api/keys', async (c) => {
    const actor = requireRole(c, 'administer');
    const body = await parseJsonBody(c, createKeySchema);
    const tokenBudget = typeof body.tokenBudget === 'string' ? parseTokenBudget(body.tokenBudget) : body.tokenBudget;
    const { key, secret } = await createApiKey({
      store,
      name: body.name,
      workspace: targetWorkspace(actor, body.workspace),
      ...(options.audit ? { audit: { log: options.audit, actor: actorFromApiKey(c.get('context').apiKey) } } : {}),
      ...(body.role ? { role: body.role } : {}),
      ...(body.rateLimitPerMinute !== undefined ? { rateLimitPerMinute: body.rateLimitPerMinute } : {}),
      ...(tokenBudget !== undefined ? { tokenBudget } : {}),
    });
    return c.json({ ...key, secret }, 201);
  });

  app.delete('/api/keys/:idOrName', async (c) => {
    const actor = requireRole(c, 'administer');
    const idOrName = c.req.param('idOrName');
    // The operator revokes any key; a workspace admin only its own workspace's.
    await revokeApiKey({
      store,
      idOrName,
      ...(hasPermission(actor, 'operate') ? {} : { workspace: actor.workspace }),
      ...(options.audit ? { audit: { log: options.audit, actor: actorFromApiKey(c.get('context').apiKey) } } : {}),
    });
    return c.json({ revoked: idOrName });
  });
}
