// GET /v1/models and /v1/models/{id}: the OpenAI model list, from the registry, without other workspaces' kb:/assistant: models.
import type { Hono } from 'hono';
import type { ModelInfo, ModelRegistry } from '../../models/index.ts';
import { actorOf } from '../api/require-role.ts';
import type { WorkspaceAccess } from '../api/workspace-access.ts';
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

export function registerModels(app: Hono<AppEnv>, options: { models: ModelRegistry; access: WorkspaceAccess }): void {
  app.get('/v1/models', (c) => {
    const actor = actorOf(c);
    const visible = options.models.list().filter((info) => options.access.modelVisible(actor, info.id));
    return c.json({ object: 'list', data: visible.map(modelJson) });
  });
  app.get('/v1/models/:id{.+}', (c) => {
    options.access.requireModel(actorOf(c), c.req.param('id'));
    return c.json(modelJson(options.models.info(c.req.param('id'))));
  });
}
