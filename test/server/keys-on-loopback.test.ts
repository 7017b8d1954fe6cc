// A loopback server needs no key, yet honours a genstack key when one is sent: its workspace, rate limit and audit name
// apply, a revoked one is refused, and the dummy keys OpenAI clients insist on are ignored (Korean and English).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import { createApiKey, createWorkspace, revokeApiKey } from '../../src/guard/index.ts';
import { startTestServer, type TestServer } from '../helpers/start-test-server.ts';

describe('keys on a loopback server that requires none', () => {
  let server: TestServer;
  const chat = (apiKey: string, content: string) =>
    new OpenAI({ baseURL: server.baseURL, apiKey, maxRetries: 0 }).chat.completions.create({
      model: 'builtin',
      messages: [{ role: 'user', content }],
    });

  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  test('no key, or a dummy one, is the local operator (Korean and English)', async () => {
    for (const [apiKey, content] of [
      ['unused-on-loopback', '안녕하세요'],
      ['sk-anything', 'Hello'],
    ] as const) {
      const reply = await chat(apiKey, content);
      assert.ok(reply.choices[0]?.message.content, `${apiKey} answered`);
    }
    const anonymous = await fetch(`${server.baseURL}/models`);
    assert.equal(anonymous.status, 200);
  });

  test("a genstack key's rate limit applies, and the audit names the key", async () => {
    const { secret } = await createApiKey({ store: server.platform.store, name: 'loopback-app', role: 'user', rateLimitPerMinute: 1 });
    await chat(secret, '주문 조회하고 싶어요');
    await assert.rejects(chat(secret, 'Where is my order?'), (error: InstanceType<typeof OpenAI.APIError>) => {
      assert.equal(error.status, 429);
      assert.match(error.message, /rate|limit/i);
      return true;
    });
    const records = await server.platform.audit.list({ limit: 50 });
    assert.ok(
      records.some((record) => record.keyName === 'loopback-app'),
      'the request is audited under its key',
    );
  });

  test('a key acts inside its workspace and with its role', async () => {
    const { store } = server.platform;
    await createWorkspace({ store, name: '베타' });
    const { secret } = await createApiKey({ store, name: 'beta-user', role: 'user', workspace: '베타' });
    const headers = { authorization: `Bearer ${secret}` };
    server.platform.knowledge.createBase({ name: 'default-docs' });
    const modelIds = async (init?: RequestInit) =>
      ((await (await fetch(`${server.baseURL}/models`, init)).json()) as { data: Array<{ id: string }> }).data.map((model) => model.id);
    assert.ok((await modelIds()).includes('kb:default-docs'), 'the operator sees the default workspace');
    assert.ok(!(await modelIds({ headers })).includes('kb:default-docs'), "a 베타 key does not see another workspace's knowledge base");
    // Listing workspaces is an admin's task: the operator may, a user key may not.
    assert.equal((await fetch(`${server.url}/api/workspaces`, { headers })).status, 403);
    assert.equal((await fetch(`${server.url}/api/workspaces`)).status, 200);
  });

  test('a revoked or mistyped genstack key is refused, not taken for the operator', async () => {
    const { store } = server.platform;
    const { key, secret } = await createApiKey({ store, name: 'old-app', role: 'user' });
    await revokeApiKey({ store, idOrName: key.id });
    for (const apiKey of [secret, 'gsk_not-a-real-key']) {
      await assert.rejects(chat(apiKey, '안녕하세요'), (error: InstanceType<typeof OpenAI.APIError>) => {
        assert.equal(error.status, 401);
        assert.match(error.message, /not valid or has been revoked/);
        return true;
      });
    }
  });
});
