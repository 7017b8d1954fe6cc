// A name or an identifier given alone after a question for it, on a real server: /v1 masks it before a remote model and
// redacts it in the audit record when the assistant message before asked for it (and leaves the same words alone
// otherwise), /api/guard/scan and redact find it with `previous`, and an assistant turn masks it for its remote model and
// keeps it out of the audit log — Korean and English.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { upstreamModelEntry } from '../models/openai/fake-upstream.ts';
import { textReply } from '../assistants/guard-fixtures.ts';
import { startServerWithUpstream, type ServerWithUpstream } from '../helpers/server-with-upstream.ts';

describe('answers to a question for a name or an identifier on the server', () => {
  let env: ServerWithUpstream;

  before(async () => {
    env = await startServerWithUpstream((fake) => ({
      models: { entries: [upstreamModelEntry(fake, { id: 'remote', local: false })] },
    }));
  });
  after(() => env.close());

  const cases = [
    {
      language: 'ko',
      question: '본인 확인을 위해 성함을 말씀해 주세요.',
      answer: '김영희요',
      value: '김영희',
      type: 'PERSON',
      hello: '안녕하세요, 요금 문의드려요',
    },
    {
      language: 'en',
      question: 'May I have your full name, please?',
      answer: 'it is Kevin.',
      value: 'Kevin',
      type: 'PERSON',
      hello: 'Hi, I have a billing question',
    },
    {
      language: 'ko',
      question: '예약 확인을 위해 여권번호 알려주세요.',
      answer: 'M29045713 입니다',
      value: 'M29045713',
      type: 'PASSPORT',
      hello: '안녕하세요, 항공권 예약 문의요',
    },
    {
      language: 'en',
      question: 'Can I have your passport number, please?',
      answer: '312847596',
      value: '312847596',
      type: 'PASSPORT',
      hello: 'Hi, I need to check my booking',
    },
  ] as const;

  for (const { language, question, answer, value: name, type } of cases)
    test(`/v1: the answer after a question for a ${type} reaches the remote model as [${type}_1], and comes back restored (${language})`, async () => {
      env.upstream.reply(textReply(`Thanks, [${type}_1].`));
      const completion = await env.client.chat.completions.create({
        model: 'remote',
        messages: [
          { role: 'assistant', content: question },
          { role: 'user', content: answer },
        ],
      });
      const sent = JSON.stringify(env.upstream.requests.at(-1)?.body);
      assert.ok(sent.includes(`[${type}_1]`) && !sent.includes(name), sent);
      assert.equal(completion.choices[0]?.message.content, `Thanks, ${name}.`);
      // The audit record holds the answer with the name redacted.
      const record = env.server.platform.audit.list({ event: 'chat.completion' }).find((entry) => entry.conversationId === completion.id);
      assert.ok(record?.content?.input?.includes(`[${type}]`) && !record.content.input.includes(name), JSON.stringify(record?.content));
      // The same words with no question before them are no name.
      env.upstream.reply(textReply('OK'));
      await env.client.chat.completions.create({ model: 'remote', messages: [{ role: 'user', content: answer }] });
      assert.ok(JSON.stringify(env.upstream.requests.at(-1)?.body).includes(name));
    });

  for (const { language, question, answer, value: name, type } of cases)
    test(`/api/guard/scan and redact find the ${type} when \`previous\` asked for it, and not without it (${language})`, async () => {
      const post = async (path: string, body: unknown) => {
        const response = await fetch(`${env.server.url}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        return { status: response.status, body: (await response.json()) as { findings?: Array<{ text: string }>; text?: string } };
      };
      const scanned = await post('/api/guard/scan', { text: answer, previous: question });
      assert.deepEqual(
        scanned.body.findings?.map((finding) => finding.text),
        [name],
      );
      assert.deepEqual((await post('/api/guard/scan', { text: answer })).body.findings, []);
      const redacted = await post('/api/guard/redact', { text: answer, mode: 'redact', previous: question });
      assert.equal(redacted.body.text, answer.replace(name, `[${type}]`));
      assert.equal((await post('/api/guard/scan', { text: answer, previous: 'x'.repeat(10_001) })).status, 400);
    });

  for (const { language, question, answer, value: name, type, hello } of cases)
    test(`an assistant turn answering its own question for a ${type} masks it for its remote model and the audit log (${language})`, async () => {
      const id = `desk-${language}-${type.toLowerCase()}`;
      const definition = { id, name: 'Desk', model: 'remote', instructions: 'Help customers.' };
      const put = await fetch(`${env.server.url}/api/assistants/${id}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(definition),
      });
      assert.equal(put.status, 200);
      const turn = async (message: string, conversationId?: string) => {
        const response = await fetch(`${env.server.url}/api/assistants/${id}/turns`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ message, ...(conversationId ? { conversationId } : {}) }),
        });
        assert.equal(response.status, 200);
        return (await response.json()) as { conversationId: string; reply: string };
      };
      env.upstream.reply(textReply(question));
      const first = await turn(hello);
      env.upstream.reply(textReply(`[${type}_1], thank you.`));
      const from = env.upstream.requests.length;
      const second = await turn(answer, first.conversationId);
      const sent = JSON.stringify(env.upstream.requests.slice(from).map((request) => request.body));
      assert.ok(sent.includes(`[${type}_1]`) && !sent.includes(name), sent);
      assert.equal(second.reply, `${name}, thank you.`);
      const records = env.server.platform.audit
        .list({ event: 'chat.turn' })
        .filter((record) => record.conversationId === first.conversationId);
      assert.equal(records.length, 2);
      assert.ok(!JSON.stringify(records[1]?.content?.input).includes(name), JSON.stringify(records[1]?.content));
    });
});
