// Acceptance through the real server: troubleshooting (outage, provisioning fault → ticket, the manual's steps one at a
// time), support tickets, policy questions with citations, and handoff — in Korean and English, on both datasets.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Line } from '../../../src/blueprints/telecom-care/index.ts';
import { type Acceptance, hangul, healthyIndividual, openAcceptance, variants } from './acceptance-harness.ts';

for (const variant of variants) {
  describe(`telecom-care acceptance: support (${variant} data)`, () => {
    let acceptance: Acceptance;
    before(async () => {
      acceptance = await openAcceptance(variant);
    });
    after(() => acceptance.close());

    const changeLine = (number: string, change: (line: Line) => Line) => acceptance.records.update<Line>('lines', number, change);

    test('ko: "서비스 안 됨" on a line in an outage area explains the outage and opens nothing', async () => {
      const customer = acceptance.customer(healthyIndividual(acceptance));
      changeLine(customer.phone, (line) => ({
        ...line,
        network: {
          ...line.network,
          outage: {
            since: '2026-11-01T09:00:00+09:00',
            cause: { ko: '광케이블 절단', en: 'a cut fibre cable' },
            expectedRestoration: '2099-01-01T18:00:00+09:00',
          },
        },
      }));
      const tickets = acceptance.tickets(customer.customerId).length;
      const chat = acceptance.chat();
      await chat.send('휴대폰에 서비스 안 됨이라고 떠요');
      const diagnosed = await chat.send(acceptance.credentials(customer));
      assert.ok(diagnosed.tools.includes('run_line_diagnostics:ok'), diagnosed.tools.join());
      assert.match(diagnosed.text, /지역 장애/);
      assert.match(diagnosed.text, /광케이블 절단/);
      assert.equal(acceptance.tickets(customer.customerId).length, tickets);
    });

    test('en: MMS off on the network → the diagnostics say so and a ticket opens after yes', async () => {
      const customer = acceptance.customer(healthyIndividual(acceptance));
      changeLine(customer.phone, (line) => ({
        ...line,
        network: { ...line.network, provisioning: { ...line.network.provisioning, mms: false } },
      }));
      const before = acceptance.tickets(customer.customerId).length;
      const chat = acceptance.chat();
      await chat.send("I can't send picture messages");
      const offered = await chat.send(acceptance.credentials(customer));
      assert.match(offered.text, /MMS is not provisioned/);
      assert.ok(offered.pending);
      assert.match(offered.text, /Open a support ticket/);
      assert.equal(acceptance.tickets(customer.customerId).length, before);
      const opened = await chat.send('yes');
      assert.match(opened.text, /Ticket T-\d{6} is open/);
      const tickets = acceptance.tickets(customer.customerId);
      assert.equal(tickets.length, before + 1);
      const ticket = tickets.find((candidate) => opened.text.includes(candidate.ticketId))!;
      assert.equal(ticket.number, customer.phone);
      assert.equal(ticket.category, 'network');
    });

    test('ko: mobile data walk-through skips what was tried, goes one step at a time, then offers a ticket', async () => {
      const customer = acceptance.customer(healthyIndividual(acceptance));
      const chat = acceptance.chat();
      await chat.send('모바일 데이터가 안 돼요');
      const tried = await chat.send(acceptance.credentials(customer));
      assert.match(tried.text, /망 쪽에는 문제가 없어요/);
      assert.match(tried.text, /이미 해 보신 것/);
      const first = await chat.send('재시작이랑 비행기 모드는 해 봤어요');
      const total = Number(/1\/(\d+)단계/u.exec(first.text)?.[1]);
      assert.ok(total >= 3, first.text);
      assert.doesNotMatch(first.text, /비행기 모드를 켜고/);
      for (let step = 2; step <= total; step += 1) {
        const reply = await chat.send('아니요 안 돼요');
        assert.match(reply.text, new RegExp(`${step}/${total}단계`));
        assert.doesNotMatch(reply.text, /껐다가 다시 켭니다|비행기 모드를 켜고/);
      }
      const offer = await chat.send('여전히 안 돼요');
      assert.ok(offer.pending, offer.text);
      assert.match(offer.text, /문의를 접수합니다/);
      const declined = await chat.send('아니요');
      assert.equal(declined.intent, 'declined');
    });

    test('ko + en: thanks in the middle of the steps closes the walk-through instead of answering a step', async () => {
      for (const [language, symptom, thanks, next] of [
        ['ko', '모바일 데이터가 안 돼요', '고마워요', '요금제 종류 알려 주세요'],
        ['en', 'my mobile data is not working', 'thanks!', 'what plans do you have?'],
      ] as const) {
        const customer = acceptance.customer(healthyIndividual(acceptance));
        const chat = acceptance.chat();
        await chat.send(symptom);
        const steps = await chat.send(acceptance.credentials(customer));
        assert.equal(steps.intent, 'troubleshoot', steps.text);
        const closed = await chat.send(thanks);
        assert.equal(closed.intent, 'thanks', `${language}: ${closed.text}`);
        const after = await chat.send(next);
        assert.notEqual(after.intent, 'troubleshoot', `${language}: ${after.text}`);
      }
    });

    test('en + ko: opens a ticket after confirmation, then reads its status and "그 문의"', async () => {
      const customer = acceptance.customer(healthyIndividual(acceptance));
      const before = acceptance.tickets(customer.customerId).length;
      const chat = acceptance.chat();
      await chat.send('open a ticket: I was double charged on my bill');
      const summary = await chat.send(acceptance.credentials(customer));
      assert.ok(summary.pending, summary.text);
      assert.match(summary.text, /Category: billing/);
      assert.match(summary.text, /double charged/);
      assert.equal(acceptance.tickets(customer.customerId).length, before);
      const opened = await chat.send('yes');
      const ticketId = /T-\d{6}/u.exec(opened.text)?.[0];
      assert.ok(ticketId, opened.text);
      assert.equal(acceptance.tickets(customer.customerId).length, before + 1);
      const status = await chat.send('그 문의 처리 상태 알려 주세요');
      assert.equal(status.intent, 'ticket_status');
      assert.ok(status.text.includes(ticketId), status.text);
      assert.match(status.text, /접수/);
      const all = await chat.send('show all my support tickets');
      assert.ok(all.text.includes(ticketId));
      await chat.send('문의 접수해 주세요');
      const korean = await chat.send('사무실 지하에서 신호가 약해요');
      assert.ok(korean.pending, korean.text);
      assert.match(korean.text, /통화·데이터 품질/);
      await chat.send('아니요');
      assert.equal(acceptance.tickets(customer.customerId).length, before + 1);
      // The subject is free text: a subject that sounds like another request (a bill question) still becomes the ticket's.
      const asked = await chat.send('I need to open a support ticket');
      assert.match(asked.text, /what is the problem/);
      const subject = await chat.send('I was charged twice for my October bill');
      assert.ok(subject.pending, subject.text);
      assert.match(subject.text, /charged twice/);
      await chat.send('no');
      assert.equal(acceptance.tickets(customer.customerId).length, before + 1);
    });

    test('ko + en: policy questions are answered from the knowledge base with citations', async () => {
      const chat = acceptance.chat();
      const korean = await chat.send('데이터 충전은 이월되나요?');
      assert.ok(hangul.test(korean.text));
      assert.ok(korean.citations.length > 0, korean.text);
      assert.match(korean.text, /이월/);
      const english = await acceptance.chat().send('what are the data top-up prices?');
      assert.ok(english.citations.length > 0, english.text);
      assert.match(english.text, /top-up|GB/i);
    });

    test('ko + en: an early termination fee question is answered, and a request to cancel a line goes to an agent', async () => {
      const korean = await acceptance.chat().send('약정 중에 해지하면 얼마 내요?');
      assert.ok(korean.citations.length > 0, korean.text);
      assert.match(korean.text, /위약금|할인 반환금/);
      const english = await acceptance.chat().send('what is the early termination fee if I cancel during my commitment?');
      assert.match(english.text, /early termination fee/i);
      assert.equal(english.handoff, false);
      const cancelKo = await acceptance.chat().send('회선 해지하고 싶어요');
      assert.equal(cancelKo.handoff, true);
      assert.match(cancelKo.text, /위약금/);
      const cancelEn = await acceptance.chat().send('cancel my line please');
      assert.equal(cancelEn.handoff, true);
      assert.match(cancelEn.text, /early termination fee/);
      // Lifting a suspension is not cancelling a line.
      assert.notEqual((await acceptance.chat().send('회선 정지 해지해 주세요')).handoff, true);
    });

    test('ko + en: asking for a person creates a handoff, and the conversation waits for them', async () => {
      const korean = acceptance.chat();
      await korean.send('요금제 추천해 주세요');
      const handed = await korean.send('상담원 연결해 주세요');
      assert.equal(handed.handoff, true);
      assert.match(handed.text, /상담원/);
      const waiting = await korean.send('언제 연결돼요?');
      assert.equal(waiting.intent, 'handoff-waiting');
      const english = await acceptance.chat().send('I want to talk to a real person');
      assert.equal(english.handoff, true);
      const queue = acceptance.server.platform.assistants.conversations.handoffs();
      assert.ok(queue.length >= 2);
    });
  });
}
