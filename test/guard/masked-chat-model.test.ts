// maskedChatModel against a recording ChatModel: what the remote side receives is masked (earlier tool-call arguments too),
// and tool-call arguments it returns, whole or streamed in pieces, come back with the originals — Korean and English.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  maskedChatModel,
  MaskVault,
  piiActionFor,
  resolveGuardPolicy,
  scanPii,
  type PiiAction,
  type PiiType,
} from '../../src/guard/index.ts';
import type { ChatModel, ChatRequest, ChatResult, ChatStreamPart } from '../../src/models/index.ts';

const phone = '010-2345-6789';
const email = 'minjun.kim@example.com';

interface RecordingModel extends ChatModel {
  requests: ChatRequest[];
}

/** A ChatModel that records every request and answers with the given result (whole) or parts (streamed). */
function recordingModel(answer: { result?: Partial<ChatResult>; parts?: ChatStreamPart[] }): RecordingModel {
  const requests: ChatRequest[] = [];
  return {
    provider: 'recording',
    modelId: 'recording',
    requests,
    async generate(request) {
      requests.push(structuredClone({ ...request, signal: undefined }));
      return {
        text: '',
        toolCalls: [],
        finishReason: 'stop',
        usage: { promptTokens: 1, completionTokens: 1, totalTokens: 2 },
        warnings: [],
        ...answer.result,
      };
    },
    async *stream(request) {
      requests.push(structuredClone({ ...request, signal: undefined }));
      yield* answer.parts ?? [];
    },
  };
}

function masked(model: ChatModel, types: Partial<Record<PiiType, PiiAction>> = {}): ChatModel {
  const policy = resolveGuardPolicy({ global: { pii: { types } } });
  return maskedChatModel({ model, scan: (text) => scanPii(text), actionOf: (type) => piiActionFor(policy, type), vault: new MaskVault() });
}

const cases = [
  { language: 'ko', ask: `${email} 로 영수증 보내 주세요`, earlier: `제 번호는 ${phone}예요` },
  { language: 'en', ask: `Send the receipt to ${email} please`, earlier: `My number is ${phone}` },
] as const;

