// Regression tests from fuzzing the HTTP API: hostile shapes and sizes must give answers or user errors, fast, never crashes.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities } from '../../../src/models/builtin/index.ts';
import type { ChatRequest, JsonSchema } from '../../../src/models/types.ts';
import { createTestModel, fixedNow } from './__fixtures__/tools.ts';

const model = createTestModel();
const depth = 10_000;
const deepSchema = JSON.parse('{"type":"object","properties":{"a":'.repeat(depth) + '{"type":"string"}' + '}}'.repeat(depth)) as JsonSchema;
const deepArray: unknown = JSON.parse('['.repeat(depth) + ']'.repeat(depth));

async function timed(request: ChatRequest): Promise<{ milliseconds: number; text: string }> {
  const started = performance.now();
  const result = await model.generate(request);
  return { milliseconds: performance.now() - started, text: result.text };
}

describe('hostile requests', () => {
  test('a tool schema nested 10,000 levels deep does not exhaust the stack', async () => {
    const result = await timed({
      messages: [{ role: 'user', content: '서울 날씨 알려줘' }],
      tools: [{ name: 'deep', parameters: deepSchema }],
    });
    assert.ok(result.text.length > 0);
  });

  test('a response schema nested 10,000 levels deep gives JSON', async () => {
    const result = await timed({
      messages: [{ role: 'user', content: 'hello' }],
      responseFormat: { type: 'json_schema', schema: deepSchema },
    });
    assert.equal(typeof JSON.parse(result.text), 'object');
  });

  test('deeply nested enum members and tool results are tolerated', async () => {
    const tools = [{ name: 'get_weather', parameters: { type: 'object', properties: { unit: { enum: [deepArray, 'celsius'] } } } }];
    const call = await model.generate({ messages: [{ role: 'user', content: 'weather in celsius' }], tools });
    assert.equal(call.toolCalls[0]?.arguments, '{"unit":"celsius"}');
    const deepResult = JSON.stringify({ a: JSON.parse('{"a":'.repeat(2000) + '1' + '}'.repeat(2000)) as unknown });
    const summary = await model.generate({
      tools,
      messages: [
        { role: 'user', content: 'weather' },
        { role: 'assistant', content: null, toolCalls: [{ id: 'call_1', name: 'get_weather', arguments: '{}' }] },
        { role: 'tool', toolCallId: 'call_1', content: deepResult },
      ],
    });
    assert.match(summary.text, /…/u);
  });

  test('a schema asking for a billion items or characters does not exhaust memory', async () => {
    const schema: JsonSchema = {
      type: 'object',
      properties: { list: { type: 'array', minItems: 1e9 }, text: { type: 'string', minLength: 1e9 } },
      required: ['list', 'text'],
    };
    const result = await timed({ messages: [{ role: 'user', content: 'hello' }], responseFormat: { type: 'json_schema', schema } });
    assert.deepEqual(JSON.parse(result.text), { list: [], text: '' });
  });

  test('60,000 digits in a row are read in milliseconds (an email pattern used to backtrack for seconds)', () => {
    const started = performance.now();
    extractEntities('1'.repeat(60_000), { now: fixedNow, timeZone: 'Asia/Seoul' });
    assert.ok(performance.now() - started < 500);
  });

  test('a message near the body limit with tools answers quickly', async () => {
    const tools = [
      {
        name: 'get_weather',
        parameters: { type: 'object', properties: { city: { type: 'string' }, unit: { enum: ['celsius', 'fahrenheit'] } } },
      },
    ];
    const result = await timed({ messages: [{ role: 'user', content: 'ㄱ'.repeat(60_000) }], tools });
    assert.ok(result.milliseconds < 2000, `${result.milliseconds} ms`);
  });

  test('a catastrophic schema pattern is bounded', async () => {
    const tools = [{ name: 'find', parameters: { type: 'object', properties: { id: { type: 'string', pattern: '^(a+)+b$' } } } }];
    const result = await timed({ messages: [{ role: 'user', content: `${'a'.repeat(40)}!` }], tools });
    assert.ok(result.milliseconds < 2000, `${result.milliseconds} ms`);
  });
});
