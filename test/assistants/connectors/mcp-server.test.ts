// connectMcpServer against real MCP servers: a spawned stdio process and an in-process streamable HTTP server.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { mcpServerSchema, ToolFailure, type AssistantTool } from '../../../src/assistants/index.ts';
import { connectMcpServer, type McpConnection } from '../../../src/assistants/connectors/index.ts';
import { GenstackError } from '../../../src/core/index.ts';
import { startMcpHttpFixture, type McpHttpFixture } from './fixtures/mcp-http-server.ts';
import { childProcessIds, contextIn } from './helpers.ts';

const stdioFixture = fileURLToPath(new URL('./fixtures/mcp-inventory-server.ts', import.meta.url));

function byName(tools: AssistantTool[], name: string): AssistantTool {
  const tool = tools.find((candidate) => candidate.name === name);
  assert.ok(tool, `tool ${name} in ${tools.map((candidate) => candidate.name).join(', ')}`);
  return tool;
}

describe('connectMcpServer over stdio', () => {
  let connection: McpConnection;
  let childrenBefore: number[];
  before(async () => {
    childrenBefore = childProcessIds();
    connection = await connectMcpServer(
      mcpServerSchema.parse({
        name: 'inventory',
        transport: 'stdio',
        command: process.execPath,
        args: ['--import', 'tsx', stdioFixture],
        stateChangingTools: ['reserve-item'],
      }),
    );
  });
  after(() => connection.close());

  test('lists every tool, prefixed with the server name in snake_case', () => {
    assert.deepEqual(connection.tools.map((tool) => tool.name).sort(), [
      'inventory_branch_info',
      'inventory_check_stock',
      'inventory_reserve_item',
    ]);
    for (const tool of connection.tools) assert.equal(tool.requiresAuthentication, false);
    assert.equal(byName(connection.tools, 'inventory_check_stock').description, 'Stock of a product at a branch');
  });

  test('changesState: configured tools, plus tools the server marks destructive', async () => {
    assert.equal(byName(connection.tools, 'inventory_check_stock').changesState, false);
    const reserve = byName(connection.tools, 'inventory_reserve_item');
    assert.equal(reserve.changesState, true);
    assert.equal(byName(connection.tools, 'inventory_branch_info').changesState, true);
    assert.equal(
      await reserve.summarize?.({ sku: 'milk', quantity: 2 }, contextIn('en')),
      'Run inventory_reserve_item with:\n- sku: milk\n- quantity: 2',
    );
    assert.equal(
      await reserve.summarize?.({ sku: '우유', quantity: 2 }, contextIn('ko')),
      'inventory_reserve_item 실행 내용:\n- sku: 우유\n- quantity: 2',
    );
  });

  test('text results, in Korean and English', async () => {
    const check = byName(connection.tools, 'inventory_check_stock');
    assert.equal(await check.run({ branch: '서울', sku: '우유-1L' }, contextIn('ko')), '서울 지점 재고 12개');
    assert.equal(await check.run({ branch: 'Busan', sku: 'milk-1L' }, contextIn('en')), 'Busan branch: 3 units of milk-1L');
  });

  test('structuredContent is preferred over the text parts', async () => {
    assert.deepEqual(await byName(connection.tools, 'inventory_branch_info').run({ branch: '강남' }, contextIn('ko')), {
      branch: '강남',
      opensAt: '09:00',
    });
  });

  test('bad arguments are rejected before the call', async () => {
    const check = byName(connection.tools, 'inventory_check_stock');
    await assert.rejects(
      async () => check.run({ branch: '서울' }, contextIn('ko')),
      (error: unknown) => error instanceof ToolFailure && error.code === 'invalid_arguments' && error.message.includes('sku'),
    );
    await assert.rejects(
      async () => byName(connection.tools, 'inventory_reserve_item').run({ sku: 'milk', quantity: 1.5 }, contextIn('en')),
      (error: unknown) => error instanceof ToolFailure && error.code === 'invalid_arguments' && error.message.includes('quantity'),
    );
  });

  test('isError becomes ToolFailure(tool_error) with the server text', async () => {
    const reserve = byName(connection.tools, 'inventory_reserve_item');
    assert.equal(await reserve.run({ sku: 'milk', quantity: 2 }, contextIn('en')), 'reserved 2 of milk');
    await assert.rejects(
      async () => reserve.run({ sku: '우유', quantity: 20 }, contextIn('ko')),
      (error: unknown) =>
        error instanceof ToolFailure && error.code === 'tool_error' && error.message === '재고 부족: 우유 20개 요청, 12개 보유',
    );
  });

  test('close() ends the server process', async () => {
    const spawned = childProcessIds().filter((id) => !childrenBefore.includes(id));
    assert.equal(spawned.length, 1);
    await connection.close();
    await connection.close();
    assert.deepEqual(
      childProcessIds().filter((id) => spawned.includes(id)),
      [],
    );
    await assert.rejects(
      async () => byName(connection.tools, 'inventory_check_stock').run({ branch: 'Seoul', sku: 'milk' }, contextIn('en')),
      (error: unknown) => error instanceof ToolFailure && error.code === 'upstream_error' && error.message.includes("'inventory'"),
    );
  });
});

