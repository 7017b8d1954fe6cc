// Workspaces (tenants): create, list, and resolve a name given by a person into an existing workspace.
import { GenstackError } from '../../core/errors.ts';
import type { Store, WorkspaceRecord } from '../../store/index.ts';

const namePattern = /^[\p{L}\p{N}][\p{L}\p{N}_.-]{0,63}$/u;

/**
 * Creates a workspace; its name is also its id, so it never changes.
 * @example
 * await createWorkspace({ store, name: '고객지원팀' });
 */
export async function createWorkspace(options: { store: Store; name: string }): Promise<WorkspaceRecord> {
  const name = options.name.trim().normalize('NFC');
  if (!namePattern.test(name))
    throw new GenstackError({
      code: 'invalid_request',
      message: 'A workspace name is 1–64 letters, digits, dots, dashes or underscores, starting with a letter or digit.',
      param: 'name',
    });
  return options.store.workspaces.create({ id: name, name });
}

/** Every workspace, 'default' first. */
export function listWorkspaces(options: { store: Store }): Promise<WorkspaceRecord[]> {
  return options.store.workspaces.list();
}

/**
 * The workspace with this id or name, or a not_found error that says how to create it.
 * @example
 * const workspace = await requireWorkspace({ store, name: 'acme' });
 */
export async function requireWorkspace(options: { store: Store; name: string }): Promise<WorkspaceRecord> {
  const found = await options.store.workspaces.get(options.name.trim().normalize('NFC'));
  if (!found)
    throw new GenstackError({
      code: 'not_found',
      message: `No workspace '${options.name}'. Create it with \`genstack workspaces create ${options.name}\`.`,
      param: 'workspace',
    });
  return found;
}
