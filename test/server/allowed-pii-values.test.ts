// Allowed values (`guard.policy.pii.allow`) on a real server: the organisation's own contact details reach a remote model
// and the customer as written, in a user's message and in a reply, while a customer's own number is still masked; the
// guard API leaves them out and tries a request's own list — Korean and English.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { upstreamModelEntry } from '../models/openai/fake-upstream.ts';
import { textReply } from '../assistants/guard-fixtures.ts';
import { startServerWithUpstream, type ServerWithUpstream } from '../helpers/server-with-upstream.ts';

const companyLine = '02-1234-5678';
const companyAddress = '서울특별시 중구 세종대로 110';
const supportEmail = 'help@hanbit.co.kr';
const customerPhone = '010-2345-6789';

describe('allowed PII values on the server', () => {
  let env: ServerWithUpstream;

  before(async () => {
    env = await startServerWithUpstream((fake) => ({
      guard: { policy: { pii: { allow: [companyLine, supportEmail] } } },
      models: { entries: [upstreamModelEntry(fake, { id: 'remote', local: false })] },
    }));
  });
  after(() => env.close());

  async function call(method: 'POST' | 'PUT', path: string, body: unknown) {
    const response = await fetch(`${env.server.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, text: await response.text() };
  }

  const cases = [
    {
      language: 'ko',
      message: `고객센터 ${companyLine} 말고 제 번호 ${customerPhone}로 연락 주세요`,
      reply: `고객센터 ${companyLine}, ${supportEmail} 또는 ${companyAddress} 본사로 문의하세요. 담당자 번호는 010-9876-5432입니다.`,
    },
    {
      language: 'en',
      message: `Not ${companyLine}, call me on ${customerPhone} please`,
      reply: `Call ${companyLine}, write to ${supportEmail} or visit ${companyAddress}. The engineer's mobile is 010-9876-5432.`,
    },
  ] as const;

  for (const { language, message } of cases)
    test(`/v1: the company line goes to the remote model as written, the customer's number as a placeholder (${language})`, async () => {
      env.upstream.reply(textReply('OK [PHONE_1]'));
      const completion = await env.client.chat.completions.create({ model: 'remote', messages: [{ role: 'user', content: message }] });
      const sent = JSON.stringify(env.upstream.requests.at(-1)?.body);
      assert.ok(sent.includes(companyLine), sent);
      assert.ok(sent.includes('[PHONE_1]') && !sent.includes(customerPhone), sent);
      assert.equal(completion.choices[0]?.message.content, `OK ${customerPhone}`);
    });

  for (const { language, reply } of cases)
    test(`an assistant's reply keeps the allowed details (its own address added to the organisation's) and masks another number (${language})`, async () => {
      const definition = {
        id: `store-${language}`,
        name: '한빛 에너지 스토어',
        model: 'remote',
        instructions: 'Answer questions about the store.',
        guard: { pii: { allow: [companyAddress] } },
      };
      assert.equal((await call('PUT', `/api/assistants/${definition.id}`, definition)).status, 200);
      env.upstream.reply(textReply(reply));
      const turn = await call('POST', `/api/assistants/${definition.id}/turns`, {
        message: language === 'ko' ? '연락처 알려주세요' : 'How do I reach you?',
      });
      assert.equal(turn.status, 200, turn.text);
      const answered = (JSON.parse(turn.text) as { reply: string }).reply;
      for (const value of [companyLine, supportEmail, companyAddress]) assert.ok(answered.includes(value), answered);
      assert.ok(!answered.includes('010-9876-5432') && answered.includes('[PHONE]'), answered);
      const merged = JSON.parse(await fetch(`${env.server.url}/api/assistants/${definition.id}/guard-policy`).then((r) => r.text())) as {
        pii: { allow: string[] };
      };
      assert.deepEqual(merged.pii.allow, [companyLine, supportEmail, companyAddress]);
    });

  test('/api/guard/scan and redact leave the policy’s values out and try a request’s own; a bad one is 400 naming it (ko, en)', async () => {
    const text = `문의 ${companyLine}, ${supportEmail}. My number: ${customerPhone}, my email minjun.kim@example.com`;
    const scanned = JSON.parse((await call('POST', '/api/guard/scan', { text })).text) as {
      findings: Array<{ type: string; text: string }>;
    };
    assert.deepEqual(
      scanned.findings.map((finding) => finding.text),
      [customerPhone, 'minjun.kim@example.com'],
    );
    const redacted = JSON.parse(
      (await call('POST', '/api/guard/redact', { text, mode: 'redact', allow: ['minjun.kim@example.com'] })).text,
    ) as {
      text: string;
    };
    assert.equal(redacted.text, `문의 ${companyLine}, ${supportEmail}. My number: [PHONE], my email minjun.kim@example.com`);
    const bad = await call('POST', '/api/guard/scan', { text, allow: ['x'] });
    assert.equal(bad.status, 400);
    assert.match(bad.text, /allow/);
  });
});
