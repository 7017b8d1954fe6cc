// Audit routes under /api/audit: list records, verify the chain, export JSONL — admin keys only, scoped to the key's workspace.
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { GenstackError } from '../../core/index.ts';
import type { AuditLog } from '../../guard/audit/index.ts';
import type { AppEnv } from '../request-context.ts';

export interface AuditRouteOptions {
  audit: AuditLog;
}

/** With keys in use, only these roles pass; loopback without keys is the owner. */
export function requireKeyRole(c: Context<AppEnv>, roles: ReadonlyArray<'admin' | 'builder'>): void {
  const key = c.get('context').apiKey;
  if (key && !(roles as readonly string[]).includes(key.role))
    throw new GenstackError({
      code: 'forbidden',
      message: `This needs a key with role ${roles.join(' or ')} (this key is '${key.role}').`,
    });
}

/**
 * The workspace a request is confined to: its key's (keys without one belong to 'default'), or the one asked for when
 * no key is in use. A key asking for another workspace is refused.
 */
export function requestWorkspace(c: Context<AppEnv>, asked: string | undefined): string | undefined {
  const key = c.get('context').apiKey;
  if (!key) return asked;
  const own = (key as { workspace?: string }).workspace ?? 'default';
  if (asked !== undefined && asked !== own)
    throw new GenstackError({ code: 'forbidden', message: `This key belongs to workspace '${own}'.`, param: 'workspace' });
  return own;
}

const isoTime = z.iso.datetime({ offset: true });
export const auditQuerySchema = z.object({
  workspace: z.string().min(1).max(128).optional(),
  event: z.string().min(1).max(128).optional(),
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
    requireKeyRole(c, ['admin']);
    const query = parseQuery(c);
    const workspace = requestWorkspace(c, query.workspace);
    const records = audit.list({ ...query, ...(workspace === undefined ? {} : { workspace }), limit: query.limit ?? 100 });
    return c.json({ records, nextAfterSeq: records.at(-1)?.seq ?? null });
  });
  app.get('/api/audit/verify', (c) => {
    requireKeyRole(c, ['admin']);
    return c.json(audit.verify());
  });
  app.get('/api/audit/export', (c) => {
    requireKeyRole(c, ['admin']);
    const { workspace: asked, event, since, until } = parseQuery(c);
    const workspace = requestWorkspace(c, asked);
    const filter = {
      ...(workspace === undefined ? {} : { workspace }),
      ...(event === undefined ? {} : { event }),
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
