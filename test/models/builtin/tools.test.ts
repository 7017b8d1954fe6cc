// Tool selection and argument extraction of the builtin engine, in Korean and English, and answers built from tool results.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ChatMessage, ChatRequest, ChatResult, ToolDefinition } from '../../../src/models/types.ts';
import { createTestModel, tools } from './__fixtures__/tools.ts';

const model = createTestModel();
const user = (content: string): ChatMessage => ({ role: 'user', content });
const ask = (content: string, extra: Partial<ChatRequest> = {}) => model.generate({ messages: [user(content)], tools, ...extra });

function onlyCall(result: ChatResult): { name: string; arguments: Record<string, unknown> } {
  assert.equal(result.finishReason, 'tool_calls', result.text);
  assert.equal(result.toolCalls.length, 1);
  const [call] = result.toolCalls;
  assert.ok(call);
  assert.match(call.id, /^call_[0-9a-f]{24}$/u);
  return { name: call.name, arguments: JSON.parse(call.arguments) as Record<string, unknown> };
}

describe('tool selection with arguments', () => {
  const cases: Array<[string, string, Record<string, unknown>]> = [
    ["What's the weather in Seoul in celsius?", 'get_weather', { city: 'Seoul', unit: 'celsius' }],
    ['서울 날씨 화씨로 알려줘', 'get_weather', { city: '서울', unit: 'fahrenheit' }],
    ['내일 부산에 비 와?', 'get_weather', { city: '부산' }],
    ["I'd like to order 3 wireless mice", 'create_order', { product: 'wireless mice', quantity: 3 }],
    ['노트북 거치대 2개 주문해 줘', 'create_order', { product: '노트북 거치대', quantity: 2 }],
    ['아메리카노 세 잔 주문할게요', 'create_order', { product: '아메리카노', quantity: 3 }],
    ['Where is my order ORD-12345?', 'lookup_order', { order_id: 'ORD-12345' }],
    ['주문번호 ORD-20931 배송 어디까지 왔어요?', 'lookup_order', { order_id: 'ORD-20931' }],
    [
      'Send an email to kim@example.com with subject "Meeting tomorrow"',
      'send_email',
      { to: 'kim@example.com', subject: 'Meeting tomorrow' },
    ],
    ["kim@example.com으로 '회의 일정' 제목으로 메일 보내줘", 'send_email', { to: 'kim@example.com', subject: '회의 일정' }],
    [
      'Book a meeting next Monday at 3pm for 45 minutes',
      'schedule_meeting',
      { date: '2026-03-09', start_time: '15:00', duration_minutes: 45 },
    ],
    ['다음 주 월요일 오후 3시에 30분 회의 잡아 줘', 'schedule_meeting', { date: '2026-03-09', start_time: '15:00', duration_minutes: 30 }],
    ['내일 1시간 회의 잡아 줘', 'schedule_meeting', { date: '2026-03-06', duration_minutes: 60 }],
  ];
  for (const [message, name, expected] of cases) {
    test(`${message} → ${name}`, async () => {
      const call = onlyCall(await ask(message));
      assert.equal(call.name, name);
      assert.deepEqual(call.arguments, expected);
    });
  }

  const codes = ['USD', 'KRW', 'EUR', 'JPY', 'GBP', 'CNY'];
  const convertCurrency: ToolDefinition = {
    name: 'convert_currency',
    description: 'Convert an amount of money from one currency to another (ISO 4217 codes)',
    parameters: {
      type: 'object',
      properties: { amount: { type: 'number' }, from: { type: 'string', enum: codes }, to: { type: 'string', enum: codes } },
      required: ['amount', 'from', 'to'],
    },
  };
  for (const [message, expected] of [
    ['100 dollars in won', { amount: 100, from: 'USD', to: 'KRW' }],
    ['환율 계산해줘 200유로 원화로', { amount: 200, from: 'EUR', to: 'KRW' }],
  ] as const) {
    test(`${message} → convert_currency with ISO codes`, async () => {
      const call = onlyCall(await ask(message, { tools: [...tools, convertCurrency] }));
      assert.equal(call.name, 'convert_currency');
      assert.deepEqual(call.arguments, expected);
    });
  }
});

