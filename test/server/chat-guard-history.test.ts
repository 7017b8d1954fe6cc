// A conversation on /v1 re-sends its history with every request: the remote upstream sees that history masked the same
// way each time, Korean and English, while the guard remembers the history's scans instead of repeating them.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { upstreamModelEntry, type FakeUpstream } from '../models/openai/fake-upstream.ts';
import { textReply } from '../assistants/guard-fixtures.ts';
import { startServerWithUpstream } from '../helpers/server-with-upstream.ts';
import type { TestServer } from '../helpers/start-test-server.ts';
import { scanMemoryStatistics } from '../../src/guard/boundary/scan-memory.ts';

let upstream: FakeUpstream;
let server: TestServer;
let close: () => Promise<void>;

before(async () => {
  ({ upstream, server, close } = await startServerWithUpstream((fake) => ({
    models: { entries: [upstreamModelEntry(fake, { id: 'remote', local: false })] },
  })));
});
after(() => close());

interface Message {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

async function post(messages: Message[]): Promise<string> {
  const response = await fetch(`${server.baseURL}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'remote', messages }),
  });
  assert.equal(response.status, 200);
  const body = (await response.json()) as { choices: Array<{ message: { content: string } }> };
  return body.choices[0]!.message.content;
}

const conversations = [
  {
    language: 'ko',
    turns: ['제 번호는 010-2345-6789예요', '이메일은 minjun.kim@example.com 으로 보내 주세요', '언제 연락 주실 수 있나요?'],
    values: ['010-2345-6789', 'minjun.kim@example.com'],
  },
  {
    language: 'en',
    turns: ['My number is (415) 555-2671', 'Email me at jane.doe@example.com instead', 'When will you call back?'],
    values: ['(415) 555-2671', 'jane.doe@example.com'],
  },
];

for (const conversation of conversations) {
  test(`${conversation.language}: every request's history reaches the upstream masked alike, and is scanned once`, async () => {
    const messages: Message[] = [{ role: 'system', content: `You are a telecom care assistant; answer in ${conversation.language}.` }];
    const sentHistories: unknown[][] = [];
    const before = scanMemoryStatistics();
    for (const [index, turn] of conversation.turns.entries()) {
      messages.push({ role: 'user', content: turn });
      upstream.reply(textReply(`Noted (${index + 1}), I will use [PHONE_1].`));
      const reply = await post(messages);
      // The placeholder comes back as the customer's own number.
      assert.equal(reply, `Noted (${index + 1}), I will use ${conversation.values[0]}.`);
      const sent = (upstream.requests.at(-1)?.body as { messages: Array<{ content: string }> }).messages;
      sentHistories.push(sent.map((message) => message.content));
      for (const value of conversation.values) assert.ok(!JSON.stringify(sent).includes(value), `${value} reached the upstream`);
      messages.push({ role: 'assistant', content: reply });
    }
    // The second and third requests send the earlier messages exactly as the first did.
    assert.deepEqual(sentHistories[1]!.slice(0, 2), sentHistories[0]);
    assert.deepEqual(sentHistories[2]!.slice(0, 4), sentHistories[1]);
    // System prompt, three turns and two replies are six texts; the request-level memory adds none beyond them.
    assert.equal(scanMemoryStatistics().misses - before.misses, 6);
  });
}
