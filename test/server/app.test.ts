// Quick in-process checks of the HTTP app with `app.request(...)`: platform routes, the OpenAPI document, the status page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, version } from '../../src/core/index.ts';
import { createDefaultProviders, createModelRegistry, type ModelRegistry } from '../../src/models/index.ts';
import { createApp } from '../../src/server/index.ts';
import { openStore, type SqliteStore } from '../../src/store/index.ts';
import { createSqliteJobQueue } from '../../src/jobs/index.ts';
import { openKnowledge } from '../../src/knowledge/index.ts';

let dataDir: string;
let store: SqliteStore;
let models: ModelRegistry;
let app: ReturnType<typeof createApp>['app'];

before(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'genstack-app-'));
  store = openStore({ dataDir });
  models = createModelRegistry({
    providers: createDefaultProviders(),
    entries: [{ id: 'upstream-qwen', provider: 'openai', settings: { baseURL: 'http://127.0.0.1:9/v1', apiKey: 'sk-secret-value-1234' } }],
    aliases: { 'gpt-4o': 'builtin' },
  });
  const jobs = createSqliteJobQueue({ database: store.database });
  ({ app } = createApp({
    models,
    store,
    jobs,
    knowledge: openKnowledge({ database: store.database, jobs, models }),
    uploadsDir: join(dataDir, 'uploads'),
    logger: createLogger({ level: 'silent' }),
    requireApiKey: false,
    bodyLimitBytes: 1024 * 1024,
    requestTimeoutMs: 30_000,
    publicUrl: 'http://127.0.0.1:7171',
  }));
});

after(async () => {
  await models.dispose();
  await store.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('platform routes', () => {
  test('/api/health says ok', async () => {
    const response = await app.request('/api/health');
    assert.equal(response.status, 200);
    const body = (await response.json()) as { status: string; uptimeSeconds: number };
    assert.equal(body.status, 'ok');
    assert.ok(body.uptimeSeconds >= 0);
    assert.match(response.headers.get('x-request-id') ?? '', /\S/);
  });

  test('/api/version names the package version', async () => {
    const body = (await (await app.request('/api/version')).json()) as { name: string; version: string; node: string };
    assert.deepEqual(body, { name: 'genstack', version, node: process.version });
  });

  test('/api/models lists aliases and masks secrets', async () => {
    const body = (await (await app.request('/api/models')).json()) as {
      models: Array<{ id: string; aliases: string[]; settings: Record<string, unknown> }>;
    };
    const builtin = body.models.find((model) => model.id === 'builtin');
    assert.deepEqual(builtin?.aliases, ['gpt-4o']);
    const upstream = body.models.find((model) => model.id === 'upstream-qwen');
    assert.equal(upstream?.settings['apiKey'], '***1234');
    assert.doesNotMatch(JSON.stringify(body), /sk-secret-value/);
  });

  test('/api/models/{id} follows aliases; unknown ids are 404', async () => {
    const alias = (await (await app.request('/api/models/gpt-4o')).json()) as { id: string };
    assert.equal(alias.id, 'builtin');
    const missing = await app.request('/api/models/nope');
    assert.equal(missing.status, 404);
    assert.equal(((await missing.json()) as { error: { code: string } }).error.code, 'model_not_found');
  });
});

describe('/api/openapi.json', () => {
  test('is an OpenAPI 3.1 document with the /v1 paths and their request schemas', async () => {
    const response = await app.request('/api/openapi.json');
    assert.equal(response.status, 200);
    type Operation = { requestBody?: { content: Record<string, { schema: { $ref: string } }> }; responses: Record<string, unknown> };
    const document = (await response.json()) as {
      openapi: string;
      info: { title: string; version: string };
      paths: Record<string, Record<string, Operation>>;
      components: { schemas: Record<string, { type?: string; properties?: Record<string, unknown>; required?: string[] }> };
    };
    assert.equal(document.openapi, '3.1.0');
    assert.equal(document.info.version, version);
    for (const path of ['/v1/models', '/v1/models/{id}', '/v1/chat/completions', '/v1/embeddings', '/api/health'])
      assert.ok(document.paths[path], path);
    const chat = document.paths['/v1/chat/completions']?.['post'];
    const reference = chat?.requestBody?.content['application/json']?.schema.$ref ?? '';
    const schemaName = reference.replace('#/components/schemas/', '');
    const schema = document.components.schemas[schemaName];
    assert.equal(schema?.type, 'object');
    assert.ok(schema?.required?.includes('model') && schema.required.includes('messages'));
    assert.ok(schema?.properties?.['tools'] && schema.properties['response_format']);
    const embeddings = document.components.schemas['EmbeddingRequest'];
    assert.deepEqual([...(embeddings?.required ?? [])].sort(), ['input', 'model']);
    assert.ok(chat?.responses['400'] && chat.responses['429']);
    // Every $ref in the document must resolve.
    for (const [, target] of JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g))
      assert.ok(document.components.schemas[target ?? ''], `${target}`);
  });
});

describe('status page', () => {
  test('GET / is HTML in Korean and English and lists the models', async () => {
    const response = await app.request('/');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
    const html = await response.text();
    assert.match(html, /^<!doctype html>/i);
    assert.match(html, /실행 중/);
    assert.match(html, /Running/);
    assert.match(html, /모델/);
    assert.match(html, /Models/);
    for (const id of ['builtin', 'builtin-embed', 'upstream-qwen']) assert.match(html, new RegExp(`<code>${id}</code>`));
    assert.match(html, /http:\/\/127\.0\.0\.1:7171\/v1/);
    assert.doesNotMatch(html, /sk-secret-value/);
  });
});

describe('errors in-process', () => {
  test('an unknown route and a wrong method are JSON errors with a request id', async () => {
    for (const [path, method] of [
      ['/nope', 'GET'],
      ['/v1/chat/completions', 'GET'],
      ['/api/health', 'DELETE'],
    ] as const) {
      const response = await app.request(path, { method });
      assert.ok(response.status === 404 || response.status === 405, `${method} ${path}: ${response.status}`);
      const body = (await response.json()) as { error: { type: string; message: string; code: string } };
      assert.ok(body.error.type && body.error.message && body.error.code);
      assert.match(response.headers.get('x-request-id') ?? '', /\S/);
    }
  });

  test('an invalid JSON body is a 400 invalid_json', async () => {
    const response = await app.request('/v1/chat/completions', {
      method: 'POST',
      body: '{"model":',
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(response.status, 400);
    assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'invalid_json');
  });
});
