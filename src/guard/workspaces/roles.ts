// What each role may do: user reads and chats, builder also changes assistants and knowledge, admin also manages keys;
// an admin of the 'default' workspace is the operator, who manages workspaces.
import { GenstackError } from '../../core/errors.ts';
import { defaultWorkspace, type Actor } from './actor.ts';

export type Permission = 'read' | 'build' | 'administer' | 'operate';

const allowedRoles: Record<Exclude<Permission, 'operate'>, ReadonlyArray<Actor['role']>> = {
  read: ['user', 'builder', 'admin'],
  build: ['builder', 'admin'],
  administer: ['admin'],
};

/**
 * @example
 * hasPermission({ role: 'builder', workspace: 'acme' }, 'build'); // true
 */
export function hasPermission(actor: Actor, permission: Permission): boolean {
  if (permission === 'operate') return actor.role === 'admin' && actor.workspace === defaultWorkspace;
  return allowedRoles[permission].includes(actor.role);
}

/**
 * Throws `forbidden` naming the roles that would be allowed.
 * @example
 * requirePermission(actor, 'build'); // a 'user' key → 403 forbidden
 */
export function requirePermission(actor: Actor, permission: Permission): void {
  if (hasPermission(actor, permission)) return;
  const message =
    permission === 'operate'
      ? `This needs an admin key of the '${defaultWorkspace}' workspace (this key is '${actor.role}' in '${actor.workspace}').`
      : `This needs a key with role ${allowedRoles[permission].join(' or ')} (this key is '${actor.role}').`;
  throw new GenstackError({ code: 'forbidden', message });
}