describe('maskedChatModel', () => {
  for (const { language, ask } of cases) {
    test(`tool-call arguments with placeholders come back restored (${language})`, async () => {
      const inner = recordingModel({
        result: { finishReason: 'tool_calls', toolCalls: [{ id: 'call_1', name: 'send_receipt', arguments: '{"to":"[EMAIL_1]"}' }] },
      });
      const result = await masked(inner).generate({ messages: [{ role: 'user', content: ask }] });
      assert.equal(inner.requests[0]?.messages[0]?.content, ask.replace(email, '[EMAIL_1]'));
      assert.deepEqual(result.toolCalls, [{ id: 'call_1', name: 'send_receipt', arguments: JSON.stringify({ to: email }) }]);
    });

    test(`streamed tool-call arguments are restored even with a placeholder split across deltas (${language})`, async () => {
      const inner = recordingModel({
        parts: [
          { type: 'stream-start', warnings: [] },
          { type: 'tool-call-start', index: 0, id: 'call_1', name: 'send_receipt' },
          { type: 'tool-call-delta', index: 0, id: 'call_1', argumentsDelta: '{"to":"[EMA' },
          { type: 'tool-call-delta', index: 0, id: 'call_1', argumentsDelta: 'IL_1]"}' },
          { type: 'tool-call-end', index: 0, id: 'call_1' },
          { type: 'finish', finishReason: 'tool_calls', usage: { promptTokens: 1, completionTokens: 1, totalTokens: 2 } },
        ],
      });
      const parts: ChatStreamPart[] = [];
      for await (const part of masked(inner).stream({ messages: [{ role: 'user', content: ask }] })) parts.push(part);
      const argumentsText = parts.flatMap((part) => (part.type === 'tool-call-delta' ? [part.argumentsDelta] : [])).join('');
      assert.equal(argumentsText, JSON.stringify({ to: email }));
      const endAt = parts.findIndex((part) => part.type === 'tool-call-end');
      assert.ok(
        parts.slice(endAt).every((part) => part.type !== 'tool-call-delta'),
        'no arguments after the call ends',
      );
    });
  }

  const rewrites = [
    {
      language: 'ko',
      reply: '영수증을 email_1 으로 보냈어요. 【EMAIL_1】 확인해 주세요.',
      restored: `영수증을 ${email} 으로 보냈어요. ${email} 확인해 주세요.`,
    },
    {
      language: 'en',
      reply: 'Sent to [email 1]; see \\[EMAIL\\_1\\] for the receipt.',
      restored: `Sent to ${email}; see ${email} for the receipt.`,
    },
  ] as const;
  for (const { language, reply, restored } of rewrites) {
    test(`a reply that rewrites a placeholder comes back restored, whole and streamed (${language})`, async () => {
      const ask = `${email} 로 영수증 보내 주세요`;
      const whole = await masked(recordingModel({ result: { text: reply } })).generate({ messages: [{ role: 'user', content: ask }] });
      assert.equal(whole.text, restored);
      const deltas = reply.match(/.{1,4}/gsu)!.map((delta) => ({ type: 'text-delta' as const, id: 'text-0', delta }));
      const inner = recordingModel({
        parts: [
          { type: 'stream-start', warnings: [] },
          ...deltas,
          { type: 'finish', finishReason: 'stop', usage: { promptTokens: 1, completionTokens: 1, totalTokens: 2 } },
        ],
      });
      let streamed = '';
      for await (const part of masked(inner).stream({ messages: [{ role: 'user', content: ask }] }))
        if (part.type === 'text-delta') streamed += part.delta;
      assert.equal(streamed, restored);
    });
  }

  for (const { language, ask, earlier } of cases) {
    test(`earlier assistant tool-call arguments and tool results in the history are masked (${language})`, async () => {
      const inner = recordingModel({ result: { text: 'Sent to [EMAIL_1].' } });
      const result = await masked(inner).generate({
        messages: [
          { role: 'user', content: earlier },
          {
            role: 'assistant',
            content: null,
            toolCalls: [{ id: 'call_0', name: 'find_customer', arguments: JSON.stringify({ phone, email }) }],
          },
          { role: 'tool', toolCallId: 'call_0', content: JSON.stringify({ customerId: 'C-1', phone }) },
          { role: 'user', content: ask },
        ],
      });
      const sent = inner.requests[0];
      assert.ok(sent);
      const history = sent.messages[1];
      assert.equal(history?.role, 'assistant');
      assert.deepEqual(history.role === 'assistant' ? history.toolCalls?.map((call) => call.arguments) : [], [
        JSON.stringify({ phone: '[PHONE_1]', email: '[EMAIL_1]' }),
      ]);
      const serialized = JSON.stringify(sent.messages);
      assert.ok(!serialized.includes(phone) && !serialized.includes(email));
      // One vault per request: the same value keeps one placeholder in every message.
      assert.equal(sent.messages[3]?.content, ask.replace(email, '[EMAIL_1]'));
      assert.equal(result.text, `Sent to ${email}.`);
    });
  }

  test('allowed values pass as they are and redacted ones never come back', async () => {
    const inner = recordingModel({ result: { text: 'Noted [PHONE] and [EMAIL_1].' } });
    const result = await masked(inner, { PHONE: 'redact', EMAIL: 'allow' }).generate({
      messages: [{ role: 'user', content: `Phone ${phone}, email ${email}` }],
    });
    assert.equal(inner.requests[0]?.messages[0]?.content, `Phone [PHONE], email ${email}`);
    assert.equal(result.text, 'Noted [PHONE] and [EMAIL_1].');
  });
  for (const { language, turns, mention } of [
    {
      language: 'ko',
      turns: ['제 아들 이름은 박재현이고 초등학교 2학년이에요.', '네, 어떤 도움이 필요하신가요?', '재현도 오늘 같이 진료 받을 수 있나요?'],
      mention: '재현',
    },
    {
      language: 'en',
      turns: ['My son is Oliver Bennett, he is seven.', 'How can I help?', 'Can Bennett be seen today as well?'],
      mention: 'Bennett',
    },
  ] as const) {
    test(`a name given in an earlier turn is masked where a later turn writes part of it alone (${language})`, async () => {
      assert.deepEqual(scanPii(turns[2]), [], 'the later turn alone names no one');
      const model = recordingModel({ result: { text: 'OK' } });
      await masked(model).generate({
        messages: [
          { role: 'user', content: turns[0] },
          { role: 'assistant', content: turns[1] },
          { role: 'user', content: turns[2] },
        ],
      });
      const sent = model.requests[0]!.messages.map((message) => String(message.content));
      assert.ok(!sent.join('\n').includes(mention), sent.join('\n'));
      assert.match(sent[2]!, /\[PERSON_2\]/u);
    });
  }
});
