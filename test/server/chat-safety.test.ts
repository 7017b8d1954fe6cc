// /v1/chat/completions on a real server with a remote fake upstream: a person who speaks of harming themselves is answered
// with crisis support by the guard, whole and streamed, without the model; the decision is audited (Korean and English).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type OpenAI from 'openai';
import { upstreamModelEntry, type FakeUpstream } from '../models/openai/fake-upstream.ts';
import { textReply } from '../assistants/guard-fixtures.ts';
import { startServerWithUpstream } from '../helpers/server-with-upstream.ts';
import type { TestServer } from '../helpers/start-test-server.ts';

const cases = [
  { lang: 'ko', message: '요즘 너무 힘들어서 그냥 죽고 싶어요', helpline: /자살예방상담전화 109/ },
  { lang: 'en', message: "I can't do this anymore, I want to kill myself", helpline: /call or text 988/ },
] as const;

describe('/v1/chat/completions crisis support', () => {
  let upstream: FakeUpstream;
  let server: TestServer;
  let client: OpenAI;
  let close: () => Promise<void>;

  before(async () => {
    ({ upstream, server, client, close } = await startServerWithUpstream((fake) => ({
      models: {
        entries: [upstreamModelEntry(fake, { id: 'remote', local: false })],
      },
    })));
  });
  after(() => close());

  for (const { lang, message, helpline } of cases) {
    test(`a crisis message gets helplines from the guard, not the model, and is audited (${lang})`, async () => {
      const sentBefore = upstream.requests.length;
      const completion = await client.chat.completions.create({ model: 'remote', messages: [{ role: 'user', content: message }] });
      assert.match(completion.choices[0]?.message.content ?? '', helpline);
      assert.equal(completion.choices[0]?.finish_reason, 'stop');
      assert.equal(upstream.requests.length, sentBefore, 'the model never saw the message');
      const records = server.platform.audit.list({ conversationId: completion.id });
      assert.deepEqual(records[0]?.decisions, [{ policy: 'safety', action: 'respond', detail: 'self-harm' }]);
      assert.match(records[1]?.content?.output ?? '', helpline);
    });

    test(`streamed, the same support arrives as chunks (${lang})`, async () => {
      const stream = await client.chat.completions.create({
        model: 'remote',
        stream: true,
        messages: [{ role: 'user', content: message }],
      });
      let text = '';
      for await (const part of stream) text += part.choices[0]?.delta.content ?? '';
      assert.match(text, helpline);
    });
  }

  test('an ordinary message still reaches the model (ko, en)', async () => {
    for (const content of ['배고파 죽겠어요, 배달 언제 와요?', 'this bill is killing me, can I pay later?']) {
      upstream.reply(textReply('OK'));
      const completion = await client.chat.completions.create({ model: 'remote', messages: [{ role: 'user', content }] });
      assert.equal(completion.choices[0]?.message.content, 'OK', content);
    }
  });
});
