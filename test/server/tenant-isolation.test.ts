// Tenant isolation on a real server with keys: workspace 'acme' (English content) and '베타' (Korean content) never see
// each other's knowledge bases, assistants, conversations, handoffs, jobs or models; roles, rate limits and budgets.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import { createApiKey, createWorkspace } from '../../src/guard/index.ts';
import { startTestServer, type TestServer } from '../helpers/start-test-server.ts';

type Body = Record<string, unknown> & { error?: { code: string; message: string } };

interface Tenant {
  label: string;
  workspace: string;
  kb: string;
  assistant: string;
  /** Filled in by setup. */
  conversationId: string;
  handoffId: string;
  jobId: string;
  builder: string;
  user: string;
  admin: string;
  searchQuery: string;
}

describe('tenant isolation', () => {
  let server: TestServer;
  let operator: string;
  const acme: Tenant = {
    label: 'acme (en)',
    workspace: 'acme',
    kb: 'acme-docs',
    assistant: 'acme-helper',
    conversationId: '',
    handoffId: '',
    jobId: '',
    builder: '',
    user: '',
    admin: '',
    searchQuery: 'refund within 30 days',
  };
  const beta: Tenant = {
    label: '베타 (ko)',
    workspace: '베타',
    kb: '베타-문서',
    assistant: 'beta-helper',
    conversationId: '',
    handoffId: '',
    jobId: '',
    builder: '',
    user: '',
    admin: '',
    searchQuery: '환불 기간',
  };

  const api = async (key: string, path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) => {
    const response = await fetch(`${server.url}${path}`, {
      method: init.method ?? (init.body ? 'POST' : 'GET'),
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, ...init.headers },
      ...(init.body ? { body: JSON.stringify(init.body) } : {}),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: (text.startsWith('{') ? JSON.parse(text) : {}) as Body };
  };

  const setUp = async (tenant: Tenant, content: { title: string; text: string; handoffRequest: string }) => {
    const { store } = server.platform;
    await createWorkspace({ store, name: tenant.workspace });
    for (const role of ['admin', 'builder', 'user'] as const)
      tenant[role] = (await createApiKey({ store, name: `${tenant.workspace}-${role}`, role, workspace: tenant.workspace })).secret;
    assert.equal((await api(tenant.builder, '/api/kb', { body: { name: tenant.kb } })).status, 201);
    const ingest = await api(tenant.builder, `/api/kb/${encodeURIComponent(tenant.kb)}/documents`, {
      body: { documents: [{ path: 'policy.md', title: content.title, text: content.text }] },
    });
    assert.equal(ingest.status, 202, JSON.stringify(ingest.body));
    tenant.jobId = ingest.body.jobId as string;
    assert.equal((await server.platform.jobs.wait(tenant.jobId)).status, 'succeeded');
    const defined = await api(tenant.builder, `/api/assistants/${tenant.assistant}`, {
      method: 'PUT',
      body: { id: tenant.assistant, name: tenant.label, model: 'builtin', knowledgeBases: [tenant.kb] },
    });
    assert.equal(defined.status, 200, JSON.stringify(defined.body));
    assert.equal(defined.body.workspace, tenant.workspace);
    const turn = await api(tenant.user, `/api/assistants/${tenant.assistant}/turns`, { body: { message: content.handoffRequest } });
    assert.equal(turn.status, 200, JSON.stringify(turn.body));
    tenant.conversationId = turn.body.conversationId as string;
    tenant.handoffId = (turn.body.handoff as { id: string } | undefined)?.id ?? '';
    assert.ok(tenant.handoffId, `a handoff was queued for ${tenant.label}`);
  };

  before(async () => {
    server = await startTestServer({ configPatch: { server: { requireApiKey: true } } });
    server.platform.jobs.start();
    operator = (await createApiKey({ store: server.platform.store, name: 'operator', role: 'admin' })).secret;
    await setUp(acme, {
      title: 'Refund policy',
      text: '# Refund policy\n\nCustomers may ask for a refund within 30 days of delivery. Refunds go back to the original card.',
      handoffRequest: 'I want to talk to a person',
    });
    await setUp(beta, {
      title: '환불 규정',
      text: '# 환불 규정\n\n환불 기간은 배송 후 14일 이내입니다. 환불은 원래 결제 수단으로 돌려드립니다.',
      handoffRequest: '상담원 연결해 주세요',
    });
  });
  after(() => server.close());

  for (const [owner, other] of [
    [() => acme, () => beta],
    [() => beta, () => acme],
  ] as const) {
    test(`a workspace sees its own data (${owner().label})`, async () => {
      const mine = owner();
      const bases = (await api(mine.user, '/api/kb')).body.knowledgeBases as Array<{ name: string; workspace: string }>;
      assert.deepEqual(
        bases.map((base) => [base.name, base.workspace]),
        [[mine.kb, mine.workspace]],
      );
      const search = await api(mine.user, `/api/kb/${encodeURIComponent(mine.kb)}/search`, { body: { query: mine.searchQuery } });
      assert.equal(search.status, 200);
      assert.ok((search.body.results as unknown[]).length > 0, 'the owner finds its passages');
      const assistants = (await api(mine.user, '/api/assistants')).body.assistants as Array<{ id: string }>;
      assert.deepEqual(
        assistants.map((assistant) => assistant.id),
        [mine.assistant],
      );
      assert.equal((await api(mine.user, `/api/conversations/${mine.conversationId}`)).status, 200);
      assert.equal((await api(mine.user, `/api/handoffs/${mine.handoffId}`)).status, 200);
      assert.equal((await api(mine.user, `/api/jobs/${mine.jobId}`)).status, 200);
      const jobs = (await api(mine.user, '/api/jobs')).body.jobs as Array<{ id: string }>;
      assert.deepEqual(
        jobs.map((job) => job.id),
        [mine.jobId],
      );
      const models = (await api(mine.user, '/v1/models')).body.data as Array<{ id: string }>;
      const ids = models.map((model) => model.id);
      assert.ok(ids.includes(`kb:${mine.kb}`) && ids.includes(`assistant:${mine.assistant}`));
      assert.ok(ids.includes('builtin'), 'shared engine models stay visible');
    });

    test(`a key never reaches another workspace's data: ${other().label} → ${owner().label} answers 404`, async () => {
      const mine = owner();
      const theirs = other();
      for (const key of [theirs.user, theirs.builder, theirs.admin]) {
        const kbPath = `/api/kb/${encodeURIComponent(mine.kb)}`;
        const notFound: Array<[string, Promise<{ status: number; body: Body }>]> = [
          ['get kb', api(key, kbPath)],
          ['search kb', api(key, `${kbPath}/search`, { body: { query: mine.searchQuery } })],
          ['ask kb', api(key, `${kbPath}/ask`, { body: { question: mine.searchQuery } })],
          ['get assistant', api(key, `/api/assistants/${mine.assistant}`)],
          ['turn', api(key, `/api/assistants/${mine.assistant}/turns`, { body: { message: 'hello 안녕하세요' } })],
          ['get conversation', api(key, `/api/conversations/${mine.conversationId}`)],
          ['get handoff', api(key, `/api/handoffs/${mine.handoffId}`)],
          ['take handoff', api(key, `/api/handoffs/${mine.handoffId}/take`, { body: { agent: 'intruder' } })],
          ['reply handoff', api(key, `/api/handoffs/${mine.handoffId}/messages`, { body: { agent: 'intruder', content: 'hi' } })],
          ['close handoff', api(key, `/api/handoffs/${mine.handoffId}/close`, { body: { agent: 'intruder' } })],
          ['get job', api(key, `/api/jobs/${mine.jobId}`)],
          ['job events', api(key, `/api/jobs/${mine.jobId}/events`)],
        ];
        if (key !== theirs.user) {
          notFound.push(
            ['ingest', api(key, `${kbPath}/documents`, { body: { documents: [{ path: 'x.md', text: 'planted 심은 글' }] } })],
            ['remove source', api(key, `${kbPath}/documents?path=policy.md`, { method: 'DELETE' })],
            ['delete kb', api(key, kbPath, { method: 'DELETE' })],
            ['delete assistant', api(key, `/api/assistants/${mine.assistant}`, { method: 'DELETE' })],
            ['cancel job', api(key, `/api/jobs/${mine.jobId}/cancel`, { method: 'POST' })],
            ['retry job', api(key, `/api/jobs/${mine.jobId}/retry`, { method: 'POST' })],
          );
        }
        for (const [what, pending] of notFound) {
          const { status, body } = await pending;
          assert.equal(status, 404, `${what}: ${JSON.stringify(body)}`);
          assert.equal(body.error?.code, 'not_found', what);
          assert.deepEqual(Object.keys(body), ['error'], `${what} answers with the error alone`);
        }

        const lists = {
          kb: (await api(key, '/api/kb')).body.knowledgeBases as Array<{ name: string }>,
          assistants: (await api(key, '/api/assistants')).body.assistants as Array<{ id: string }>,
          conversations: (await api(key, '/api/conversations')).body.conversations as Array<{ id: string }>,
          handoffs: (await api(key, '/api/handoffs')).body.handoffs as Array<{ id: string }>,
          jobs: (await api(key, '/api/jobs')).body.jobs as Array<{ id: string }>,
        };
        assert.ok(!lists.kb.some((base) => base.name === mine.kb));
        assert.ok(!lists.assistants.some((assistant) => assistant.id === mine.assistant));
        assert.ok(!lists.conversations.some((conversation) => conversation.id === mine.conversationId));
        assert.ok(
          lists.conversations.some((conversation) => conversation.id === theirs.conversationId),
          'its own are listed',
        );
        assert.ok(!lists.handoffs.some((handoff) => handoff.id === mine.handoffId));
        assert.ok(!lists.jobs.some((job) => job.id === mine.jobId));
      }

      const client = new OpenAI({ baseURL: server.baseURL, apiKey: theirs.user, maxRetries: 0 });
      const ids = (await client.models.list()).data.map((model) => model.id);
      assert.ok(!ids.includes(`kb:${mine.kb}`) && !ids.includes(`assistant:${mine.assistant}`), ids.join(', '));
      for (const model of [`kb:${mine.kb}`, `assistant:${mine.assistant}`]) {
        const error = await client.chat.completions
          .create({ model, messages: [{ role: 'user', content: mine.searchQuery }] })
          .catch((caught: unknown) => caught);
        assert.ok(error instanceof OpenAI.NotFoundError, `${model}: ${String(error)}`);
        assert.equal(error.code, 'model_not_found');
        const info = await api(theirs.user, `/v1/models/${encodeURIComponent(model)}`);
        assert.equal(info.status, 404);
      }
      const continued = await client.chat.completions
        .create(
          { model: `assistant:${theirs.assistant}`, messages: [{ role: 'user', content: 'hello' }] },
          { headers: { 'x-conversation-id': mine.conversationId } },
        )
        .catch((caught: unknown) => caught);
      assert.ok(continued instanceof OpenAI.NotFoundError, String(continued));
      const turnIntoOther = await api(theirs.user, `/api/assistants/${theirs.assistant}/turns`, {
        body: { message: 'hello', conversationId: mine.conversationId },
      });
      assert.equal(turnIntoOther.status, 404);
      const askThroughModel = await api(theirs.user, `/api/kb/${encodeURIComponent(theirs.kb)}/ask`, {
        body: { question: 'refund 환불', model: `kb:${mine.kb}` },
      });
      assert.equal(askThroughModel.body.error?.code, 'model_not_found');

      // An assistant cannot be pointed at another workspace's knowledge or models, nor take another's id.
      const borrowing = await api(theirs.builder, '/api/assistants/borrower', {
        method: 'PUT',
        body: { id: 'borrower', name: 'borrower', knowledgeBases: [mine.kb] },
      });
      assert.equal(borrowing.status, 404);
      const viaModel = await api(theirs.builder, '/api/assistants/borrower', {
        method: 'PUT',
        body: { id: 'borrower', name: 'borrower', model: `assistant:${mine.assistant}` },
      });
      assert.equal(viaModel.body.error?.code, 'model_not_found');
      const takeover = await api(theirs.builder, `/api/assistants/${mine.assistant}`, {
        method: 'PUT',
        body: { id: mine.assistant, name: 'takeover' },
      });
      assert.equal(takeover.status, 409);
      assert.match(takeover.body.error?.message ?? '', /is taken; choose another/, 'the clash reveals nothing of the owner');
      assert.equal((await api(theirs.builder, '/api/kb', { body: { name: mine.kb } })).status, 409);

      // Nothing of the owner changed.
      const stats = await api(mine.user, `/api/kb/${encodeURIComponent(mine.kb)}`);
      assert.equal(stats.body.documents, 1);
      assert.equal(((await api(mine.user, `/api/handoffs/${mine.handoffId}`)).body as { status: string }).status, 'waiting');
      assert.equal((await api(mine.user, `/api/assistants/${mine.assistant}`)).body.name, mine.label);
    });
  }

  test('roles: a user key cannot build, a builder cannot make keys, only the operator manages workspaces', async () => {
    const forbidden = async (key: string, path: string, init: { method?: string; body?: unknown }) => {
      const { status, body } = await api(key, path, init);
      assert.equal(status, 403, `${path}: ${JSON.stringify(body)}`);
      assert.equal(body.error?.code, 'forbidden');
    };
    await forbidden(acme.user, '/api/kb', { body: { name: 'user-made' } });
    await forbidden(beta.user, '/api/assistants/user-made', {
      method: 'PUT',
      body: { id: 'user-made', name: '사용자 비서' },
    });
    await forbidden(beta.user, `/api/kb/${encodeURIComponent(beta.kb)}/documents`, {
      body: { documents: [{ path: 'a.md', text: '사용자는 문서를 넣을 수 없습니다' }] },
    });
    await forbidden(acme.builder, '/api/keys', { body: { name: 'builder-made' } });
    await forbidden(acme.builder, '/api/keys', {});
    await forbidden(acme.admin, '/api/workspaces', { body: { name: 'tenant-made' } });
    await forbidden(beta.admin, '/api/blueprints/energy-store/install', { body: {} });

    // A workspace admin manages its own keys only; naming another workspace looks like naming none.
    const made = await api(acme.admin, '/api/keys', { body: { name: 'acme-ci', role: 'user', tokenBudget: '1000/month' } });
    assert.equal(made.status, 201, JSON.stringify(made.body));
    assert.equal(made.body.workspace, 'acme');
    assert.match(made.body.secret as string, /^gsk_/);
    const elsewhere = await api(acme.admin, '/api/keys', { body: { name: 'acme-sneak', workspace: '베타' } });
    assert.equal(elsewhere.status, 404);
    const listed = (await api(acme.admin, '/api/keys')).body.keys as Array<{ name: string; workspace: string; usage: { budget: number } }>;
    assert.ok(listed.every((key) => key.workspace === 'acme'));
    assert.equal(listed.find((key) => key.name === 'acme-ci')?.usage.budget, 1000);
    assert.ok(!JSON.stringify(listed).includes('hash'));
    assert.equal((await api(beta.admin, '/api/keys/acme-ci', { method: 'DELETE' })).status, 404);
    assert.equal((await api(acme.admin, '/api/keys/acme-ci', { method: 'DELETE' })).status, 200);

    // The operator (admin of 'default') creates workspaces and keys in them.
    const workspace = await api(operator, '/api/workspaces', { body: { name: '감마' } });
    assert.equal(workspace.status, 201);
    const names = ((await api(operator, '/api/workspaces')).body.workspaces as Array<{ name: string }>).map((entry) => entry.name);
    assert.deepEqual(names, ['default', 'acme', '베타', '감마']);
    const duplicate = await api(operator, '/api/workspaces', { body: { name: 'acme' } });
    assert.equal(duplicate.body.error?.code, 'conflict');
    const gammaKey = await api(operator, '/api/keys', { body: { name: '감마-관리자', role: 'admin', workspace: '감마' } });
    assert.equal(gammaKey.body.workspace, '감마');
    const unknown = await api(operator, '/api/keys', { body: { name: 'nowhere', workspace: 'nowhere' } });
    assert.equal(unknown.status, 404);
    assert.match(unknown.body.error?.message ?? '', /No workspace 'nowhere'.*workspaces create/);
  });

  test('a key over its rate limit gets 429 rate_limited with Retry-After (en and ko requests)', async () => {
    const { secret } = await createApiKey({ store: server.platform.store, name: 'burst', workspace: 'acme', rateLimitPerMinute: 2 });
    assert.equal((await api(secret, '/api/kb')).status, 200);
    assert.equal((await api(secret, '/api/kb/acme-docs/search', { body: { query: 'refund' } })).status, 200);
    const limited = await api(secret, '/api/kb/acme-docs/search', { body: { query: '환불' } });
    assert.equal(limited.status, 429);
    assert.equal(limited.body.error?.code, 'rate_limited');
    assert.match(limited.body.error?.message ?? '', /2 requests per minute; retry in \d+ s/);
    const retryAfter = Number(limited.headers.get('retry-after'));
    assert.ok(retryAfter >= 1 && retryAfter <= 60, `Retry-After ${retryAfter}`);
    assert.equal((await api(acme.user, '/api/kb')).status, 200, 'other keys are not limited by it');
  });

  test('a key that spent its token budget gets 429 budget_exceeded until the reset; usage is listed', async () => {
    const { secret } = await createApiKey({
      store: server.platform.store,
      name: 'thrifty',
      workspace: '베타',
      tokenBudget: { tokens: 20, period: 'day' },
    });
    const client = new OpenAI({ baseURL: server.baseURL, apiKey: secret, maxRetries: 0 });
    const questions = ['환불은 며칠 안에 받을 수 있나요?', 'How long do refunds take to arrive?', '결제 수단으로 돌려받나요?'];
    let refused: unknown;
    for (let turn = 0; turn < 20 && !refused; turn += 1) {
      await client.chat.completions
        .create({ model: `kb:${beta.kb}`, messages: [{ role: 'user', content: questions[turn % questions.length] ?? '' }] })
        .catch((caught: unknown) => (refused = caught));
    }
    assert.ok(refused instanceof OpenAI.RateLimitError, String(refused));
    assert.equal(refused.code, 'budget_exceeded');
    assert.match(refused.message, /daily budget of 20 tokens .* resets at \d{4}-\d{2}-\d{2}T00:00:00\.000Z/);
    const retryAfter = Number(refused.headers?.get('retry-after'));
    assert.ok(retryAfter >= 1 && retryAfter <= 86_400, `Retry-After ${retryAfter}`);
    const turn = await api(secret, `/api/assistants/${beta.assistant}/turns`, { body: { message: '안녕하세요' } });
    assert.equal(turn.body.error?.code, 'budget_exceeded', 'assistant turns are refused too');
    const embeddings = await api(secret, '/v1/embeddings', { body: { model: 'builtin-embed', input: 'hello' } });
    assert.equal(embeddings.status, 429);
    assert.equal((await api(secret, '/api/kb')).status, 200, 'reading spends no tokens and still works');

    const keys = (await api(beta.admin, '/api/keys')).body.keys as Array<{ name: string; usage: { tokens: number; remaining: number } }>;
    const usage = keys.find((key) => key.name === 'thrifty')?.usage;
    assert.ok(usage && usage.tokens >= 20 && usage.remaining === 0, JSON.stringify(usage));
  });
});
