// insertNext: the next id of a numbered series, read and inserted in one write transaction, across connections (processes).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { sqliteRecordCollections } from '../../src/blueprints/records/index.ts';

const directory = mkdtempSync(join(tmpdir(), 'genstack-insert-next-'));
const first = new Database(join(directory, 'genstack.db'));
first.pragma('journal_mode = WAL');
const second = new Database(join(directory, 'genstack.db'));
after(() => {
  first.close();
  second.close();
  rmSync(directory, { recursive: true, force: true });
});

interface Ticket {
  ticketId: string;
  subject: string;
}

const ticket = (subject: string) => (id: string) => ({ id, owner: 'C-1', data: { ticketId: id, subject } });

test('ids continue the series from the highest one, whichever connection (process) inserts (ko, en)', () => {
  const a = sqliteRecordCollections({ database: first, blueprint: 'telecom-care' });
  const b = sqliteRecordCollections({ database: second, blueprint: 'telecom-care' });
  const series = { prefix: 'T-', digits: 6, first: 100 };
  assert.equal(a.insertNext<Ticket>('tickets', series, ticket('문자 수신 불가')).ticketId, 'T-000100');
  assert.equal(b.insertNext<Ticket>('tickets', series, ticket('No signal at home')).ticketId, 'T-000101');
  assert.equal(a.insertNext<Ticket>('tickets', series, ticket('요금 문의')).ticketId, 'T-000102');
  assert.deepEqual(
    b.all<Ticket>('tickets').map((stored) => [stored.ticketId, stored.subject]),
    [
      ['T-000100', '문자 수신 불가'],
      ['T-000101', 'No signal at home'],
      ['T-000102', '요금 문의'],
    ],
  );
});

test('ids of another shape (imported data) neither block nor bend the series', () => {
  const records = sqliteRecordCollections({ database: first, blueprint: 'energy-store' });
  records.insert('orders', { id: 'O-9999', owner: 'C-1', data: { orderId: 'O-9999' } });
  records.insert('orders', { id: 'ORD-2024-7', owner: 'C-1', data: { orderId: 'ORD-2024-7' } });
  const order = (id: string) => ({ id, owner: 'C-1', data: { orderId: id } });
  const series = { prefix: 'O-', digits: 6, first: 100_001 };
  assert.equal(records.insertNext<{ orderId: string }>('orders', series, order).orderId, 'O-100001');
  assert.equal(records.insertNext<{ orderId: string }>('orders', series, order).orderId, 'O-100002');
});

test('a build that throws inserts nothing, and a later one takes the same id', () => {
  const records = sqliteRecordCollections({ database: first, blueprint: 'telecom-care' });
  const series = { prefix: 'T-', digits: 6 };
  assert.throws(() =>
    records.insertNext('tickets', series, () => {
      throw new Error('payment failed');
    }),
  );
  assert.equal(records.count('tickets'), 3);
  assert.equal(records.insertNext<Ticket>('tickets', series, ticket('retry')).ticketId, 'T-000103');
});
