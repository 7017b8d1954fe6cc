// Workspace routes under /api/workspaces, for the operator (an admin key of the 'default' workspace): list and create.
import type { Hono } from 'hono';
import { z } from 'zod';
import { createWorkspace, listWorkspaces } from '../../guard/index.ts';
import type { Store } from '../../store/index.ts';
import type { AppEnv } from '../request-context.ts';
import { parseJsonBody } from '../validate.ts';
import { requireRole } from './require-role.ts';

export const createWorkspaceSchema = z.strictObject({ name: z.string().min(1).max(64) });

/**
 * @example
 * registerWorkspaceRoutes(app, { store });
 */
export function registerWorkspaceRoutes(app: Hono<AppEnv>, options: { store: Store }): void {
  app.get('/api/workspaces', async (c) => {
    requireRole(c, 'operate');
    return c.json({ workspaces: await listWorkspaces({ store: options.store }) });
  });
  app.post('/api/workspaces', async (c) => {
    requireRole(c, 'operate');
    const { name } = await parseJsonBody(c, createWorkspaceSchema);
    return c.json(await createWorkspace({ store: options.store, name }), 201);
  });
}
