// Workspaces (tenants), the actor behind a request, and what each role may do.
export { actorForKey, defaultWorkspace, localOperator, type Actor } from './actor.ts';
export { hasPermission, requirePermission, type Permission } from './roles.ts';
export { createWorkspace, listWorkspaces, requireWorkspace } from './workspaces.ts';
