// Review routes under /api/reviews: the queue of held outputs and a reviewer's approve, edit or reject — builder or admin keys.
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { GenstackError } from '../../core/index.ts';
import type { DecisionInput, ReviewQueue, ReviewStatus } from '../../guard/review/index.ts';
import type { AppEnv } from '../request-context.ts';
import { parseJsonBody } from '../validate.ts';
import { requestWorkspace, requireRole } from './require-role.ts';

export const reviewNoteSchema = z.strictObject({ note: z.string().min(1).max(2000).optional() });
export const reviewEditSchema = z.strictObject({
  text: z.string().trim().min(1).max(16_000),
  note: z.string().min(1).max(2000).optional(),
});

export interface ReviewRouteOptions {
  reviews: ReviewQueue;
}

const statuses: readonly ReviewStatus[] = ['pending', 'approved', 'edited', 'rejected'];

/** The reviewer is the key (its name, id and role), or 'local' on loopback without keys. */
function decisionBase(c: Context<AppEnv>): Omit<DecisionInput, 'note'> {
  const key = c.get('context').apiKey;
  const workspace = requestWorkspace(c, undefined);
  return {
    id: c.req.param('id') ?? '',
    reviewer: key?.name ?? 'local',
    ...(key ? { keyId: key.id, role: key.role } : {}),
    ...(workspace === undefined ? {} : { workspace }),
  };
}

/** approve and reject take an optional body. */
async function optionalNote(c: Context<AppEnv>): Promise<{ note?: string }> {
  if (!(await c.req.text()).trim()) return {};
  return parseJsonBody(c, reviewNoteSchema);
}

export function registerReviewRoutes(app: Hono<AppEnv>, options: ReviewRouteOptions): void {
  const { reviews } = options;
  app.get('/api/reviews', (c) => {
    requireRole(c, 'build');
    const status = c.req.query('status');
    if (status !== undefined && !statuses.includes(status as ReviewStatus))
      throw new GenstackError({ code: 'invalid_request', message: `status is ${statuses.join(', ')}.`, param: 'status' });
    const workspace = requestWorkspace(c, c.req.query('workspace'));
    return c.json({
      reviews: reviews.list({
        ...(workspace === undefined ? {} : { workspace }),
        ...(status === undefined ? {} : { status: status as ReviewStatus }),
      }),
    });
  });
  app.get('/api/reviews/:id', (c) => {
    requireRole(c, 'build');
    const workspace = requestWorkspace(c, undefined);
    const item = reviews.get(c.req.param('id'), workspace === undefined ? {} : { workspace });
    if (!item) throw new GenstackError({ code: 'not_found', message: `No review item '${c.req.param('id')}'.`, param: 'id' });
    return c.json(item);
  });
  app.post('/api/reviews/:id/approve', async (c) => {
    requireRole(c, 'build');
    return c.json(reviews.approve({ ...decisionBase(c), ...(await optionalNote(c)) }));
  });
  app.post('/api/reviews/:id/reject', async (c) => {
    requireRole(c, 'build');
    return c.json(reviews.reject({ ...decisionBase(c), ...(await optionalNote(c)) }));
  });
  app.post('/api/reviews/:id/edit', async (c) => {
    requireRole(c, 'build');
    const body = await parseJsonBody(c, reviewEditSchema);
    return c.json(reviews.edit({ ...decisionBase(c), text: body.text, ...(body.note ? { note: body.note } : {}) }));
  });
}
