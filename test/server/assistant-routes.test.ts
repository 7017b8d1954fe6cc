// Assistants over HTTP: `assistant:<id>` through the official openai client (x-conversation-id or resent history),
// and the /api routes for turns, conversations and the handoff queue — against a real server on a loopback port.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import { installTinyShop, tinyShopDefinition, tinyShopDialogue, tinyShopTools, type ShopOrder } from '../assistants/fixtures/tiny-shop.ts';
import { startTestServer, type TestServer } from '../helpers/start-test-server.ts';

describe('assistant routes', () => {
  let server: TestServer;
  let client: OpenAI;

  before(async () => {
    server = await startTestServer();
    client = new OpenAI({ baseURL: server.baseURL, apiKey: 'unused', maxRetries: 0 });
    const records = installTinyShop(server.platform.store.database);
    server.platform.assistants.register({ definition: tinyShopDefinition, tools: tinyShopTools(records), dialogue: tinyShopDialogue });
  });
  after(() => server.close());

  const api = async (path: string, init: { method?: string; body?: unknown } = {}) => {
    const response = await fetch(`${server.url}${path}`, {
      method: init.method ?? (init.body ? 'POST' : 'GET'),
      headers: { 'content-type': 'application/json' },
      ...(init.body ? { body: JSON.stringify(init.body) } : {}),
    });
    return {
      status: response.status,
      body: (await response.json()) as Record<string, unknown> & { error?: { code: string; message: string } },
    };
  };

  test('the assistant is listed as a model', async () => {
    const ids = (await client.models.list()).data.map((model) => model.id);
    assert.ok(ids.includes('assistant:tiny-shop'));
  });

  test('x-conversation-id carries a conversation across requests (ko), and the data changes only after 네', async () => {
    const first = await client.chat.completions
      .create({ model: 'assistant:tiny-shop', messages: [{ role: 'user', content: '주문 취소하고 싶어요' }] })
      .withResponse();
    const conversationId = first.response.headers.get('x-conversation-id');
    assert.ok(conversationId);
    assert.match(first.data.choices[0]?.message.content ?? '', /이메일/);
    const next = (content: string) =>
      client.chat.completions.create(
        { model: 'assistant:tiny-shop', messages: [{ role: 'user', content }] },
        { headers: { 'x-conversation-id': conversationId } },
      );
    await next('minjun.kim@example.com');
    const asked = await next('O-1001 취소');
    assert.match(asked.choices[0]?.message.content ?? '', /O-1001 \(엔진오일 5W-30 4L\)을 취소합니다/);
    assert.equal((asked as unknown as { pending_confirmation?: { name: string } }).pending_confirmation?.name, 'cancel_order');
    const order = () =>
      server.platform.store.database.prepare(`SELECT data FROM blueprint_records WHERE id = 'O-1001'`).get() as { data: string };
    assert.equal((JSON.parse(order().data) as ShopOrder).status, 'pending');
    await next('네');
    assert.equal((JSON.parse(order().data) as ShopOrder).status, 'cancelled');

    const { body } = await api(`/api/conversations/${conversationId}`);
    assert.equal(body.customerId, 'C-1');
    assert.equal((body.messages as unknown[]).length, 8);
    assert.deepEqual(
      (body.toolCalls as Array<{ name: string; status: string }>).map((call) => `${call.name}:${call.status}`),
      ['authenticate_customer:ok', 'cancel_order:confirmation_required', 'cancel_order:ok'],
    );
  });

  test('a client that resends the history, streaming, continues its conversation (en)', async () => {
    const first = await client.chat.completions.create({
      model: 'assistant:tiny-shop',
      messages: [{ role: 'user', content: 'where is my order?' }],
    });
    const reply = first.choices[0]?.message.content ?? '';
    assert.match(reply, /email/);
    const stream = await client.chat.completions.create({
      model: 'assistant:tiny-shop',
      stream: true,
      messages: [
        { role: 'system', content: 'ignored by assistants' },
        { role: 'user', content: 'where is my order?' },
        { role: 'assistant', content: reply },
        { role: 'user', content: 'jane.doe@example.com' },
      ],
    });
    let text = '';
    let conversationId: string | undefined;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? '';
      conversationId ??= (chunk as unknown as { conversation_id?: string }).conversation_id;
    }
    assert.equal(conversationId, (first as unknown as { conversation_id: string }).conversation_id);
    assert.match(text, /Thanks Jane Doe, you're verified/);
    assert.match(text, /Which order number/);
  });

  test('/api turns and the handoff queue: take, reply, close (ko)', async () => {
    const turn = await api('/api/assistants/tiny-shop/turns', { body: { message: '상담원 연결해 주세요' } });
    assert.equal(turn.status, 200);
    const handoff = turn.body.handoff as { id: string; status: string };
    assert.equal(handoff.status, 'waiting');
    const waiting = await api('/api/handoffs?status=waiting');
    assert.ok((waiting.body.handoffs as Array<{ id: string }>).some((item) => item.id === handoff.id));
    assert.equal((await api(`/api/handoffs/${handoff.id}/messages`, { body: { agent: 'kim', content: '안녕하세요' } })).status, 409);
    assert.equal((await api(`/api/handoffs/${handoff.id}/take`, { body: { agent: 'kim' } })).body.status, 'taken');
    assert.equal((await api(`/api/handoffs/${handoff.id}/take`, { body: { agent: 'lee' } })).status, 409);
    assert.equal(
      (await api(`/api/handoffs/${handoff.id}/messages`, { body: { agent: 'kim', content: '안녕하세요, 상담원 김입니다.' } })).status,
      201,
    );
    const shown = await api(`/api/handoffs/${handoff.id}`);
    assert.deepEqual(
      (shown.body.transcript as Array<{ role: string }>).map((message) => message.role),
      ['user', 'assistant', 'agent'],
    );
    assert.equal((await api(`/api/handoffs/${handoff.id}/close`, { body: { agent: 'kim' } })).body.status, 'closed');
  });

  test('bad input gets a clear error code', async () => {
    assert.equal((await api('/api/assistants/nope/turns', { body: { message: 'hi' } })).body.error?.code, 'not_found');
    assert.equal((await api('/api/assistants/tiny-shop/turns', { body: { message: '' } })).body.error?.code, 'invalid_request');
    assert.equal((await api('/api/handoffs/hoff_missing/take', { body: { agent: 'kim' } })).status, 404);
    await assert.rejects(
      client.chat.completions.create(
        { model: 'assistant:tiny-shop', messages: [{ role: 'user', content: 'hi' }] },
        { headers: { 'x-conversation-id': 'conv_nope' } },
      ),
      (error: { status: number }) => error.status === 404,
    );
    const defined = await api('/api/assistants/custom-bot', { method: 'PUT', body: { id: 'other-id', name: 'x' } });
    assert.equal(defined.body.error?.code, 'invalid_request');
  });

  test('a user-defined assistant (KB + builtin) can be added over the API and removed', async () => {
    const created = await api('/api/assistants/faq-bot', { method: 'PUT', body: { id: 'faq-bot', name: { ko: 'FAQ 봇', en: 'FAQ bot' } } });
    assert.equal(created.status, 200);
    const answer = await client.chat.completions.create({
      model: 'assistant:faq-bot',
      messages: [{ role: 'user', content: '안녕하세요' }],
    });
    assert.ok((answer.choices[0]?.message.content ?? '').length > 0);
    assert.equal((await api('/api/assistants/faq-bot', { method: 'DELETE' })).status, 200);
    assert.equal((await api('/api/assistants/faq-bot')).status, 404);
  });
});
