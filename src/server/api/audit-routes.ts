// Audit routes under /api/audit: list records, verify the chain, export JSONL — admin keys only, scoped to the key's workspace.
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { GenstackError } from '../../core/index.ts';
import type { AuditLog } from '../../guard/audit/index.ts';
import type { AppEnv } from '../request-context.ts';
import { requestWorkspace, requireRole } from './require-role.ts';

export interface AuditRouteOptions {
  audit: AuditLog;
}

const isoTime = z.iso.datetime({ offset: true });
export const auditQuerySchema = z.object({
  workspace: z.string().min(1).max(128).optional(),
  event: z.string().min(1).max(128).optional(),
  conversationId: z.string().min(1).max(128).optional(),
  since: isoTime.optional(),
  until: isoTime.optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
  afterSeq: z.coerce.number().int().min(0).optional(),
});

function parseQuery(c: Context<AppEnv>) {
  const parsed = auditQuerySchema.safeParse(c.req.query());
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const param = issue?.path.join('.') ?? '';
    throw new GenstackError({ code: 'invalid_request', message: `${param}: ${issue?.message ?? 'invalid'}`, ...(param ? { param } : {}) });
  }
  return parsed.data;
}

export function registerAuditRoutes(app: Hono<AppEnv>, options: AuditRouteOptions): void {
  const { audit } = options;
  app.get('/api/audit', (c) => {
    requireRole(c, 'administer');
    const query = parseQuery(c);
    const workspace = requestWorkspace(c, query.workspace);
    const records = audit.list({ ...query, ...(workspace === undefined ? {} : { workspace }), limit: query.limit ?? 100 });
    return c.json({ records, nextAfterSeq: records.at(-1)?.seq ?? null });
  });
  app.get('/api/audit/verify', (c) => {
    requireRole(c, 'administer');
    return c.json(audit.verify());
  });
  app.get('/api/audit/export', (c) => {
    requireRole(c, 'administer');
    const { workspace: asked, event, conversationId, since, until } = parseQuery(c);
    const workspace = requestWorkspace(c, asked);
    const filter = {
      ...(workspace === undefined ? {} : { workspace }),
      ...(event === undefined ? {} : { event }),
      ...(conversationId === undefined ? {} : { conversationId }),
      ...(since === undefined ? {} : { since }),
      ...(until === undefined ? {} : { until }),
    };
    const lines = audit.export(filter)[Symbol.iterator]();
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        let chunk = '';
        for (let count = 0; count < 200; count += 1) {
          const next = lines.next();
          if (next.done) {
            if (chunk) controller.enqueue(encoder.encode(chunk));
            controller.close();
            return;
          }
          chunk += next.value + '\n';
        }
        controller.enqueue(encoder.encode(chunk));
      },
    });
    return new Response(body, {
      headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'content-disposition': 'attachment; filename="audit.jsonl"' },
    });
  });
}
