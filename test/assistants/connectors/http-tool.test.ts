// createHttpTool against a real loopback server: path and query arguments, JSON bodies, errors, timeouts and size caps.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { httpToolSchema, ToolFailure } from '../../../src/assistants/index.ts';
import { createHttpTool } from '../../../src/assistants/connectors/index.ts';
import { GenstackError } from '../../../src/core/index.ts';
import { contextIn, readBody, startServer, type LoopbackServer } from './helpers.ts';

interface Seen {
  method: string;
  url: string;
  authorization: string | undefined;
  contentType: string | undefined;
  body: string;
}

describe('createHttpTool', () => {
  let server: LoopbackServer;
  const seen: Seen[] = [];
  before(async () => {
    server = await startServer(async (request, response) => {
      const body = await readBody(request);
      seen.push({
        method: request.method ?? '',
        url: request.url ?? '',
        authorization: request.headers.authorization,
        contentType: request.headers['content-type'],
        body,
      });
      const path = new URL(request.url ?? '/', 'http://x').pathname;
      if (path.startsWith('/orders/') && request.method === 'GET') {
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ id: decodeURIComponent(path.slice(8)), status: '배송 중' }));
      } else if (path === '/orders' && request.method === 'POST') {
        response.statusCode = 201;
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ created: JSON.parse(body) as unknown }));
      } else if (path === '/broken') {
        response.statusCode = 500;
        response.end('database is down: connection refused by 10.0.0.5');
      } else if (path === '/slow') {
        // Never answers; the tool's timeout must end the call.
      } else if (path === '/huge') {
        response.setHeader('content-type', 'text/plain');
        response.write('x'.repeat(600_000));
        response.end('y'.repeat(600_000));
      } else if (path === '/text') {
        response.end('plain 텍스트 answer');
      } else {
        response.statusCode = 404;
        response.end('no route');
      }
    });
    process.env.GENSTACK_TEST_ERP_TOKEN = 'secret-token-1';
  });
  after(async () => {
    delete process.env.GENSTACK_TEST_ERP_TOKEN;
    await server.close();
  });

  const lookup = () =>
    createHttpTool(
      httpToolSchema.parse({
        name: 'order_status',
        description: 'Look up an order',
        url: `${server.url}/orders/{orderId}`,
        headers: { Authorization: 'Bearer ${GENSTACK_TEST_ERP_TOKEN}' },
        parameters: {
          type: 'object',
          properties: { orderId: { type: 'string' }, fields: { type: 'string' }, tags: { type: 'array', items: { type: 'string' } } },
          required: ['orderId'],
        },
        requiresAuthentication: true,
      }),
    );

  test('GET fills the path placeholder (URL-encoded, Korean) and sends the rest as the query', async () => {
    const tool = lookup();
    assert.equal(tool.changesState, false);
    assert.equal(tool.requiresAuthentication, true);
    assert.equal(tool.summarize, undefined);
    const result = await tool.run({ orderId: '주문 7/1', fields: 'status', tags: ['a', 'b'] }, contextIn('ko'));
    assert.deepEqual(result, { id: '주문 7/1', status: '배송 중' });
    const request = seen.at(-1);
    assert.equal(request?.method, 'GET');
    assert.equal(request?.url, `/orders/${encodeURIComponent('주문 7/1')}?fields=status&tags=a&tags=b`);
    assert.equal(request?.authorization, 'Bearer secret-token-1');
    assert.equal(request?.body, '');
  });

  test('arguments are validated before any request (English and Korean messages)', async () => {
    const tool = lookup();
    const before = seen.length;
    await assert.rejects(
      async () => tool.run({ fields: 'status' }, contextIn('en')),
      (error: unknown) => error instanceof ToolFailure && error.code === 'invalid_arguments' && error.message.includes('orderId'),
    );
    await assert.rejects(
      async () => tool.run({ orderId: 42 }, contextIn('ko')),
      (error: unknown) => error instanceof ToolFailure && error.code === 'invalid_arguments' && error.message.startsWith('입력값'),
    );
    assert.equal(seen.length, before);
  });

  test('POST sends the arguments as JSON and summarizes in the user language', async () => {
    const tool = createHttpTool(
      httpToolSchema.parse({
        name: 'create_order',
        description: 'Create an order',
        method: 'POST',
        url: `${server.url}/orders`,
        parameters: {
          type: 'object',
          properties: { sku: { type: 'string' }, quantity: { type: 'integer' } },
          required: ['sku', 'quantity'],
        },
        changesState: true,
      }),
    );
    const result = await tool.run({ sku: '우유-1L', quantity: 2 }, contextIn('en'));
    assert.deepEqual(result, { created: { sku: '우유-1L', quantity: 2 } });
    assert.equal(seen.at(-1)?.contentType, 'application/json');
    assert.deepEqual(JSON.parse(seen.at(-1)?.body ?? ''), { sku: '우유-1L', quantity: 2 });
    assert.equal(tool.requiresAuthentication, false);
    assert.equal(
      await tool.summarize?.({ sku: 'milk', quantity: 2 }, contextIn('en')),
      'Run create_order with:\n- sku: milk\n- quantity: 2',
    );
    assert.equal(
      await tool.summarize?.({ sku: '우유', quantity: 2 }, contextIn('ko')),
      'create_order 실행 내용:\n- sku: 우유\n- quantity: 2',
    );
  });

  const simple = (path: string, extra: Record<string, unknown> = {}) =>
    createHttpTool(httpToolSchema.parse({ name: 'probe', description: 'probe', url: `${server.url}${path}`, ...extra }));

  test('a 500 becomes upstream_error with the status and a body excerpt', async () => {
    await assert.rejects(
      async () => simple('/broken').run({}, contextIn('en')),
      (error: unknown) =>
        error instanceof ToolFailure &&
        error.code === 'upstream_error' &&
        error.message.includes('HTTP 500') &&
        error.message.includes('database is down'),
    );
    await assert.rejects(
      async () => simple('/broken').run({}, contextIn('ko')),
      (error: unknown) => error instanceof ToolFailure && error.message.includes('HTTP 500 오류'),
    );
  });

  test('a server that never answers ends with upstream_timeout', async () => {
    await assert.rejects(
      async () => simple('/slow', { timeoutMs: 150 }).run({}, contextIn('en')),
      (error: unknown) => error instanceof ToolFailure && error.code === 'upstream_timeout' && error.message.includes('150'),
    );
  });

  test('a caller abort propagates as an abort, not as a tool failure', async () => {
    const controller = new AbortController();
    const pending = Promise.resolve(simple('/slow').run({}, contextIn('en', controller.signal)));
    controller.abort(new Error('user left'));
    await assert.rejects(pending, (error: unknown) => !(error instanceof ToolFailure) && (error as Error).message === 'user left');
  });

  test('a body over 1 MB is refused with upstream_too_large', async () => {
    await assert.rejects(
      async () => simple('/huge').run({}, contextIn('ko')),
      (error: unknown) =>
        error instanceof ToolFailure && error.code === 'upstream_too_large' && error.message.includes('응답이 너무 큽니다'),
    );
  });

  test('a text answer is returned as text', async () => {
    assert.equal(await simple('/text').run({}, contextIn('en')), 'plain 텍스트 answer');
  });

  test('a missing header variable is config_invalid at creation', () => {
    assert.throws(
      () =>
        createHttpTool(
          httpToolSchema.parse({
            name: 'needs_token',
            description: 'x',
            url: `${server.url}/text`,
            headers: { authorization: 'Bearer ${GENSTACK_TEST_UNSET_VARIABLE}' },
          }),
        ),
      (error: unknown) =>
        error instanceof GenstackError && error.code === 'config_invalid' && error.message.includes('GENSTACK_TEST_UNSET_VARIABLE'),
    );
  });

  test('a header value fetch would refuse is config_invalid at creation', () => {
    assert.throws(
      () =>
        createHttpTool(
          httpToolSchema.parse({ name: 'bad_header', description: 'x', url: `${server.url}/text`, headers: { 'x-branch': '서울' } }),
        ),
      (error: unknown) => error instanceof GenstackError && error.code === 'config_invalid' && error.message.includes('x-branch'),
    );
  });

  test('a JSON Schema zod cannot convert falls back to any object', async () => {
    const tool = simple('/text', { parameters: { type: 'object', properties: { x: { type: 'no-such-type' } } } });
    assert.equal(tool.parameters.safeParse({ anything: 1 }).success, true);
    assert.equal(tool.parameters.safeParse('not an object').success, false);
  });
});
