// A /v1 chat completion leaves two hash-chained audit records under the completion id the client got: the request
// (chat.completion) and what the client was sent (chat.completion.result: answer, reasoning, requested tool calls and
// how the reply ended), both with PII redacted. Real server, fake upstream, in Korean and English.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import OpenAI from 'openai';
import { chatChunk, sse, startFakeUpstream, type FakeUpstream } from '../models/openai/fake-upstream.ts';
import { startTestServer, type TestServer } from '../helpers/start-test-server.ts';
import type { AuditRecord } from '../../src/guard/index.ts';

function wholeReply(message: Record<string, unknown>, finishReason = 'stop') {
  return {
    type: 'json' as const,
    body: {
      id: 'up',
      object: 'chat.completion',
      created: 1,
      model: 'fake',
      choices: [{ index: 0, finish_reason: finishReason, message: { role: 'assistant', ...message } }],
      usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
    },
  };
}

const cases = [
  {
    lang: 'ko',
    question: '제 번호 010-4821-7733 으로 배송 알림 받을 수 있나요?',
    answer: '네, 010-4821-7733 번으로 알림을 보내 드릴게요.',
    reasoning: '고객 연락처는 010-4821-7733 이다.',
    phone: '010-4821-7733',
    tool: { name: 'send_sms', arguments: '{"to":"010-4821-7733","text":"배송 안내"}' },
  },
  {
    lang: 'en',
    question: 'Can you text delivery updates to 010-5932-1184?',
    answer: 'Yes, updates will go to 010-5932-1184.',
    reasoning: 'The customer gave 010-5932-1184.',
    phone: '010-5932-1184',
    tool: { name: 'send_sms', arguments: '{"to":"010-5932-1184","text":"Delivery update"}' },
  },
] as const;

/** The record keeps what the client was sent with its PII redacted. */
const recorded = (example: (typeof cases)[number], text: string) => text.replace(example.phone, '[PHONE]');

