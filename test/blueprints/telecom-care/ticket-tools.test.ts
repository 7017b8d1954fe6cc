// create_ticket, get_ticket and list_tickets on a real SQLite database, own tickets only, in Korean and English.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import type { Ticket } from '../../../src/blueprints/telecom-care/index.ts';
import { expectFailure, openTelecomFixture } from './telecom-fixture.ts';

const fixture = openTelecomFixture();
after(() => fixture.close());
const { tickets, lines } = fixture.data;

describe('telecom-care tickets', () => {
  const line = lines.find((candidate) => !candidate.network.provisioning.mms)!;
  const ko = fixture.context({ language: 'ko', customerId: line.customerId });
  const en = fixture.context({ language: 'en', customerId: line.customerId });

  test('create_ticket summarises, then stores an open ticket with the next id (Korean)', async () => {
    const args = {
      category: 'network',
      subject: 'MMS 수신 불가',
      description: '진단 결과 MMS 미설정',
      number: line.number.replace(/-/gu, ''),
    };
    const summary = await fixture.summarize('create_ticket', args, ko);
    assert.equal(
      summary,
      [
        '다음 내용으로 문의를 접수합니다.',
        '· 분류: 통화·데이터 품질',
        `· 회선: ${line.number}`,
        '· 제목: MMS 수신 불가',
        '· 첫 답변: 1시간 이내',
      ].join('\n'),
    );
    const created = (await fixture.call('create_ticket', args, ko)) as Ticket & { firstAnswer: string };
    const lastId = Math.max(...tickets.map((ticket) => Number(ticket.ticketId.slice(2))));
    assert.equal(created.ticketId, `T-${String(lastId + 1).padStart(6, '0')}`);
    assert.equal(created.status, 'open');
    assert.equal(created.number, line.number);
    assert.equal(created.createdAt, '2026-11-20T10:00:00+09:00');
    assert.deepEqual(fixture.records.get<Ticket>('tickets', created.ticketId)?.updates, [
      { at: '2026-11-20T10:00:00+09:00', by: 'system', text: '문의가 접수되었습니다.' },
    ]);
    const next = (await fixture.call('create_ticket', { category: 'billing', subject: 'Question about my bill' }, en)) as Ticket & {
      firstAnswer: string;
    };
    assert.equal(next.ticketId, `T-${String(lastId + 2).padStart(6, '0')}`);
    assert.equal(next.firstAnswer, 'within 1 business day');
  });

  test('list_tickets shows the customer’s tickets newest first, filtered by status', async () => {
    const result = (await fixture.call('list_tickets', {}, en)) as {
      total: number;
      tickets: { ticketId: string; status: string; createdAt: string; category: string }[];
    };
    const own = tickets.filter((ticket) => ticket.customerId === line.customerId).length;
    assert.equal(result.total, own + 2);
    const dates = result.tickets.map((ticket) => ticket.createdAt);
    assert.deepEqual(dates, [...dates].sort().reverse());
    const open = (await fixture.call('list_tickets', { status: 'open' }, ko)) as { tickets: { status: string; category: string }[] };
    assert.ok(open.tickets.length >= 2);
    assert.ok(open.tickets.every((ticket) => ticket.status === 'open'));
    assert.ok(open.tickets.some((ticket) => ticket.category === '통화·데이터 품질'));
  });

  test('get_ticket returns the timeline of an own ticket and refuses others', async () => {
    const own = tickets.find((ticket) => ticket.customerId !== line.customerId && ticket.updates.length > 1)!;
    const context = fixture.context({ language: 'en', customerId: own.customerId });
    const result = (await fixture.call('get_ticket', { ticketId: own.ticketId.toLowerCase() }, context)) as Ticket & {
      categoryText: string;
    };
    assert.equal(result.ticketId, own.ticketId);
    assert.equal(result.updates.length, own.updates.length);
    await expectFailure(fixture.call('get_ticket', { ticketId: own.ticketId }, ko), 'not_your_record');
    assert.match(await expectFailure(fixture.call('get_ticket', { ticketId: 'T-999999' }, en), 'not_found'), /no ticket T-999999/u);
  });

  test('a ticket cannot be opened about another customer’s line', async () => {
    const other = lines.find((candidate) => candidate.customerId !== line.customerId)!;
    await expectFailure(fixture.call('create_ticket', { category: 'network', subject: 'x', number: other.number }, en), 'not_your_record');
  });
});
