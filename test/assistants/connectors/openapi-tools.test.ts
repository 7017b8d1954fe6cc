// loadOpenApiTools with real documents (YAML file, JSON over HTTP) and operations called end to end on a loopback server.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { stringify } from 'yaml';
import { openApiToolsSchema, ToolFailure, type AssistantTool } from '../../../src/assistants/index.ts';
import { loadOpenApiTools } from '../../../src/assistants/connectors/index.ts';
import { GenstackError } from '../../../src/core/index.ts';
import { contextIn, readBody, startServer, type LoopbackServer } from './helpers.ts';

function storeDocument(servers: { url: string }[]): Record<string, unknown> {
  return {
    openapi: '3.0.3',
    info: { title: 'Store', version: '1' },
    servers,
    paths: {
      '/orders/{orderId}': {
        parameters: [{ $ref: '#/components/parameters/OrderId' }],
        get: {
          operationId: 'getOrderById',
          summary: 'Look up one order',
          parameters: [
            { name: 'lang', in: 'query', schema: { type: 'string', enum: ['ko', 'en'] } },
            { name: 'X-Branch-Code', in: 'header', schema: { type: 'string' } },
          ],
          responses: { '200': { description: 'ok' } },
        },
        delete: { operationId: 'cancelOrder', summary: 'Cancel an order', responses: { '204': { description: 'gone' } } },
      },
      '/orders': {
        post: {
          operationId: 'createOrder',
          requestBody: { required: true, $ref: '#/components/requestBodies/NewOrder' },
          responses: { '201': { description: 'created' } },
        },
      },
      '/categories/search': {
        post: {
          summary: 'Search categories (read-only despite POST)',
          operationId: 'searchCategories',
          requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Category' } } } },
          responses: { '200': { description: 'ok' } },
        },
      },
      '/inventory/{sku}/count': {
        get: {
          parameters: [{ name: 'sku', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': { description: 'ok' } },
        },
      },
      '/upload': {
        post: {
          operationId: 'uploadFile',
          requestBody: { required: true, content: { 'multipart/form-data': { schema: { type: 'object' } } } },
          responses: { '200': { description: 'ok' } },
        },
      },
    },
    components: {
      parameters: { OrderId: { name: 'orderId', in: 'path', required: true, schema: { type: 'string', minLength: 1 } } },
      requestBodies: {
        NewOrder: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/NewOrder' } } } },
      },
      schemas: {
        NewOrder: {
          type: 'object',
          required: ['sku', 'quantity'],
          properties: {
            sku: { type: 'string' },
            quantity: { type: 'integer', minimum: 1 },
            note: { type: 'string', nullable: true },
          },
        },
        // Recursive: a category holds sub-categories.
        Category: {
          type: 'object',
          properties: { name: { type: 'string' }, children: { type: 'array', items: { $ref: '#/components/schemas/Category' } } },
        },
      },
    },
  };
}

interface Seen {
  method: string;
  url: string;
  branch: string | undefined;
  body: string;
}

describe('loadOpenApiTools', () => {
  let directory: string;
  let server: LoopbackServer;
  const seen: Seen[] = [];
  before(async () => {
    directory = await mkdtemp(join(tmpdir(), 'genstack-openapi-'));
    server = await startServer(async (request, response) => {
      const body = await readBody(request);
      const url = request.url ?? '/';
      if (url === '/specs/store.json') {
        // Relative server URL: resolves against the document's own URL.
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify(storeDocument([{ url: '/api' }])));
        return;
      }
      seen.push({ method: request.method ?? '', url, branch: request.headers['x-branch-code'] as string | undefined, body });
      response.setHeader('content-type', 'application/json');
      if (request.method === 'DELETE') {
        response.statusCode = 204;
        response.end();
      } else if (url.startsWith('/api/orders/missing')) {
        response.statusCode = 404;
        response.end(JSON.stringify({ error: '주문을 찾을 수 없습니다' }));
      } else {
        response.end(JSON.stringify({ method: request.method, url, body: body ? (JSON.parse(body) as unknown) : null }));
      }
    });
    await writeFile(join(directory, 'store.yaml'), stringify(storeDocument([{ url: `${server.url}/api` }])));
  });
  after(async () => {
    await server.close();
    await rm(directory, { recursive: true, force: true });
  });

  const byName = (tools: AssistantTool[], name: string): AssistantTool => {
    const tool = tools.find((candidate) => candidate.name === name);
    assert.ok(tool, `tool ${name} in ${tools.map((candidate) => candidate.name).join(', ')}`);
    return tool;
  };

  test('a YAML file: one tool per operation, snake_case names, state from the method and readOnly', async () => {
    const tools = await loadOpenApiTools(openApiToolsSchema.parse({ spec: 'store.yaml', readOnly: ['searchCategories'] }), {
      cwd: directory,
    });
    // The multipart upload cannot be sent by a tool and is left out.
    assert.deepEqual(tools.map((tool) => tool.name).sort(), [
      'cancel_order',
      'create_order',
      'get_inventory_sku_count',
      'get_order_by_id',
      'search_categories',
    ]);
    assert.equal(byName(tools, 'get_order_by_id').changesState, false);
    assert.equal(byName(tools, 'cancel_order').changesState, true);
    assert.equal(byName(tools, 'create_order').changesState, true);
    assert.equal(byName(tools, 'search_categories').changesState, false);
    assert.equal(byName(tools, 'get_order_by_id').description, 'Look up one order');
    assert.equal(
      await byName(tools, 'cancel_order').summarize?.({ orderId: '주문-1' }, contextIn('ko')),
      'cancel_order 실행 내용:\n- orderId: 주문-1',
    );
    assert.equal(byName(tools, 'get_order_by_id').summarize, undefined);
  });

  test('a YAML file: path, query and header parameters travel where the document says', async () => {
    const tools = await loadOpenApiTools(openApiToolsSchema.parse({ spec: join(directory, 'store.yaml') }));
    const result = await byName(tools, 'get_order_by_id').run(
      { orderId: '서울 1', lang: 'ko', 'X-Branch-Code': 'SEL-01' },
      contextIn('ko'),
    );
    assert.deepEqual(result, { method: 'GET', url: `/api/orders/${encodeURIComponent('서울 1')}?lang=ko`, body: null });
    assert.equal(seen.at(-1)?.branch, 'SEL-01');
    assert.equal((await byName(tools, 'get_inventory_sku_count').run({ sku: 'milk-1L' }, contextIn('en'))) !== undefined, true);
    assert.equal(seen.at(-1)?.url, '/api/inventory/milk-1L/count');
  });

  test('a JSON document over HTTP: the body is flattened, validated (3.0 nullable honoured) and sent as JSON', async () => {
    const tools = await loadOpenApiTools(openApiToolsSchema.parse({ spec: `${server.url}/specs/store.json` }));
    const create = byName(tools, 'create_order');
    const result = await create.run({ sku: 'milk', quantity: 2, note: null }, contextIn('en'));
    assert.deepEqual(result, { method: 'POST', url: '/api/orders', body: { sku: 'milk', quantity: 2, note: null } });
    await assert.rejects(
      async () => create.run({ sku: 'milk', quantity: 0 }, contextIn('en')),
      (error: unknown) => error instanceof ToolFailure && error.code === 'invalid_arguments' && error.message.includes('quantity'),
    );
    await assert.rejects(
      async () => create.run({ quantity: 1 }, contextIn('ko')),
      (error: unknown) => error instanceof ToolFailure && error.code === 'invalid_arguments' && error.message.includes('sku'),
    );
  });

  test('a recursive schema loads and accepts nested values', async () => {
    const tools = await loadOpenApiTools(openApiToolsSchema.parse({ spec: `${server.url}/specs/store.json` }));
    const search = byName(tools, 'search_categories');
    const category = { name: '유제품', children: [{ name: 'milk', children: [{ name: '저지방' }] }] };
    assert.deepEqual(await search.run(category, contextIn('ko')), { method: 'POST', url: '/api/categories/search', body: category });
    assert.equal(search.parameters.safeParse({ name: 7 }).success, false);
  });

  test('errors and empty answers from the system', async () => {
    const tools = await loadOpenApiTools(openApiToolsSchema.parse({ spec: `${server.url}/specs/store.json` }));
    await assert.rejects(
      async () => byName(tools, 'get_order_by_id').run({ orderId: 'missing' }, contextIn('ko')),
      (error: unknown) =>
        error instanceof ToolFailure &&
        error.code === 'upstream_error' &&
        error.message.includes('404') &&
        error.message.includes('주문을 찾을 수 없습니다'),
    );
    assert.equal(await byName(tools, 'cancel_order').run({ orderId: 'A-1' }, contextIn('en')), null);
    assert.equal(seen.at(-1)?.method, 'DELETE');
  });

  test('operations narrows the tools; baseUrl overrides the servers entry', async () => {
    const tools = await loadOpenApiTools(
      openApiToolsSchema.parse({ spec: 'store.yaml', operations: ['getOrderById'], baseUrl: `${server.url}/api/` }),
      { cwd: directory },
    );
    assert.deepEqual(
      tools.map((tool) => tool.name),
      ['get_order_by_id'],
    );
    await byName(tools, 'get_order_by_id').run({ orderId: 'B-2' }, contextIn('en'));
    assert.equal(seen.at(-1)?.url, '/api/orders/B-2');
  });

  const rejectsConfig = async (document: string, problem: RegExp, extra: Record<string, unknown> = {}) => {
    const path = join(directory, `bad-${Math.random().toString(36).slice(2)}.yaml`);
    await writeFile(path, document);
    await assert.rejects(
      loadOpenApiTools(openApiToolsSchema.parse({ spec: path, ...extra })),
      (error: unknown) => error instanceof GenstackError && error.code === 'config_invalid' && problem.test(error.message),
    );
  };

  test('bad documents are config_invalid naming the problem', async () => {
    await rejectsConfig('swagger: "2.0"\npaths: {}\n', /openapi: 3\.0\.x/);
    await rejectsConfig('openapi: 3.1.0\ninfo: {}\n', /no 'paths'/);
    await rejectsConfig('openapi: [unclosed\n', /neither valid JSON nor YAML/);
    await rejectsConfig('openapi: 3.1.0\npaths:\n  /a:\n    get: {}\n', /no 'servers'/);
    await rejectsConfig(
      'openapi: 3.1.0\nservers: [{url: "http://127.0.0.1:9"}]\npaths:\n  /a:\n    get:\n      parameters: [{$ref: "other.yaml#/p"}]\n',
      /only local \$refs/,
    );
    await rejectsConfig(stringify(storeDocument([{ url: 'http://127.0.0.1:9' }])), /operations not found: nope/, { operations: ['nope'] });
    await rejectsConfig(stringify(storeDocument([{ url: 'http://127.0.0.1:9' }])), /uploadFile.*multipart/, { operations: ['uploadFile'] });
    await assert.rejects(
      loadOpenApiTools(openApiToolsSchema.parse({ spec: 'missing.yaml' }), { cwd: directory }),
      (error: unknown) => error instanceof GenstackError && error.code === 'config_invalid' && /could not be read/.test(error.message),
    );
    await assert.rejects(
      loadOpenApiTools(openApiToolsSchema.parse({ spec: `${server.url}/specs/none.json` })),
      (error: unknown) => error instanceof GenstackError && error.code === 'config_invalid',
    );
  });
});
