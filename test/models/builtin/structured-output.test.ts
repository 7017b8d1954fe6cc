// Structured output of the builtin engine: JSON Schemas filled from Korean and English messages and validated; the validator itself.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { validateJsonSchema } from '../../../src/models/builtin/index.ts';
import type { JsonSchema } from '../../../src/models/types.ts';
import { createTestModel } from './__fixtures__/tools.ts';

const model = createTestModel();

const ticketSchema: JsonSchema = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    email: { type: 'string', format: 'email' },
    phone: { type: 'string' },
    amount: { type: 'number', minimum: 0 },
    date: { type: 'string', format: 'date' },
    priority: { type: 'string', enum: ['low', 'normal', 'high'] },
    topics: { type: 'array', items: { type: 'string', enum: ['billing', 'shipping', 'technical'] } },
    urgent: { type: 'boolean' },
    notes: { type: ['string', 'null'] },
    address: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'], additionalProperties: false },
    quantity: { type: 'integer', minimum: 1 },
  },
  required: ['name', 'email', 'phone', 'amount', 'date', 'priority', 'topics', 'urgent', 'notes', 'address', 'quantity'],
  additionalProperties: false,
};

async function fill(content: string, schema: JsonSchema = ticketSchema): Promise<Record<string, unknown>> {
  const result = await model.generate({
    messages: [{ role: 'user', content }],
    responseFormat: { type: 'json_schema', name: 'ticket', schema, strict: true },
  });
  assert.equal(result.finishReason, 'stop');
  const value = JSON.parse(result.text) as Record<string, unknown>;
  assert.deepEqual(validateJsonSchema(value, schema), []);
  return value;
}

