// The HTTP application: middleware (request id, cancellation, auth, body limit, logs), the /v1 and /api routes, one error shape.
import { Hono } from 'hono';
import { GenstackError, createId, type Logger } from '../core/index.ts';
import type { JobQueue } from '../jobs/index.ts';
import type { KnowledgeService } from '../knowledge/index.ts';
import type { ModelRegistry } from '../models/index.ts';
import type { Store } from '../store/index.ts';
import { openApiDocument } from './api/openapi.ts';
import { registerAssistantRoutes, type AssistantRouteOptions } from './api/assistant-routes.ts';
import { registerAuditRoutes } from './api/audit-routes.ts';
import { registerReviewRoutes } from './api/review-routes.ts';
import { resolveGuardPolicy, type AuditLog, type GuardPolicyInput, type ReviewQueue } from '../guard/index.ts';

import { registerGuardRoutes } from './api/guard-routes.ts';
import { createJobAccess } from './api/job-access.ts';
import { registerJobRoutes } from './api/jobs-routes.ts';
import { registerKeyRoutes } from './api/key-routes.ts';
import { registerWorkspaceRoutes } from './api/workspace-routes.ts';
import { createWorkspaceAccess } from './api/workspace-access.ts';
import { createKeyAuthentication } from './key-authentication.ts';
import { registerKnowledgeRoutes } from './api/knowledge-routes.ts';
import { registerPlatformRoutes } from './api/platform-routes.ts';
import { registerSynthRoutes } from './api/synth-routes.ts';
import type { SynthStudio } from '../synth/studio/index.ts';
import { statusPage } from './api/status-page.ts';
import { createBodyLimit } from './body-limit.ts';
import { errorResponse } from './errors.ts';
import type { AppEnv } from './request-context.ts';
import { registerChatCompletions } from './v1/chat-completions-route.ts';
import { registerEmbeddings } from './v1/embeddings-route.ts';
import { registerModels } from './v1/models-route.ts';

export interface AppOptions {
  models: ModelRegistry;
  store: Store;
  jobs: JobQueue;
  knowledge: KnowledgeService;
  /** Where uploaded documents are staged before their ingestion job reads them. */
  uploadsDir: string;
  logger: Logger;
  requireApiKey: boolean;
  bodyLimitBytes: number;
  requestTimeoutMs: number;
  /** Base URL shown on the status page. */
  publicUrl: string;
  /** Assistants, conversations, handoffs and blueprints (absent in apps built without a platform). */
  assistants?: AssistantRouteOptions;
  /** Requests per minute for keys without their own limit (`guard.rateLimitPerMinute`); null or absent: unlimited. */
  rateLimitPerMinute?: number | null;
  /** The hash-chained audit log (/api/audit). */
  audit?: AuditLog;
  /** The global guard policy applied to plain models on /v1/chat/completions (defaults when absent). */
  guardPolicy?: GuardPolicyInput;
  /** Outputs held for human review (/api/reviews). */
  reviews?: ReviewQueue;
  /** The synthetic data studio (/api/synth). */
  synth?: SynthStudio;
}

/** Requests still running, so shutdown can wait for them or abort them. */
export interface InFlight {
  controllers: Set<AbortController>;
}

const publicPaths = new Set(['/', '/api/health', '/api/version', '/api/openapi.json']);
const requestIdPattern = /^[\w.-]{1,128}$/;

/**
 * @example
 * const { app } = createApp({ models, store, logger, requireApiKey: false, bodyLimitBytes: 8e6, requestTimeoutMs: 6e5, publicUrl });
 * const response = await app.request('/api/health');
 */
