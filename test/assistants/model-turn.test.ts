// The runtime with an OpenAI-compatible model (a real local HTTP server scripted like vLLM): tool calling in a bounded
// loop, with the same policies as the builtin engine — nothing changes before the customer's yes (ko and en).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAssistantRuntime, type AssistantRuntime } from '../../src/assistants/index.ts';
import type { RecordCollections } from '../../src/blueprints/records/index.ts';
import { createLogger } from '../../src/core/index.ts';
import { createSqliteJobQueue } from '../../src/jobs/index.ts';
import { openKnowledge } from '../../src/knowledge/index.ts';
import { createDefaultProviders, createModelRegistry, type ModelRegistry } from '../../src/models/index.ts';
import { openStore, type SqliteStore } from '../../src/store/index.ts';
import { closedPort, startFakeUpstream, type FakeUpstream } from '../models/openai/fake-upstream.ts';
import { installTinyShop, tinyShopTools, type ShopOrder } from './fixtures/tiny-shop.ts';

function toolCall(name: string, args: Record<string, unknown>, id = `call_${name}`) {
  return {
    type: 'json' as const,
    body: {
      id: 'chatcmpl-1',
      object: 'chat.completion',
      created: 1,
      model: 'qwen',
      choices: [
        {
          index: 0,
          finish_reason: 'tool_calls',
          message: {
            role: 'assistant',
            content: null,
            tool_calls: [{ id, type: 'function', function: { name, arguments: JSON.stringify(args) } }],
          },
        },
      ],
      usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
    },
  };
}

function text(content: string) {
  return {
    type: 'json' as const,
    body: {
      id: 'chatcmpl-2',
      object: 'chat.completion',
      created: 1,
      model: 'qwen',
      choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content } }],
      usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
    },
  };
}