describe('json_schema response format', () => {
  test('fills an English message', async () => {
    const value = await fill(
      "Hi, I'm Jane Doe (jane.doe@example.com, +1 415-555-0134). Please refund $1,250.50 on March 5, 2026 for the shipping and billing problem. It's urgent, high priority. I live in Boston.",
    );
    assert.deepEqual(value, {
      name: 'Jane Doe',
      email: 'jane.doe@example.com',
      phone: '+1 415-555-0134',
      amount: 1250.5,
      date: '2026-03-05',
      priority: 'high',
      topics: ['shipping', 'billing'],
      urgent: true,
      notes: null,
      address: { city: 'Boston' },
      quantity: 1,
    });
  });

  test('fills a Korean message, with Korean amounts, relative dates and enum aliases', async () => {
    const value = await fill(
      '안녕하세요, 김민수입니다. 이메일은 minsu.kim@example.co.kr, 연락처는 010-1234-5678이에요. 3만 5천 원 환불을 내일 처리해 주세요. 배송 문제이고 긴급해요. 우선순위는 높음으로 부탁드려요. 부산에 살아요.',
    );
    assert.deepEqual(value, {
      name: '김민수',
      email: 'minsu.kim@example.co.kr',
      phone: '010-1234-5678',
      amount: 35000,
      date: '2026-03-06',
      priority: 'high',
      topics: ['shipping'],
      urgent: true,
      notes: null,
      address: { city: '부산' },
      quantity: 1,
    });
  });

  test('a message with nothing in it still gives schema-valid empty values', async () => {
    const schema: JsonSchema = {
      type: 'object',
      properties: {
        title: { type: 'string' },
        count: { type: 'integer', minimum: 2 },
        tags: { type: 'array', items: { type: 'string' } },
        level: { enum: ['a', 'b'] },
      },
      required: ['title', 'count', 'tags', 'level'],
    };
    assert.deepEqual(await fill('nothing useful here', schema), { title: '', count: 2, tags: [], level: 'a' });
  });

  test('optional properties the message does not hold are left out, not invented (Korean and English)', async () => {
    const schema: JsonSchema = {
      type: 'object',
      properties: {
        name: { type: 'string' },
        email: { type: 'string', format: 'email' },
        phone: { type: 'string' },
        plan: { type: 'string', enum: ['basic', 'premium'] },
        amount: { type: 'number' },
      },
      required: ['name', 'email'],
    };
    const loose = async (content: string) => {
      const result = await model.generate({
        messages: [{ role: 'user', content }],
        responseFormat: { type: 'json_schema', name: 'signup', schema },
      });
      return JSON.parse(result.text) as Record<string, unknown>;
    };
    assert.deepEqual(await loose('Register Jane Doe, jane@acme.com, premium plan'), {
      name: 'Jane Doe',
      email: 'jane@acme.com',
      plan: 'premium',
    });
    assert.deepEqual(await loose('Add Tom Hardy as a customer: tom@hardy.io'), { name: 'Tom Hardy', email: 'tom@hardy.io' });
    assert.deepEqual(await loose('신규 고객 김민수 등록: minsu@example.com, 010-2345-6789'), {
      name: '김민수',
      email: 'minsu@example.com',
      phone: '010-2345-6789',
    });
    // A required property the message lacks still gets its schema-valid empty value.
    assert.deepEqual(await loose('요금제는 basic으로 해 주세요'), { name: '', email: '', plan: 'basic' });
  });

  test('date-time properties carry the time zone offset', async () => {
    const schema: JsonSchema = { type: 'object', properties: { start: { type: 'string', format: 'date-time' } }, required: ['start'] };
    assert.deepEqual(await fill('다음 주 월요일 오후 3시', schema), { start: '2026-03-09T15:00:00+09:00' });
  });

  test('local $ref definitions are followed', async () => {
    const schema: JsonSchema = {
      type: 'object',
      $defs: { unit: { type: 'string', enum: ['celsius', 'fahrenheit'] } },
      properties: { unit: { $ref: '#/$defs/unit' } },
      required: ['unit'],
    };
    assert.deepEqual(await fill('화씨로 보여 줘', schema), { unit: 'fahrenheit' });
  });

  test('currency names and glued currency words fill ISO-code enums, and the amount keeps its figure (ko, en)', async () => {
    const codes = ['USD', 'KRW', 'EUR', 'JPY', 'GBP', 'CNY'];
    const schema: JsonSchema = {
      type: 'object',
      properties: { amount: { type: 'number' }, from: { type: 'string', enum: codes }, to: { type: 'string', enum: codes } },
      required: ['amount', 'from', 'to'],
    };
    assert.deepEqual(await fill('100 dollars in won', schema), { amount: 100, from: 'USD', to: 'KRW' });
    assert.deepEqual(await fill('convert 50 euros to yen', schema), { amount: 50, from: 'EUR', to: 'JPY' });
    assert.deepEqual(await fill('100달러를 원화로 바꾸면 얼마야', schema), { amount: 100, from: 'USD', to: 'KRW' });
    assert.deepEqual(await fill('5만원은 몇 엔이에요', schema), { amount: 50000, from: 'KRW', to: 'JPY' });
  });

  test('a reason enum takes the word that names it, not a word its other members share (ko, en)', async () => {
    const schema: JsonSchema = {
      type: 'object',
      properties: { reason: { type: 'string', enum: ['wrong_item', 'changed_mind', 'damaged', 'defective', 'late_delivery'] } },
      required: ['reason'],
    };
    assert.deepEqual(await fill('상품이 파손돼서 왔어요', schema), { reason: 'damaged' });
    assert.deepEqual(await fill('불량이에요', schema), { reason: 'defective' });
    assert.deepEqual(await fill('it arrived broken', schema), { reason: 'damaged' });
    assert.deepEqual(await fill('they sent the wrong item', schema), { reason: 'wrong_item' });
  });

  test('json_object returns the entities found', async () => {
    const result = await model.generate({
      messages: [{ role: 'user', content: '김민수입니다. kim@example.com, 내일 3만 원' }],
      responseFormat: { type: 'json_object' },
    });
    assert.deepEqual(JSON.parse(result.text), {
      names: ['김민수'],
      emails: ['kim@example.com'],
      dates: ['2026-03-06'],
      amounts: [{ value: 30000, currency: 'KRW' }],
    });
  });
});

describe('validateJsonSchema', () => {
  test('reports what is wrong and where', () => {
    const issues = validateJsonSchema({ name: 3, email: 'nope', amount: -1, extra: true, topics: ['x'] }, ticketSchema);
    const paths = issues.map((issue) => issue.path);
    for (const path of ['/name', '/email', '/amount', '/extra', '/topics/0', '/phone']) assert.ok(paths.includes(path), path);
  });

  test('accepts integers as numbers and checks anyOf', () => {
    assert.deepEqual(validateJsonSchema(3, { type: 'number' }), []);
    assert.deepEqual(validateJsonSchema(null, { anyOf: [{ type: 'string' }, { type: 'null' }] }), []);
    assert.equal(validateJsonSchema(1.5, { type: 'integer' }).length, 1);
  });
});