describe('connectMcpServer over streamable HTTP', () => {
  let fixture: McpHttpFixture;
  before(async () => {
    fixture = await startMcpHttpFixture();
    process.env.GENSTACK_TEST_CRM_TOKEN = 'crm-token-9';
  });
  after(async () => {
    delete process.env.GENSTACK_TEST_CRM_TOKEN;
    await fixture.close();
  });

  test('follows pagination, sends expanded headers, calls tools and ends the session on close()', async () => {
    const connection = await connectMcpServer(
      mcpServerSchema.parse({
        name: 'crm-main',
        transport: 'http',
        url: `${fixture.url}/mcp`,
        headers: { authorization: 'Bearer ${GENSTACK_TEST_CRM_TOKEN}' },
        stateChangingTools: ['updateAddress'],
      }),
    );
    try {
      assert.deepEqual(
        connection.tools.map((tool) => tool.name),
        ['crm_main_lookup_customer', 'crm_main_update_address'],
      );
      assert.ok(fixture.authorizations.length > 0);
      assert.ok(fixture.authorizations.every((value) => value === 'Bearer crm-token-9'));
      const lookup = byName(connection.tools, 'crm_main_lookup_customer');
      const update = byName(connection.tools, 'crm_main_update_address');
      assert.equal(lookup.changesState, false);
      assert.equal(update.changesState, true);
      assert.equal(await lookup.run({ phone: '010-1234-5678' }, contextIn('ko')), '고객: 김민지\n등급: 골드');
      await assert.rejects(
        async () => lookup.run({ phone: '010-0000-0000' }, contextIn('en')),
        (error: unknown) => error instanceof ToolFailure && error.code === 'tool_error' && error.message.includes('010-0000-0000'),
      );
      await assert.rejects(
        async () => lookup.run({ phone: '공일공' }, contextIn('ko')),
        (error: unknown) => error instanceof ToolFailure && error.code === 'invalid_arguments',
      );
      assert.equal(
        await update.run({ customerId: 'C-7', address: '서울시 강남구 테헤란로 1' }, contextIn('ko')),
        'address of C-7 is now 서울시 강남구 테헤란로 1',
      );
      assert.equal(fixture.openSessions(), 1);
    } finally {
      await connection.close();
    }
    assert.equal(fixture.closedSessions.length, 1);
    assert.equal(fixture.openSessions(), 0);
  });

  test('an unreachable server is upstream_error naming it', async () => {
    await assert.rejects(
      connectMcpServer(mcpServerSchema.parse({ name: 'gone', transport: 'http', url: 'http://127.0.0.1:9/mcp' })),
      (error: unknown) => error instanceof GenstackError && error.code === 'upstream_error' && error.message.includes("'gone'"),
    );
  });

  test('a command that does not exist is upstream_error naming the server', async () => {
    const before = childProcessIds();
    await assert.rejects(
      connectMcpServer(mcpServerSchema.parse({ name: 'erp', transport: 'stdio', command: '/nonexistent/erp-mcp' })),
      (error: unknown) => error instanceof GenstackError && error.code === 'upstream_error' && error.message.includes("'erp'"),
    );
    assert.deepEqual(
      childProcessIds().filter((id) => !before.includes(id)),
      [],
    );
  });

  test('a process that exits at once reports its stderr', async () => {
    await assert.rejects(
      connectMcpServer(
        mcpServerSchema.parse({
          name: 'crashy',
          transport: 'stdio',
          command: process.execPath,
          args: ['-e', 'console.error("설정 파일 없음: config missing"); process.exit(3)'],
        }),
      ),
      (error: unknown) => error instanceof GenstackError && error.code === 'upstream_error' && error.message.includes('config missing'),
    );
  });

  test('a missing environment variable in env is config_invalid', async () => {
    await assert.rejects(
      connectMcpServer(
        mcpServerSchema.parse({ name: 'erp', transport: 'stdio', command: process.execPath, env: { TOKEN: '${GENSTACK_TEST_UNSET_MCP}' } }),
      ),
      (error: unknown) =>
        error instanceof GenstackError && error.code === 'config_invalid' && error.message.includes('GENSTACK_TEST_UNSET_MCP'),
    );
  });
});