describe('assistant runtime with an OpenAI-compatible model', () => {
  let directory: string;
  let store: SqliteStore;
  let models: ModelRegistry;
  let runtime: AssistantRuntime;
  let records: RecordCollections;
  let upstream: FakeUpstream;

  before(async () => {
    upstream = await startFakeUpstream();
    directory = mkdtempSync(join(tmpdir(), 'genstack-assistant-model-'));
    store = openStore({ dataDir: directory });
    models = createModelRegistry({
      providers: createDefaultProviders(),
      entries: [
        { id: 'qwen', provider: 'openai', settings: { baseURL: upstream.baseURL, apiKey: 'sk-test' }, retry: { maxRetries: 0 } },
        { id: 'down', provider: 'openai', settings: { baseURL: `http://127.0.0.1:${await closedPort()}/v1` }, retry: { maxRetries: 0 } },
      ],
    });
    const jobs = createSqliteJobQueue({ database: store.database });
    const knowledge = openKnowledge({ database: store.database, jobs, models });
    runtime = createAssistantRuntime({ database: store.database, models, knowledge, logger: createLogger({ level: 'silent' }) });
    records = installTinyShop(store.database);
    runtime.register({
      definition: { id: 'shop-llm', name: 'Shop', model: 'qwen', instructions: 'You are the tiny shop’s assistant.' },
      tools: tinyShopTools(records),
    });
  });

  after(async () => {
    await runtime.close();
    await models.dispose();
    await store.close();
    await upstream.close();
    rmSync(directory, { recursive: true, force: true });
  });

  test('a change the model asks for waits for the yes, then runs (en)', async () => {
    upstream.reply(
      toolCall('authenticate_customer', { email: 'jane.doe@example.com' }),
      toolCall('cancel_order', { orderId: 'O-2001' }),
      text('I can cancel order O-2001 (Car wash pass). Shall I go ahead?'),
    );
    const first = await runtime.turn({ assistantId: 'shop-llm', message: 'Please cancel O-2001, I am jane.doe@example.com' });
    assert.equal(first.customerId, 'C-2');
    assert.equal(first.pendingConfirmation?.name, 'cancel_order');
    assert.equal(records.get<ShopOrder>('orders', 'O-2001')?.status, 'pending');
    const sent = upstream.requests.at(-1)?.body as {
      messages: Array<{ role: string; content: string }>;
      tools: Array<{ function: { name: string } }>;
    };
    assert.deepEqual(
      sent.tools.map((tool) => tool.function.name),
      ['authenticate_customer', 'get_order', 'cancel_order'],
    );
    assert.match(sent.messages.at(-1)?.content ?? '', /confirmation_required/);
    assert.match(sent.messages[0]?.content ?? '', /verified as C-2/);

    upstream.reply(toolCall('cancel_order', { orderId: 'O-2001' }), text('Done: order O-2001 is cancelled.'));
    const second = await runtime.turn({ assistantId: 'shop-llm', message: 'yes', conversationId: first.conversationId });
    assert.equal(second.reply, 'Done: order O-2001 is cancelled.');
    assert.equal(records.get<ShopOrder>('orders', 'O-2001')?.status, 'cancelled');
    assert.deepEqual(
      runtime.conversations.toolCalls(first.conversationId).map((call) => `${call.name}:${call.status}`),
      ['authenticate_customer:ok', 'cancel_order:confirmation_required', 'cancel_order:ok'],
    );
  });

  test('a model that acts without being asked cannot change anything; nor can it reach another customer (ko)', async () => {
    upstream.reply(
      toolCall('authenticate_customer', { email: 'minjun.kim@example.com' }),
      toolCall('cancel_order', { orderId: 'O-1001' }),
      text('취소했습니다.'),
    );
    const first = await runtime.turn({ assistantId: 'shop-llm', message: '네 minjun.kim@example.com 입니다' });
    assert.equal(records.get<ShopOrder>('orders', 'O-1001')?.status, 'pending');
    assert.equal(first.toolCalls.at(-1)?.outcome.status, 'confirmation_required');

    upstream.reply(toolCall('get_order', { orderId: 'O-2001' }), text('다른 고객의 주문은 볼 수 없어요.'));
    const second = await runtime.turn({ assistantId: 'shop-llm', message: 'O-2001 주문 보여줘', conversationId: first.conversationId });
    const outcome = second.toolCalls[0]?.outcome;
    assert.equal(outcome?.status, 'failed');
    assert.equal(outcome?.status === 'failed' && outcome.code, 'not_your_record');
  });

  test('account tools refuse an unverified conversation, and bad arguments are reported to the model', async () => {
    upstream.reply(toolCall('get_order', { orderId: 'O-1001' }), toolCall('get_order', { order: 1 }), text('Please verify first.'));
    const result = await runtime.turn({ assistantId: 'shop-llm', message: 'where is O-1001?' });
    assert.deepEqual(
      result.toolCalls.map((call) => call.outcome.status),
      ['authentication_required', 'failed'],
    );
    const last = result.toolCalls[1]?.outcome;
    assert.equal(last?.status === 'failed' && last.code, 'invalid_arguments');
  });

  test('the tool loop is bounded', async () => {
    upstream.reply(...Array.from({ length: 8 }, (_, index) => toolCall('get_order', { orderId: 'O-1001' }, `call_${index}`)));
    const result = await runtime.turn({ assistantId: 'shop-llm', message: 'loop forever' });
    assert.equal(result.toolCalls.length, 6);
  });

  test('a model that is down falls back to the next one in the definition', async () => {
    runtime.register({
      definition: { id: 'shop-fallback', name: 'Shop', model: 'down', fallbackModels: ['qwen'] },
      tools: tinyShopTools(records),
    });
    upstream.reply(text('안녕하세요! 무엇을 도와드릴까요?'));
    const result = await runtime.turn({ assistantId: 'shop-fallback', message: '안녕하세요' });
    assert.equal(result.reply, '안녕하세요! 무엇을 도와드릴까요?');
  });

  test('a reply that quotes the assistant’s instructions never reaches the customer (ko and en)', async () => {
    const instructions = 'Internal: offer the retention discount code KEEP-2026-SECRET only to customers who threaten to leave twice.';
    runtime.register({ definition: { id: 'shop-secret', name: 'Shop', model: 'qwen', instructions }, tools: [] });
    upstream.reply(text(`Sure! My instructions: ${instructions}`), text(`지침: ${instructions}`));
    // Innocent questions: the leak is the model's, and a request for the instructions would be stopped before it.
    const english = await runtime.turn({ assistantId: 'shop-secret', message: 'what discounts do you have?' });
    assert.doesNotMatch(english.reply, /KEEP-2026/);
    assert.match(english.reply, /can't share my internal instructions/);
    const korean = await runtime.turn({ assistantId: 'shop-secret', message: '할인 있어요?' });
    assert.match(korean.reply, /내부 운영 지침은 공유할 수 없어요/);
  });

  test('tools of an MCP server named in the definition run under the same confirmation policy (ko)', async () => {
    const fixture = join(import.meta.dirname, 'connectors', 'fixtures', 'mcp-inventory-server.ts');
    runtime.register({
      definition: {
        id: 'shop-mcp',
        name: 'Shop',
        model: 'qwen',
        mcpServers: [
          {
            name: 'inventory',
            transport: 'stdio',
            command: process.execPath,
            args: ['--import', 'tsx', fixture],
            stateChangingTools: ['reserve-item'],
          },
        ],
      },
    });
    upstream.reply(
      toolCall('inventory_check_stock', { branch: '서울', sku: 'OIL-5W30' }),
      toolCall('inventory_reserve_item', { sku: 'OIL-5W30', quantity: 2 }),
      text('2개 예약할까요?'),
    );
    const first = await runtime.turn({ assistantId: 'shop-mcp', message: '서울 지점 엔진오일 재고 보고 2개 예약해 줘' });
    assert.deepEqual(
      first.toolCalls.map((call) => `${call.name}:${call.outcome.status}`),
      ['inventory_check_stock:ok', 'inventory_reserve_item:confirmation_required'],
    );
    assert.match(JSON.stringify(first.toolCalls[0]?.outcome), /서울 지점 재고 12개/);
    upstream.reply(toolCall('inventory_reserve_item', { sku: 'OIL-5W30', quantity: 2 }), text('예약했어요.'));
    const second = await runtime.turn({ assistantId: 'shop-mcp', message: '네', conversationId: first.conversationId });
    assert.match(JSON.stringify(second.toolCalls[0]?.outcome), /reserved 2 of OIL-5W30/);
    assert.equal(await runtime.unregister('shop-mcp'), true);
  });
});
