// Platform routes under /api: health, version, the model registry.
import type { Hono } from 'hono';
import { version } from '../../core/index.ts';
import type { ModelRegistry } from '../../models/index.ts';
import type { AppEnv } from '../request-context.ts';

export function registerPlatformRoutes(app: Hono<AppEnv>, options: { models: ModelRegistry; startedAt: number }): void {
  app.get('/api/health', (c) => c.json({ status: 'ok', uptimeSeconds: Math.round((Date.now() - options.startedAt) / 1000) }));
  app.get('/api/version', (c) => c.json({ name: 'genstack', version, node: process.version }));
  app.get('/api/models', (c) => c.json({ models: options.models.list() }));
  app.get('/api/models/:id{.+}', (c) => c.json(options.models.info(c.req.param('id'))));
}
