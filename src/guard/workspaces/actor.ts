// Who is asking: the authenticated key's role and workspace, or the local operator when no keys are in use.
import type { ApiKeyRecord, ApiKeyRole } from '../../store/index.ts';

export const defaultWorkspace = 'default';

/** The caller of a request or assistant turn, for role checks, tenant filters and audit. */
export interface Actor {
  keyId?: string;
  keyName?: string;
  role: ApiKeyRole;
  workspace: string;
}

/** Without keys (loopback dev mode, the CLI) the caller owns the 'default' workspace and may do everything. */
export const localOperator: Actor = Object.freeze({ role: 'admin', workspace: defaultWorkspace });

/**
 * @example
 * const actor = actorForKey(context.apiKey); // { keyId, keyName, role: 'user', workspace: 'acme' }
 */
export function actorForKey(key: ApiKeyRecord | undefined): Actor {
  if (!key) return localOperator;
  return { keyId: key.id, keyName: key.name, role: key.role, workspace: key.workspace };
}
