// GET /v1/models and /v1/models/{id}: the OpenAI model list, from the registry.
import type { Hono } from 'hono';
import type { ModelInfo, ModelRegistry } from '../../models/index.ts';
import type { AppEnv } from '../request-context.ts';

const startedAt = Math.floor(Date.now() / 1000);

function modelJson(info: ModelInfo) {
  return {
    id: info.id,
    object: 'model',
    created: startedAt,
    owned_by: info.provider === 'openai' ? 'upstream' : 'genstack',
    provider: info.provider,
    kind: info.kind,
  };
}

export function registerModels(app: Hono<AppEnv>, options: { models: ModelRegistry }): void {
  app.get('/v1/models', (c) => c.json({ object: 'list', data: options.models.list().map(modelJson) }));
  app.get('/v1/models/:id{.+}', (c) => c.json(modelJson(options.models.info(c.req.param('id')))));
}
