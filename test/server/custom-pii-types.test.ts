// Custom PII types from the server's guard policy on a real server: /v1 masks them before a remote model and restores
// them in the reply, blocks them when the policy says so, /api/guard finds them (and tries a request's own patterns),
// and an assistant naming an undeclared type is refused.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { upstreamModelEntry } from '../models/openai/fake-upstream.ts';
import { textReply } from '../assistants/guard-fixtures.ts';
import { startServerWithUpstream, type ServerWithUpstream } from '../helpers/server-with-upstream.ts';
import { createApiKey } from '../../src/guard/index.ts';

const employeeId = 'EMP-204518';
const customerNumber = '123-4567-890';

describe('custom PII types on the server', () => {
  let env: ServerWithUpstream;

  before(async () => {
    env = await startServerWithUpstream((fake) => ({
      guard: {
        policy: {
          pii: {
            custom: [
              { type: 'EMPLOYEE_ID', pattern: 'EMP-\\d{6}', context: ['사번', 'employee'] },
              {
                type: 'CUSTOMER_NO',
                pattern: '\\b\\d{3}-\\d{4}-\\d{3}\\b',
                context: ['고객번호', 'customer number'],
                contextRequired: true,
                label: { ko: '고객번호', en: 'customer number' },
              },
            ],
            types: { CUSTOMER_NO: 'block' },
          },
        },
      },
      models: { entries: [upstreamModelEntry(fake, { id: 'remote', local: false })] },
    }));
  });
  after(() => env.close());

  async function post(path: string, body: unknown) {
    const response = await fetch(`${env.server.url}${path}`, {
      method: path.startsWith('/api/assistants/') ? 'PUT' : 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, text: await response.text() };
  }

  const cases = [
    {
      language: 'ko',
      message: `사번 ${employeeId} 직원의 휴가 일정을 알려주세요`,
      blocked: `고객번호 ${customerNumber} 해지해 주세요`,
      named: /고객번호\(CUSTOMER_NO\)/,
    },
    {
      language: 'en',
      message: `When is employee ${employeeId} on leave?`,
      blocked: `Cancel customer number ${customerNumber}.`,
      named: /customer number \(CUSTOMER_NO\)/,
    },
  ] as const;

  for (const { language, message, blocked, named } of cases) {
    test(`/v1: the remote model sees [EMPLOYEE_ID_1], the client gets the number back (${language})`, async () => {
      env.upstream.reply(textReply('[EMPLOYEE_ID_1] is on leave next week.'));
      const completion = await env.client.chat.completions.create({ model: 'remote', messages: [{ role: 'user', content: message }] });
      const sent = JSON.stringify(env.upstream.requests.at(-1)?.body);
      assert.ok(sent.includes('[EMPLOYEE_ID_1]') && !sent.includes(employeeId), sent);
      assert.equal(completion.choices[0]?.message.content, `${employeeId} is on leave next week.`);
    });

    test(`/v1: a blocked custom type is 422 naming the type in the user's language, never the value, and nothing goes upstream (${language})`, async () => {
      const before = env.upstream.requests.length;
      const refused = await post('/v1/chat/completions', { model: 'remote', messages: [{ role: 'user', content: blocked }] });
      assert.equal(refused.status, 422);
      assert.match(refused.text, named);
      assert.ok(!refused.text.includes(customerNumber));
      assert.equal(env.upstream.requests.length, before);
    });
  }

  test('/api/guard/scan and redact find the policy’s custom types; restore takes their placeholders (ko)', async () => {
    const text = `사번 ${employeeId}, 연락처 010-2345-6789`;
    const scanned = JSON.parse((await post('/api/guard/scan', { text, types: ['EMPLOYEE_ID'] })).text) as {
      findings: Array<{ type: string; text: string }>;
    };
    assert.deepEqual(
      scanned.findings.map((finding) => [finding.type, finding.text]),
      [['EMPLOYEE_ID', employeeId]],
    );
    const redacted = JSON.parse((await post('/api/guard/redact', { text, mode: 'mask' })).text) as {
      text: string;
      findings: Array<{ placeholder: string; text: string }>;
    };
    assert.equal(redacted.text, '사번 [EMPLOYEE_ID_1], 연락처 [PHONE_1]');
    const restored = await post('/api/guard/restore', { text: '[EMPLOYEE_ID_1]님 확인했습니다', findings: redacted.findings });
    assert.equal((JSON.parse(restored.text) as { text: string }).text, `${employeeId}님 확인했습니다`);
  });

  test('/api/guard/scan tries a request’s own pattern; a bad one or an unknown type is 400 naming the field (en)', async () => {
    const tried = await post('/api/guard/scan', {
      text: 'Meter MTR-88812345 reads 4,210 kWh.',
      custom: [{ type: 'METER_ID', pattern: 'MTR-\\d{8}' }],
    });
    assert.equal(tried.status, 200);
    assert.deepEqual(
      (JSON.parse(tried.text) as { findings: Array<{ type: string; text: string }> }).findings.map((finding) => [
        finding.type,
        finding.text,
      ]),
      [['METER_ID', 'MTR-88812345']],
    );
    const bad = await post('/api/guard/scan', { text: 'x', custom: [{ type: 'METER_ID', pattern: '(?<=Meter )\\d+' }] });
    assert.equal(bad.status, 400);
    assert.match(bad.text, /custom\[0\]\.pattern/);
    assert.match(bad.text, /RE2/);
    const many = Array.from({ length: 11 }, (_, index) => ({ type: `METER_${'ABCDEFGHIJK'[index]}`, pattern: `M${index}-\\d{8}` }));
    const tooMany = await post('/api/guard/scan', { text: 'x', custom: many });
    assert.equal(tooMany.status, 400);
    assert.match(tooMany.text, /custom/);
    const unknown = await post('/api/guard/scan', { text: 'x', types: ['METER_ID'] });
    assert.equal(unknown.status, 400);
    assert.match(unknown.text, /types\.0: METER_ID is neither a built-in type/);
  });

  test('an assistant that sets an action for an undeclared type is refused and not saved', async () => {
    const definition = {
      id: 'hr-desk',
      name: 'HR desk',
      instructions: 'Answer HR questions.',
      guard: { pii: { types: { EMPLOYE_ID: 'block' } } },
    };
    const refused = await post('/api/assistants/hr-desk', definition);
    assert.equal(refused.status, 400);
    assert.match(refused.text, /pii\.types\.EMPLOYE_ID/);
    const fetched = await fetch(`${env.server.url}/api/assistants/hr-desk`);
    assert.equal(fetched.status, 404);
    const declaredGlobally = await post('/api/assistants/hr-desk', { ...definition, guard: { pii: { types: { EMPLOYEE_ID: 'block' } } } });
    assert.equal(declaredGlobally.status, 200, declaredGlobally.text);
  });

  for (const { language, message } of cases)
    test(`an assistant turn refuses a custom type its policy blocks, naming the type, never the value (${language})`, async () => {
      const definition = {
        id: 'hr-block',
        name: 'HR',
        instructions: 'Answer HR questions.',
        guard: { pii: { types: { EMPLOYEE_ID: 'block' } } },
      };
      assert.equal((await post('/api/assistants/hr-block', definition)).status, 200);
      const turn = await fetch(`${env.server.url}/api/assistants/hr-block/turns`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ message }),
      });
      const text = await turn.text();
      assert.equal(turn.status, 200, text);
      assert.match((JSON.parse(text) as { reply: string }).reply, /EMPLOYEE_ID/);
      assert.ok(!text.includes(employeeId), text);
    });

  test('the policy in effect can be read: the global one, and an assistant’s with its own settings merged in (ko, en)', async () => {
    const global = (await (await fetch(`${env.server.url}/api/guard/policy`)).json()) as {
      pii: { custom: Array<{ type: string; label?: { ko?: string; en?: string } }>; types: Record<string, string> };
    };
    assert.deepEqual(
      global.pii.custom.map((entry) => entry.type),
      ['EMPLOYEE_ID', 'CUSTOMER_NO'],
    );
    assert.deepEqual(global.pii.custom[1]?.label, { ko: '고객번호', en: 'customer number' });
    const definition = {
      id: 'meter-desk',
      name: '계량기 상담',
      instructions: 'Answer meter questions.',
      guard: { pii: { custom: [{ type: 'METER_ID', pattern: 'MTR-\\d{8}' }], types: { METER_ID: 'redact', EMPLOYEE_ID: 'allow' } } },
    };
    assert.equal((await post('/api/assistants/meter-desk', definition)).status, 200);
    const merged = (await (await fetch(`${env.server.url}/api/assistants/meter-desk/guard-policy`)).json()) as typeof global;
    assert.deepEqual(
      merged.pii.custom.map((entry) => entry.type),
      ['EMPLOYEE_ID', 'CUSTOMER_NO', 'METER_ID'],
    );
    assert.deepEqual(merged.pii.types, { CUSTOMER_NO: 'block', METER_ID: 'redact', EMPLOYEE_ID: 'allow' });
    assert.equal((await fetch(`${env.server.url}/api/assistants/nobody/guard-policy`)).status, 404);
    // Builders and admins only: a user key is refused.
    const { secret } = await createApiKey({ store: env.server.platform.store, name: '상담 앱', role: 'user' });
    const refused = await fetch(`${env.server.url}/api/guard/policy`, { headers: { authorization: `Bearer ${secret}` } });
    assert.equal(refused.status, 403);
  });
});
