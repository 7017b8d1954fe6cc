// The one role check of the routes: the request's actor (its key, or the local operator without keys) needs a permission.
import type { Context } from 'hono';
import { GenstackError } from '../../core/index.ts';
import { actorForKey, requirePermission, type Actor, type Permission } from '../../guard/index.ts';
import type { AppEnv } from '../request-context.ts';

/**
 * The request's actor: its key's role and workspace, or the local operator (admin of 'default') without keys.
 * @example
 * const { workspace } = actorOf(c);
 */
export function actorOf(c: Context<AppEnv>): Actor {
  return actorForKey(c.get('context').apiKey);
}

/**
 * Returns the actor, or throws 403 forbidden naming the roles that are allowed.
 * @example
 * const actor = requireRole(c, 'build'); // builder or admin keys
 */
export function requireRole(c: Context<AppEnv>, permission: Permission): Actor {
  const actor = actorOf(c);
  requirePermission(actor, permission);
  return actor;
}

/**
 * The workspace a request is confined to: its key's, or the one asked for (any, when undefined) without keys.
 * A key asking for another workspace is refused.
 * @example
 * const workspace = requestWorkspace(c, c.req.query('workspace'));
 */
export function requestWorkspace(c: Context<AppEnv>, asked: string | undefined): string | undefined {
  const key = c.get('context').apiKey;
  if (!key) return asked;
  const own = actorForKey(key).workspace;
  if (asked !== undefined && asked !== own)
    throw new GenstackError({ code: 'forbidden', message: `This key belongs to workspace '${own}'.`, param: 'workspace' });
  return own;
}
