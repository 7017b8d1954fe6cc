// The guard around assistant turns on a real platform (SQLite, audit log, review queue, fake remote upstream): refusals,
// redaction, review holds, audit records, tool roles, masking for remote models and local-only routing — Korean and English.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import type { AssistantTool } from '../../src/assistants/index.ts';
import type { AuditRecord } from '../../src/guard/index.ts';
import { heldReply, investmentAdviceTopic, medicalDiagnosisTopic } from '../../src/guard/index.ts';
import { scanMemoryStatistics } from '../../src/guard/boundary/scan-memory.ts';
import type { Platform } from '../../src/platform/index.ts';
import type { FakeUpstream } from '../models/openai/fake-upstream.ts';
import { openGuardPlatform, textReply, toolCallReply, type GuardTestPlatform } from './guard-fixtures.ts';

const rrn = '900101-1234567';
const phone = '010-2345-6789';
const email = 'minjun.kim@example.com';

describe('assistant turns under the guard', () => {
  let opened: GuardTestPlatform;
  let platform: Platform;
  let upstream: FakeUpstream;
  let points = 0;

  const pointsTool = {
    name: 'add_points',
    description: 'Add loyalty points to the account.',
    parameters: z.object({ points: z.number().int() }),
    changesState: true,
    requiresAuthentication: false,
    run: ({ points: added }) => {
      points += added;
      return { points };
    },
  } satisfies AssistantTool<{ points: number }>;

  before(async () => {
    opened = await openGuardPlatform();
    ({ platform, upstream } = opened);
    const register = (definition: Record<string, unknown>, tools?: AssistantTool[]) =>
      platform.assistants.register({ definition: { name: 'Guarded', ...definition } as never, ...(tools ? { tools } : {}) });
    register({ id: 'rrn-block', guard: { pii: { types: { RRN: 'block' } } } });
    register({ id: 'phone-redact', guard: { pii: { types: { PHONE: 'redact' } } } });
    register({
      id: 'no-investing',
      guard: { topics: [{ name: investmentAdviceTopic.name, examples: [...investmentAdviceTopic.examples], action: 'block' }] },
    });
    register({ id: 'reviewed', guard: { review: { when: ['always'] } } });
    register({
      id: 'clinic',
      guard: { topics: [{ name: medicalDiagnosisTopic.name, examples: [...medicalDiagnosisTopic.examples], action: 'review' }] },
    });
    register({ id: 'plain', guard: {} });
    register(
      {
        id: 'points',
        model: 'local-llm',
        policies: { authenticationRequired: false, confirmStateChanges: false },
        guard: { tools: { stateChangingRoles: ['admin'] } },
      },
      [pointsTool as AssistantTool],
    );
    register({ id: 'remote-masked', model: 'remote-gpt', instructions: 'You help customers of a shop.' });
    const localOnly = { routing: { protectedData: 'local-only' }, pii: { default: 'allow' } };
    register({ id: 'remote-with-fallback', model: 'remote-gpt', fallbackModels: ['builtin'], guard: localOnly });
    register({ id: 'remote-only', model: 'remote-gpt', guard: localOnly });
  });

  after(() => opened.close());

  const say = (assistantId: string, message: string, extra: { conversationId?: string; role?: 'admin' | 'user' } = {}) =>
    platform.assistants.turn({
      assistantId,
      message,
      ...(extra.conversationId ? { conversationId: extra.conversationId } : {}),
      ...(extra.role ? { actor: { role: extra.role, workspace: 'default' } } : {}),
    });
  const turnRecords = (conversationId: string): AuditRecord[] =>
    platform.audit.list({ event: 'chat.turn' }).filter((record) => record.conversationId === conversationId);
  const transcript = (conversationId: string) => platform.assistants.conversations.messages(conversationId);
  const sentBodies = (from: number) => upstream.requests.slice(from).map((request) => JSON.stringify(request.body));

  for (const [language, message, label] of [
    ['ko', `제 주민번호는 ${rrn} 이에요`, /주민등록번호/],
    ['en', `My resident registration number is ${rrn}.`, /RRN/],
  ] as const) {
    test(`a blocked RRN is refused by type, never by value, and stored nowhere unmasked (${language})`, async () => {
      const result = await say('rrn-block', message);
      assert.equal(result.intent, 'refused');
      assert.equal(result.language, language);
      assert.match(result.reply, label);
      assert.ok(!result.reply.includes(rrn));
      const [record] = turnRecords(result.conversationId);
      assert.deepEqual(record?.decisions, [{ policy: 'pii', action: 'block', detail: 'RRN' }]);
      assert.ok(!JSON.stringify(record).includes(rrn));
      // Regression: the refused message used to be stored in the transcript as sent, blocked value included.
      const stored = transcript(result.conversationId);
      assert.equal(stored.length, 2);
      assert.ok(stored.every((line) => !line.content.includes(rrn)));
      assert.match(stored[0]?.content ?? '', /\[RRN\]/);
    });
  }

  for (const [language, message] of [
    ['ko', `연락처는 ${phone}로 연락 주세요`],
    ['en', `Please reach me on ${phone}, thanks`],
  ] as const) {
    test(`a redacted phone number is gone from the transcript and the audit log (${language})`, async () => {
      const result = await say('phone-redact', message);
      assert.notEqual(result.intent, 'refused');
      const [userLine] = transcript(result.conversationId);
      assert.equal(userLine?.role, 'user');
      assert.ok(userLine?.content.includes('[PHONE]'));
      assert.ok(!userLine?.content.includes(phone));
      const [record] = turnRecords(result.conversationId);
      assert.deepEqual(
        record?.decisions.filter((decision) => decision.policy === 'pii'),
        [{ policy: 'pii', action: 'redact', detail: 'PHONE' }],
      );
      assert.ok(!JSON.stringify(record).includes(phone));
    });
  }

  for (const [language, message] of [
    ['ko', '요즘 어떤 주식을 사야 수익이 날까요?'],
    ['en', 'Which stocks should I buy this week to make a profit?'],
  ] as const) {
    test(`a denied topic is refused before any engine (${language})`, async () => {
      const result = await say('no-investing', message);
      assert.equal(result.intent, 'refused');
      assert.match(result.reply, language === 'ko' ? /그 주제는 제가 안내해 드릴 수 없어요/ : /topic I can't advise on/);
      const [record] = turnRecords(result.conversationId);
      assert.ok(record?.decisions.some((decision) => decision.policy === 'topic' && decision.action === 'block'));
      // An ordinary question to the same assistant still gets an answer.
      const ordinary = await say('no-investing', language === 'ko' ? '안녕하세요' : 'Hello');
      assert.notEqual(ordinary.intent, 'refused');
    });
  }

  for (const [language, message] of [
    ['ko', '안녕하세요'],
    ['en', 'Hello there'],
  ] as const) {
    test(`review 'always' holds the reply until a reviewer approves it, then it joins the conversation (${language})`, async () => {
      const result = await say('reviewed', message);
      assert.equal(result.reply, heldReply(language));
      const item = platform.reviews.list({ status: 'pending' }).find((candidate) => candidate.conversationId === result.conversationId);
      assert.ok(item);
      assert.equal(item.assistantId, 'reviewed');
      assert.notEqual(item.originalOutput, heldReply(language));
      assert.match(item.originalOutput, language === 'ko' ? /안녕하세요, Guarded입니다/ : /Hello, this is Guarded/);
      assert.deepEqual(
        transcript(result.conversationId).map((line) => line.content),
        [message, heldReply(language)],
      );
      assert.ok(turnRecords(result.conversationId)[0]?.decisions.some((decision) => decision.policy === 'review'));

      platform.reviews.approve({ id: item.id, reviewer: 'reviewer-kim' });
      const lines = transcript(result.conversationId);
      assert.equal(lines.length, 3);
      assert.equal(lines[2]?.role, 'assistant');
      assert.equal(lines[2]?.content, item.originalOutput);
      assert.equal(platform.reviews.get(item.id)?.status, 'approved');
    });
  }

  for (const [language, question, ordinary] of [
    ['ko', '머리가 계속 아프고 열이 나는데 무슨 병일까요?', '영업시간이 어떻게 되나요?'],
    ['en', 'I keep getting headaches and a fever, what disease do I have?', 'What are your opening hours?'],
  ] as const) {
    test(`a topic with action review holds the reply for a person; other questions are answered at once (${language})`, async () => {
      const held = await say('clinic', question);
      assert.equal(held.reply, heldReply(language));
      const item = platform.reviews.list({ status: 'pending' }).find((candidate) => candidate.conversationId === held.conversationId);
      assert.ok(item);
      assert.match(item.reason, /medical-diagnosis/);
      const answered = await say('clinic', ordinary);
      assert.notEqual(answered.reply, heldReply(language));
      assert.ok(!platform.reviews.list().some((candidate) => candidate.conversationId === answered.conversationId));
    });
  }

  for (const [language, first, later, mention, reply] of [
    [
      'ko',
      '제 아들 이름은 박서준이고 초등학교 2학년이에요.',
      '서준도 오늘 같이 진료 받을 수 있나요?',
      '서준',
      '[PERSON_2]도 오후 3시에 같이 오세요.',
    ],
    ['en', 'My son is Oliver Bennett, he is seven.', 'Can Bennett be seen today as well?', 'Bennett', '[PERSON_2] can be seen at 3 pm.'],
  ] as const) {
    test(`part of a name given in an earlier turn is redacted from a later turn's audit record, its reply's too (${language})`, async () => {
      const from = upstream.requests.length;
      upstream.reply(textReply('OK'));
      upstream.reply(textReply(reply));
      const start = await say('remote-masked', first);
      const next = await say('remote-masked', later, { conversationId: start.conversationId });
      // The remote model never saw the mention; the customer gets it back.
      assert.ok(!sentBodies(from).join('\n').includes(mention));
      assert.equal(next.reply, reply.replace('[PERSON_2]', mention));
      const records = turnRecords(start.conversationId);
      assert.equal(records.length, 2);
      assert.ok(records[1]?.content?.input?.includes('[PERSON]'), records[1]?.content?.input);
      assert.ok(records[1]?.content?.output?.includes('[PERSON]'), records[1]?.content?.output);
      assert.ok(!JSON.stringify(records).includes(mention), JSON.stringify(records.map((record) => record.content)));
    });
  }

  for (const [language, first, second] of [
    ['ko', `제 번호는 ${phone}예요`, '주문 상태를 알려주세요'],
    ['en', `My number is ${phone}`, 'What is the status of my order?'],
  ] as const) {
    test(`every turn has a chat.turn audit record with its decisions and PII redacted, and the chain verifies (${language})`, async () => {
      const start = await say('plain', first);
      const next = await say('plain', second, { conversationId: start.conversationId });
      assert.equal(next.conversationId, start.conversationId);
      const records = turnRecords(start.conversationId);
      assert.equal(records.length, 2);
      assert.equal(records[0]?.assistantId, 'plain');
      assert.equal(records[0]?.model, 'builtin');
      assert.deepEqual(records[0]?.decisions, [{ policy: 'pii', action: 'mask', detail: 'PHONE' }]);
      assert.equal(records[0]?.content?.input, first.replace(phone, '[PHONE]'));
      assert.ok(!JSON.stringify(records).includes(phone));
      // A masked (not redacted) value stays in the customer's own transcript.
      assert.equal(transcript(start.conversationId)[0]?.content, first);
      const verification = platform.audit.verify();
      assert.equal(verification.ok, true, JSON.stringify(verification.problems));
    });
  }

  for (const [language, message] of [
    ['ko', '포인트 100점 적립해 주세요'],
    ['en', 'Please add 100 points to my account'],
  ] as const) {
    test(`a role outside tools.stateChangingRoles gets 'forbidden' and nothing changes; an admin may (${language})`, async () => {
      const before = points;
      upstream.reply(toolCallReply('add_points', { points: 100 }), textReply('Done.'));
      const refused = await say('points', message, { role: 'user' });
      assert.deepEqual(
        refused.toolCalls.map((call) => [call.name, call.outcome.status, (call.outcome as { code?: string }).code]),
        [['add_points', 'failed', 'forbidden']],
      );
      assert.equal(points, before);
      assert.equal(turnRecords(refused.conversationId)[0]?.toolCalls[0]?.status, 'failed');

      upstream.reply(toolCallReply('add_points', { points: 100 }), textReply('Done.'));
      const allowed = await say('points', message, { role: 'admin' });
      assert.equal(allowed.toolCalls[0]?.outcome.status, 'ok');
      assert.equal(points, before + 100);
    });
  }

  for (const [language, message] of [
    ['ko', `제 번호는 ${phone}이고 이메일은 ${email} 입니다`],
    ['en', `Call me at ${phone} or write to ${email} please`],
  ] as const) {
    test(`a remote model sees placeholders and the customer sees the originals (${language})`, async () => {
      const from = upstream.requests.length;
      upstream.reply(textReply('I will call [PHONE_1] and write to [EMAIL_1].'));
      const result = await say('remote-masked', message);
      const sent = sentBodies(from);
      assert.equal(sent.length, 1);
      assert.ok(sent[0]?.includes('[PHONE_1]') && sent[0].includes('[EMAIL_1]'));
      assert.ok(!sent[0]?.includes(phone) && !sent[0]?.includes(email));
      assert.equal(result.reply, `I will call ${phone} and write to ${email}.`);
      assert.equal(result.intent, 'model');
    });

    test(`the next turn re-sends the history masked alike, and scans only what is new (${language})`, async () => {
      upstream.reply(textReply('I will call [PHONE_1].'));
      const first = await say('remote-masked', message);
      const from = upstream.requests.length;
      const before = scanMemoryStatistics();
      upstream.reply(textReply(language === 'ko' ? '네, 확인했습니다.' : 'Yes, noted.'));
      await say('remote-masked', language === 'ko' ? '언제 연락 주시나요?' : 'When will you call?', {
        conversationId: first.conversationId,
      });
      const sentMessages = (upstream.requests[from]?.body as { messages: unknown[] }).messages;
      const sent = JSON.stringify(sentMessages);
      assert.ok(sent.includes('[PHONE_1]') && !sent.includes(phone) && !sent.includes(email));
      // The customer's first message and the reply restored from it come again, but only the new message is scanned.
      const scanned = scanMemoryStatistics().misses - before.misses;
      assert.ok(scanned >= 1 && scanned < sentMessages.length - 1, `${scanned} scans for ${sentMessages.length} messages`);
    });

    test(`local-only routing skips the remote model: the local fallback answers, or the reply asks for a local model (${language})`, async () => {
      const from = upstream.requests.length;
      const fallback = await say('remote-with-fallback', message);
      assert.equal(fallback.intent, 'model');
      assert.ok(fallback.reply.length > 0);
      assert.doesNotMatch(fallback.reply, /내부 모델|local model/);

      const none = await say('remote-only', message);
      assert.match(none.reply, language === 'ko' ? /내부 모델로만 처리할 수 있는데/ : /may only go to a local model/);
      assert.ok(
        turnRecords(none.conversationId)[0]?.decisions.some((decision) => decision.policy === 'routing' && decision.action === 'block'),
      );
      assert.equal(upstream.requests.length, from, 'the remote upstream received nothing');
    });
  }
});
