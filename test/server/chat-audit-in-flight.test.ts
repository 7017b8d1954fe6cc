// The chat.completion audit record is written while the upstream call is in flight: a request whose record cannot be
// written is answered with an error and nothing of the model's reply; once the log works again requests are answered and audited.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sse, startFakeUpstream, type FakeUpstream } from '../models/openai/fake-upstream.ts';
import { textReply } from '../assistants/guard-fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/start-test-server.ts';

function chatBody(content: string, stream: boolean): string {
  return JSON.stringify({ model: 'remote', stream, messages: [{ role: 'user', content }] });
}

async function post(server: TestServer, body: string): Promise<Response> {
  return fetch(`${server.baseURL}/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
}

describe('chat.completion audit written beside the upstream call', () => {
  let upstream: FakeUpstream;
  let server: TestServer;
  const breakAuditLog = () =>
    server.platform.store.database.exec(
      "CREATE TEMP TRIGGER audit_fails BEFORE INSERT ON main.audit_records BEGIN SELECT RAISE(ABORT, 'audit disk full'); END;",
    );
  const repairAuditLog = () => server.platform.store.database.exec('DROP TRIGGER temp.audit_fails');
  const chatRecords = () => server.platform.audit.list({ event: 'chat.completion', limit: 1000 });

  before(async () => {
    upstream = await startFakeUpstream();
    server = await startTestServer({
      configPatch: {
        models: { entries: [{ id: 'remote', provider: 'openai', settings: { baseURL: upstream.baseURL }, retry: { maxRetries: 0 } }] },
      },
    });
  });
  after(async () => {
    await server.close();
    await upstream.close();
  });

  for (const [lang, content] of [
    ['ko', '요금제 변경 방법을 알려 주세요'],
    ['en', 'How do I change my plan?'],
  ] as const) {
    test(`${lang}: an unwritable record fails the request before any token is sent`, async () => {
      upstream.setDefault({ type: 'stream', writes: [sse([{ choices: [{ index: 0, delta: { content: '네' } }] }])] });
      const recordsBefore = chatRecords().length;
      breakAuditLog();
      try {
        const response = await post(server, chatBody(content, true));
        assert.equal(response.status, 500);
        const text = await response.text();
        assert.doesNotMatch(text, /data:/);
      } finally {
        repairAuditLog();
      }
      assert.equal(chatRecords().length, recordsBefore);
    });

    test(`${lang}: a whole reply is not returned without its record, and is once the log works`, async () => {
      upstream.setDefault(textReply(lang === 'ko' ? '안녕하세요' : 'Hello'));
      breakAuditLog();
      try {
        assert.equal((await post(server, chatBody(content, false))).status, 500);
      } finally {
        repairAuditLog();
      }
      const response = await post(server, chatBody(content, false));
      assert.equal(response.status, 200);
      const reply = (await response.json()) as { choices: Array<{ message: { content: string } }> };
      assert.equal(reply.choices[0]!.message.content, lang === 'ko' ? '안녕하세요' : 'Hello');
      // Committed before the reply was sent.
      assert.equal(chatRecords().at(-1)!.content?.input, content);
      assert.equal(server.platform.audit.verify().ok, true);
    });
  }
});