export function createApp(options: AppOptions): { app: Hono<AppEnv>; inFlight: InFlight } {
  const app = new Hono<AppEnv>();
  const inFlight: InFlight = { controllers: new Set() };
  const startedAt = Date.now();

  app.use(async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && requestIdPattern.test(incoming) ? incoming : createId('req');
    const controller = new AbortController();
    const abort = () => controller.abort(new GenstackError({ code: 'aborted', message: 'The client closed the connection.' }));
    const clientSignal = c.req.raw.signal;
    clientSignal.addEventListener('abort', abort, { once: true });
    const timer = setTimeout(
      () => controller.abort(new GenstackError({ code: 'request_timeout', message: 'The request took too long.' })),
      options.requestTimeoutMs,
    );
    inFlight.controllers.add(controller);
    const started = performance.now();
    c.set('context', { requestId, signal: controller.signal, abort: (reason) => controller.abort(reason), apiKey: undefined });
    try {
      await next();
    } finally {
      const outgoing = c.env?.outgoing;
      // A route that writes straight to the socket (SSE, see v1/send-sse.ts) has sent its head already and returned a
      // shared placeholder Response, which must not be touched.
      const sentDirectly = outgoing?.headersSent === true;
      if (!sentDirectly) {
        c.res.headers.set('x-request-id', requestId);
        // Answered before the body was read (413): close, or the unread upload breaks the next request on this keep-alive socket.
        if (c.res.status === 413) c.res.headers.set('connection', 'close');
      }
      const streaming = sentDirectly || c.res.headers.get('content-type')?.startsWith('text/event-stream');
      const done = () => {
        clearTimeout(timer);
        clientSignal.removeEventListener('abort', abort);
        inFlight.controllers.delete(controller);
      };
      // A stream outlives this handler: keep its controller registered until the socket is done with it.
      if (streaming && outgoing && !outgoing.writableFinished) outgoing.once('close', done);
      else done();
      const status = sentDirectly ? outgoing.statusCode : c.res.status;
      options.logger.info('request', {
        requestId,
        method: c.req.method,
        path: c.req.path,
        status,
        ms: Math.round((performance.now() - started) * 10) / 10,
      });
    }
  });

  app.use(
    createKeyAuthentication({
      store: options.store,
      requireApiKey: options.requireApiKey,
      publicPaths,
      rateLimitPerMinute: options.rateLimitPerMinute ?? null,
    }),
  );
  // Tenant isolation: every route sees only the caller's workspace.
  const access = createWorkspaceAccess({ knowledge: options.knowledge, assistants: options.assistants });
  const jobAccess = createJobAccess({ jobs: options.jobs, resources: options.store.workspaceResources });

  app.use(createBodyLimit(options.bodyLimitBytes));

  const guardPolicy = resolveGuardPolicy({ global: options.guardPolicy });
  registerModels(app, { models: options.models, access });
  registerChatCompletions(app, {
    models: options.models,
    access,
    guardPolicy,
    ...(options.audit ? { audit: options.audit } : {}),
    logger: options.logger,
  });
  registerEmbeddings(app, options);
  registerPlatformRoutes(app, { models: options.models, startedAt });
  registerJobRoutes(app, { jobs: options.jobs, resources: options.store.workspaceResources });
  registerKeyRoutes(app, { store: options.store, ...(options.audit ? { audit: options.audit } : {}) });
  registerWorkspaceRoutes(app, { store: options.store });
  registerGuardRoutes(app, { policy: guardPolicy });
  registerKnowledgeRoutes(app, { knowledge: options.knowledge, uploadsDir: options.uploadsDir, access, jobAccess });
  if (options.assistants) registerAssistantRoutes(app, { ...options.assistants, access, guardPolicy: options.guardPolicy });
  if (options.audit) registerAuditRoutes(app, { audit: options.audit });
  if (options.reviews) registerReviewRoutes(app, { reviews: options.reviews });
  if (options.synth) registerSynthRoutes(app, { studio: options.synth, jobAccess });
  app.get('/api/openapi.json', (c) => c.json(openApiDocument()));
  app.get('/', (c) =>
    c.html(statusPage({ models: options.models.list(), baseUrl: options.publicUrl, keyRequired: options.requireApiKey })),
  );

  app.notFound((c) => errorResponse(new GenstackError({ code: 'not_found', message: `No route for ${c.req.method} ${c.req.path}.` })));
  app.onError((error, c) => {
    const context = c.get('context');
    if (!(error instanceof GenstackError))
      options.logger.error('unhandled error', { requestId: context?.requestId, error: String(error), stack: (error as Error).stack });
    return errorResponse(error, context?.requestId);
  });
  return { app, inFlight };
}