describe('asking instead of guessing', () => {
  test('a missing required argument is asked for, in the user language', async () => {
    const english = await ask('Check my order status');
    assert.equal(english.finishReason, 'stop');
    assert.deepEqual(english.toolCalls, []);
    assert.match(english.text, /order id/iu);
    const korean = await ask('주문 조회해 줘');
    assert.match(korean.text, /주문 번호/u);
    assert.match(korean.text, /알려 주시겠어요/u);
  });

  test('only the arguments that are missing are asked for', async () => {
    const result = await ask('I want to order a latte');
    assert.match(result.text, /quantity/u);
    assert.doesNotMatch(result.text, /product/u);
  });

  test('a follow-up answer completes the earlier request', async () => {
    const result = await model.generate({
      tools,
      messages: [
        user('노트북 거치대 주문해 줘'),
        { role: 'assistant', content: '주문 생성을 하려면 수량이 필요해요. 알려 주시겠어요?' },
        user('2개요'),
      ],
    });
    assert.deepEqual(onlyCall(result), { name: 'create_order', arguments: { product: '노트북 거치대', quantity: 2 } });
  });

  test('two close candidates get a clarifying question that names both', async () => {
    const bankTools: ToolDefinition[] = [
      {
        name: 'get_account_balance',
        description: 'Get the current balance of a bank account',
        parameters: { type: 'object', properties: { account_id: { type: 'string' } } },
      },
      {
        name: 'list_transactions',
        description: 'List recent transactions of a bank account',
        parameters: { type: 'object', properties: { account_id: { type: 'string' } } },
      },
    ];
    const english = await model.generate({ messages: [user('my bank account')], tools: bankTools });
    assert.deepEqual(english.toolCalls, []);
    assert.match(english.text, /get account balance/u);
    assert.match(english.text, /list transactions/u);
    const korean = await model.generate({ messages: [user('은행 계좌')], tools: bankTools });
    assert.match(korean.text, /잔액 조회/u);
    assert.match(korean.text, /어떤 것을 도와드릴까요/u);
  });

  test('small talk and unrelated requests do not call tools', async () => {
    for (const message of [
      'hello',
      '안녕하세요',
      'thanks!',
      'Tell me a joke',
      'What is the capital of France?',
      '바다에 대한 시를 써 줘',
    ]) {
      const result = await ask(message);
      assert.deepEqual(result.toolCalls, [], message);
      assert.equal(result.finishReason, 'stop');
    }
    assert.match((await ask('hello')).text, /get weather/u);
    assert.match((await ask('안녕하세요')).text, /날씨 조회/u);
  });
});

describe('tool choice', () => {
  test("'required' always calls the best tool, even with arguments missing", async () => {
    assert.deepEqual(onlyCall(await ask('Check my order status', { toolChoice: 'required' })), { name: 'lookup_order', arguments: {} });
  });

  test('a named tool is forced, with whatever arguments were found', async () => {
    assert.deepEqual(onlyCall(await ask('write to lee@corp.kr', { toolChoice: { name: 'send_email' } })), {
      name: 'send_email',
      arguments: { to: 'lee@corp.kr' },
    });
  });

  test("'none' never calls a tool", async () => {
    const result = await ask('서울 날씨 어때?', { toolChoice: 'none' });
    assert.deepEqual(result.toolCalls, []);
    assert.ok(result.text.length > 0);
  });

  test('an unknown forced tool is unprocessable (422), as at the HTTP edge', async () => {
    await assert.rejects(
      ask('hello', { toolChoice: { name: 'nope' } }),
      (error: unknown) => (error as { code?: string }).code === 'unprocessable',
    );
  });

  test('call ids are deterministic', async () => {
    const first = await ask('Where is my order ORD-12345?');
    const second = await ask('Where is my order ORD-12345?');
    assert.equal(first.toolCalls[0]?.id, second.toolCalls[0]?.id);
    const other = await ask('Where is my order ORD-54321?');
    assert.notEqual(first.toolCalls[0]?.id, other.toolCalls[0]?.id);
  });
});

describe('answers from tool results', () => {
  const afterCall = (question: string, call: { name: string; arguments: string }, content: string): ChatMessage[] => [
    user(question),
    { role: 'assistant', content: null, toolCalls: [{ id: 'call_1', ...call }] },
    { role: 'tool', toolCallId: 'call_1', content },
  ];

  test('summarises a JSON result in English with thousands separators and lists', async () => {
    const result = await model.generate({
      tools,
      messages: afterCall(
        'What is the status of ORD-12345?',
        { name: 'lookup_order', arguments: '{"order_id":"ORD-12345"}' },
        '{"order_id":"ORD-12345","status":"shipped","total":1250000,"items":[{"name":"Desk","qty":1,"price":1250000}]}',
      ),
    });
    assert.equal(result.finishReason, 'stop');
    assert.match(result.text, /lookup order/u);
    assert.match(result.text, /Status: shipped/u);
    assert.match(result.text, /Total: 1,250,000/u);
    assert.match(result.text, /1\. Name: Desk/u);
  });

  test('summarises in Korean for a Korean user', async () => {
    const result = await model.generate({
      tools,
      messages: afterCall(
        '서울 날씨 어때?',
        { name: 'get_weather', arguments: '{"city":"서울"}' },
        '{"city":"서울","temperature":12.5,"humidity":40}',
      ),
    });
    assert.match(result.text, /날씨 조회 결과입니다/u);
    assert.match(result.text, /도시: 서울/u);
    assert.match(result.text, /기온: 12\.5/u);
  });

  test('reports errors honestly', async () => {
    const english = await model.generate({
      tools,
      messages: afterCall(
        'Where is ORD-99999?',
        { name: 'lookup_order', arguments: '{"order_id":"ORD-99999"}' },
        '{"error":{"message":"Order ORD-99999 not found"}}',
      ),
    });
    assert.match(english.text, /failed: Order ORD-99999 not found/u);
    const korean = await model.generate({
      tools,
      messages: afterCall('ORD-99999 어디 있어?', { name: 'lookup_order', arguments: '{"order_id":"ORD-99999"}' }, 'Error: timeout'),
    });
    assert.match(korean.text, /오류가 발생했어요: timeout/u);
  });

  test('says when a result is empty', async () => {
    const result = await model.generate({ tools, messages: afterCall('find my orders', { name: 'lookup_order', arguments: '{}' }, '[]') });
    assert.match(result.text, /no results/u);
  });
});