describe('chat.completion.result audit records', () => {
  let upstream: FakeUpstream;
  let server: TestServer;
  let client: OpenAI;
  const records = (conversationId: string): AuditRecord[] => server.platform.audit.list({ conversationId });
  const resultOf = (conversationId: string) => records(conversationId).find((record) => record.event === 'chat.completion.result');

  before(async () => {
    upstream = await startFakeUpstream();
    server = await startTestServer({
      configPatch: {
        models: { entries: [{ id: 'remote', provider: 'openai', settings: { baseURL: upstream.baseURL }, retry: { maxRetries: 0 } }] },
      },
    });
    client = new OpenAI({ baseURL: server.baseURL, apiKey: 'unused', maxRetries: 0 });
  });
  after(async () => {
    await server.close();
    await upstream.close();
  });

  for (const example of cases) {
    test(`${example.lang}: a whole reply is recorded with the request, under the completion id, PII redacted`, async () => {
      upstream.reply(wholeReply({ content: example.answer, reasoning_content: example.reasoning }));
      const completion = await client.chat.completions.create({ model: 'remote', messages: [{ role: 'user', content: example.question }] });
      assert.equal(completion.choices[0]?.message.content, example.answer);
      const [request, result] = records(completion.id);
      assert.equal(request?.event, 'chat.completion');
      assert.equal(request?.content?.input, example.question.replace(example.phone, '[PHONE]'));
      assert.equal(result?.event, 'chat.completion.result');
      assert.equal(result?.model, 'remote');
      assert.ok(result!.seq > request!.seq);
      assert.equal(result?.content?.output, recorded(example, example.answer));
      assert.equal(result?.content?.reasoning, recorded(example, example.reasoning));
      assert.deepEqual(result?.decisions, [{ policy: 'finish', action: 'stop' }]);
      assert.ok(!JSON.stringify(records(completion.id)).includes(example.phone));
      const listed = (await (await fetch(`${server.url}/api/audit?conversationId=${completion.id}`)).json()) as { records: AuditRecord[] };
      assert.deepEqual(
        listed.records.map((record) => record.seq),
        [request!.seq, result!.seq],
      );
      assert.equal(server.platform.audit.verify().ok, true);
    });

    test(`${example.lang}: a streamed reply is recorded once it ends, reasoning and text joined`, async () => {
      const middle = Math.floor(example.answer.length / 2);
      upstream.reply({
        type: 'stream',
        writes: [
          sse([
            chatChunk({ role: 'assistant', reasoning_content: example.reasoning.slice(0, 8) }),
            chatChunk({ reasoning_content: example.reasoning.slice(8) }),
            chatChunk({ content: example.answer.slice(0, middle) }),
            chatChunk({ content: example.answer.slice(middle) }),
            chatChunk({}, 'stop'),
          ]),
        ],
      });
      const stream = await client.chat.completions.create({
        model: 'remote',
        stream: true,
        messages: [{ role: 'user', content: example.question }],
      });
      let id = '';
      let text = '';
      for await (const part of stream) {
        id = part.id;
        text += part.choices[0]?.delta.content ?? '';
      }
      assert.equal(text, example.answer);
      const result = resultOf(id);
      assert.equal(result?.content?.output, recorded(example, example.answer));
      assert.equal(result?.content?.reasoning, recorded(example, example.reasoning));
      assert.deepEqual(result?.decisions, [{ policy: 'finish', action: 'stop' }]);
    });

    test(`${example.lang}: requested tool calls are recorded by name, their arguments redacted`, async () => {
      upstream.reply({
        type: 'stream',
        writes: [
          sse([
            chatChunk({
              role: 'assistant',
              tool_calls: [{ index: 0, id: 'call_1', type: 'function', function: { name: example.tool.name, arguments: '' } }],
            }),
            chatChunk({ tool_calls: [{ index: 0, function: { arguments: example.tool.arguments.slice(0, 10) } }] }),
            chatChunk({ tool_calls: [{ index: 0, function: { arguments: example.tool.arguments.slice(10) } }] }),
            chatChunk({}, 'tool_calls'),
          ]),
        ],
      });
      const stream = await client.chat.completions.create({
        model: 'remote',
        stream: true,
        messages: [{ role: 'user', content: example.question }],
        tools: [{ type: 'function', function: { name: example.tool.name, parameters: { type: 'object', properties: {} } } }],
      });
      let id = '';
      for await (const part of stream) id = part.id;
      const result = resultOf(id);
      assert.deepEqual(result?.decisions, [{ policy: 'finish', action: 'tool_calls' }]);
      assert.equal(result?.toolCalls.length, 1);
      assert.equal(result?.toolCalls[0]?.name, example.tool.name);
      assert.equal(result?.toolCalls[0]?.status, 'requested');
      assert.equal((result?.toolCalls[0]?.arguments as { to: string }).to, '[PHONE]');
      assert.ok(!JSON.stringify(result).includes(example.phone));
    });

    test(`${example.lang}: a client that leaves mid-stream still leaves a record of what it was sent`, async () => {
      upstream.reply({
        type: 'endless',
        first: sse([chatChunk({ role: 'assistant', content: example.answer })], { done: false }),
        write: sse([chatChunk({ content: '.' })], { done: false }),
        intervalMs: 20,
      });
      const controller = new AbortController();
      const response = await fetch(`${server.baseURL}/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'remote', stream: true, messages: [{ role: 'user', content: example.question }] }),
        signal: controller.signal,
      });
      const reader = response.body!.getReader();
      const first = new TextDecoder().decode((await reader.read()).value);
      const id = /"id":"(chatcmpl-[^"]+)"/.exec(first)?.[1];
      assert.ok(id, first);
      controller.abort();
      let result: AuditRecord | undefined;
      for (let attempt = 0; attempt < 100 && !result; attempt += 1) {
        await sleep(20);
        result = resultOf(id);
      }
      assert.ok(result, 'a record after the client left');
      // What the client was sent so far: the guard holds back text it cannot yet judge.
      assert.ok(example.answer.startsWith(result.content?.output ?? '-'), JSON.stringify(result.content));
      assert.deepEqual(result.decisions, [{ policy: 'finish', action: 'cancelled' }]);
      assert.equal(server.platform.audit.verify().ok, true);
    });

    test(`${example.lang}: when the reply's record cannot be written the stream ends with an error, not a clean finish`, async () => {
      upstream.reply({
        type: 'stream',
        pauseMs: 150,
        writes: [sse([chatChunk({ role: 'assistant', content: example.answer })], { done: false }), sse([chatChunk({}, 'stop')])],
      });
      const response = await fetch(`${server.baseURL}/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'remote', stream: true, messages: [{ role: 'user', content: example.question }] }),
      });
      // The headers come once the request's record is committed; the finish comes 150 ms later.
      const reader = response.body!.getReader();
      const decoder = new TextDecoder();
      let events = '';
      server.platform.store.database.exec(
        "CREATE TEMP TRIGGER audit_fails BEFORE INSERT ON main.audit_records BEGIN SELECT RAISE(ABORT, 'audit disk full'); END;",
      );
      try {
        for (let read = await reader.read(); !read.done; read = await reader.read()) events += decoder.decode(read.value);
      } finally {
        server.platform.store.database.exec('DROP TRIGGER temp.audit_fails');
      }
      assert.match(events, /"error"/);
      assert.doesNotMatch(events, /"finish_reason":"stop"/);
      assert.equal(server.platform.audit.verify().ok, true);
    });
  }
});
