// Job routes under /api/jobs: list, inspect, follow live as SSE, cancel and retry — only the caller's workspace's jobs.
import type { Hono } from 'hono';
import { z } from 'zod';
import { GenstackError } from '../../core/index.ts';
import type { JobEvent, JobQueue } from '../../jobs/index.ts';
import type { WorkspaceResourceRepository } from '../../store/index.ts';
import type { AppEnv } from '../request-context.ts';
import { fieldPath } from '../validate.ts';
import { createJobAccess } from './job-access.ts';
import { actorOf, requireRole } from './require-role.ts';

const listQuerySchema = z.object({
  kind: z.string().min(1).max(200).optional(),
  status: z.enum(['queued', 'running', 'succeeded', 'failed', 'cancelled']).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

const sseHeaders = { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', 'x-accel-buffering': 'no' };

function eventText(event: JobEvent): string {
  const data = event.type === 'item' ? { jobId: event.jobId, item: event.item } : event.job;
  return `event: ${event.type}\ndata: ${JSON.stringify(data)}\n\n`;
}

/**
 * One SSE event per pull, or a heartbeat comment when the job is quiet; the pending `next()` survives a heartbeat
 * so no event is lost. Every pull enqueues something: a pull that enqueues nothing is never called again.
 */
function eventStream(options: { events: AsyncIterable<JobEvent>; heartbeatMs: number; stop: () => void }): ReadableStream<Uint8Array> {
  const iterator = options.events[Symbol.asyncIterator]();
  const bytes = new TextEncoder();
  let pending: Promise<IteratorResult<JobEvent>> | undefined;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      pending ??= iterator.next();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const heartbeat = new Promise<'heartbeat'>((resolve) => (timer = setTimeout(() => resolve('heartbeat'), options.heartbeatMs)));
      const next = await Promise.race([pending, heartbeat]).finally(() => clearTimeout(timer));
      if (next === 'heartbeat') return controller.enqueue(bytes.encode(': heartbeat\n\n'));
      pending = undefined;
      if (next.done) {
        options.stop();
        return controller.close();
      }
      controller.enqueue(bytes.encode(eventText(next.value)));
    },
    cancel() {
      // The client went away: the subscription ends through its signal, which also releases the pending next().
      options.stop();
    },
  });
}

/**
 * @example
 * registerJobRoutes(app, { jobs, resources: store.workspaceResources });
 * // curl -N localhost:7171/api/jobs/job_123/events
 */
export function registerJobRoutes(
  app: Hono<AppEnv>,
  options: { jobs: JobQueue; heartbeatMs?: number; resources?: WorkspaceResourceRepository },
): void {
  const { jobs } = options;
  const access = createJobAccess({ jobs, resources: options.resources });

  app.get('/api/jobs', async (c) => {
    const parsed = listQuerySchema.safeParse(c.req.query());
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const param = issue ? fieldPath(issue.path) : 'query';
      throw new GenstackError({ code: 'invalid_request', message: `${param}: ${issue?.message ?? 'invalid'}`, param });
    }
    const { kind, status, limit } = parsed.data;
    return c.json({ jobs: await access.list(actorOf(c), { limit, ...(kind ? { kind } : {}), ...(status ? { status } : {}) }) });
  });

  app.get('/api/jobs/:id', async (c) => {
    const job = await access.job(actorOf(c), c.req.param('id'));
    return c.json({ job, items: jobs.items(job.id) });
  });

  app.get('/api/jobs/:id/events', async (c) => {
    const job = await access.job(actorOf(c), c.req.param('id'));
    const requestSignal = c.get('context').signal;
    const subscription = new AbortController();
    const stop = () => {
      subscription.abort();
      requestSignal.removeEventListener('abort', stop);
    };
    requestSignal.addEventListener('abort', stop, { once: true });
    const events = jobs.subscribe(job.id, subscription.signal);
    const stream = eventStream({ events, heartbeatMs: options.heartbeatMs ?? 15_000, stop });
    return new Response(stream, { headers: { ...sseHeaders, 'x-request-id': c.get('context').requestId } });
  });

  app.post('/api/jobs/:id/cancel', async (c) => {
    const job = await access.job(requireRole(c, 'build'), c.req.param('id'));
    return c.json({ job: jobs.cancel(job.id) });
  });
  app.post('/api/jobs/:id/retry', async (c) => {
    const job = await access.job(requireRole(c, 'build'), c.req.param('id'));
    return c.json({ job: jobs.retry(job.id) });
  });
}
