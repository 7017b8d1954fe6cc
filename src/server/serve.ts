// Starts the HTTP server for a platform and shuts it down gracefully: stop accepting, let streams finish, then abort the rest.
import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { GenstackError, isLoopbackHost } from '../core/index.ts';
import type { GuardPolicyInput } from '../guard/index.ts';
import type { Platform } from '../platform/index.ts';
import { startWalCheckpointer } from '../store/index.ts';
import { createApp } from './app.ts';

export interface RunningServer {
  url: string;
  port: number;
  requireApiKey: boolean;
  /** Waits up to the grace period for in-flight requests, aborts what remains, then closes. */
  close(): Promise<void>;
}

/**
 * @example
 * const server = await startServer({ platform });
 * console.log(server.url);
 */
export async function startServer(options: { platform: Platform }): Promise<RunningServer> {
  const { config, logger, models, store, jobs, knowledge } = options.platform;
  const { host, port, requireApiKey } = config.server;
  const keyRequired = requireApiKey === 'auto' ? !isLoopbackHost(host) : requireApiKey;
  const displayHost = host.includes(':') ? `[${host}]` : host;
  let publicUrl = `http://${displayHost}:${port}`;
  const { app, inFlight } = createApp({
    models,
    store,
    jobs,
    knowledge,
    uploadsDir: join(config.dataDir, 'uploads'),
    logger,
    requireApiKey: keyRequired,
    bodyLimitBytes: config.server.bodyLimitBytes,
    requestTimeoutMs: config.server.requestTimeoutMs,
    assistants: {
      assistants: options.platform.assistants,
      assistantDefinitions: options.platform.assistantDefinitions,
      platform: options.platform,
    },
    audit: options.platform.audit,
    guardPolicy: options.platform.config.guard.policy as GuardPolicyInput,
    reviews: options.platform.reviews,
    synth: options.platform.synth,
    rateLimitPerMinute: config.guard.rateLimitPerMinute,
    get publicUrl() {
      return publicUrl;
    },
  });
  const server = await new Promise<Server>((resolve, reject) => {
    const created = serve({ fetch: app.fetch, port, hostname: host }, () => resolve(created as Server)) as Server;
    created.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new GenstackError({
          code: 'unavailable',
          message:
            error.code === 'EADDRINUSE'
              ? `Port ${port} on ${host} is already in use.`
              : `Cannot listen on ${host}:${port}: ${error.message}`,
          cause: error,
        }),
      ),
    );
  });
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  const actualPort = (server.address() as AddressInfo).port;
  publicUrl = `http://${displayHost}:${actualPort}`;
  jobs.start();
  // Requests commit (audit records, jobs, keys) on the serving thread; checkpoints move to a worker (see wal-checkpointer.ts).
  const checkpointer = await startWalCheckpointer({ database: store.database, logger });
  logger.info('listening', { url: publicUrl, requireApiKey: keyRequired });

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const deadline = Date.now() + config.server.shutdownGraceMs;
      while (inFlight.controllers.size > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      for (const controller of inFlight.controllers)
        controller.abort(new GenstackError({ code: 'unavailable', message: 'The server is shutting down.' }));
      // Aborted streams need a moment to write their error event and [DONE]; then cut whatever is left.
      setTimeout(() => server.closeAllConnections(), 3000).unref();
      await closed;
      await checkpointer.stop();
      logger.info('stopped', {});
    })());
  return { url: publicUrl, port: actualPort, requireApiKey: keyRequired, close };
}
