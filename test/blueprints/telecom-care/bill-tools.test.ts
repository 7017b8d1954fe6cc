// explain_bill and pay_bill on a real SQLite database: items, differences, late fees, payments and lifting non-payment suspensions.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import type { Bill, Line } from '../../../src/blueprints/telecom-care/index.ts';
import { expectFailure, hangul, openTelecomFixture } from './telecom-fixture.ts';

const fixture = openTelecomFixture();
after(() => fixture.close());
const { customers, bills, lines } = fixture.data;
const as = (customerId: string, language: 'ko' | 'en') => fixture.context({ language, customerId });

type Explained = {
  billId: string;
  period: string;
  total: number;
  totalText: string;
  status: string;
  lines: { number: string; items: { kind: string; label: string; amount: number }[]; subtotal: number }[];
  accountItems: { kind: string; label: string; amount: number }[];
  previous: { billId: string; period: string; total: number } | null;
  difference: number | null;
  explanation: string[];
};

describe('explain_bill', () => {
  test('explains the latest bill item by item, against the month before (Korean)', async () => {
    const customerId = customers[0]!.customerId;
    const own = bills.filter((bill) => bill.customerId === customerId);
    const latest = own.at(-1)!;
    const previous = own.at(-2)!;
    const result = (await fixture.call('explain_bill', {}, as(customerId, 'ko'))) as Explained;
    assert.equal(result.billId, latest.billId);
    assert.equal(result.period, '2026-10');
    assert.equal(result.total, latest.total);
    assert.equal(
      result.lines.reduce((sum, line) => sum + line.subtotal, 0) + result.accountItems.reduce((sum, item) => sum + item.amount, 0),
      latest.total,
    );
    assert.deepEqual(result.previous, { billId: previous.billId, period: previous.period, total: previous.total });
    assert.equal(result.difference, latest.total - previous.total);
    assert.match(result.explanation[0]!, new RegExp(`2026-10 청구 금액은 ${result.totalText}이며 납부 기한은 2026년 11월 25일입니다`, 'u'));
    assert.ok(result.lines[0]!.items.some((item) => item.kind === 'vat' && item.label === '부가가치세 (10%)'));
  });

  test('explains a late fee and the items of a given period (English)', async () => {
    const withLateFee = bills.find((bill) => bill.accountItems.some((item) => item.kind === 'late-fee'))!;
    const result = (await fixture.call('explain_bill', { period: withLateFee.period }, as(withLateFee.customerId, 'en'))) as Explained;
    assert.equal(result.billId, withLateFee.billId);
    assert.equal(result.accountItems[0]!.kind, 'late-fee');
    assert.match(result.accountItems[0]!.label, /^Late fee \(2% of the \d{4}-\d{2} bill\)$/u);
    assert.ok(result.explanation.some((sentence) => /late fee of ₩[\d,]+ is because the previous bill/u.test(sentence)));
    assert.ok(result.explanation.every((sentence) => !hangul.test(sentence)));
  });

  test('a business bill lists every line with the multi-line discount', async () => {
    const big = bills.find((bill) => bill.lines.length >= 10 && bill.period === '2026-10')!;
    const result = (await fixture.call('explain_bill', { billId: big.billId.toLowerCase() }, as(big.customerId, 'ko'))) as Explained;
    assert.equal(result.lines.length, big.lines.length);
    assert.ok(
      result.lines.every((line) => line.items.some((item) => item.kind === 'discount' && item.label.startsWith('법인 다회선 할인'))),
    );
  });

  test('a missing period is not_found; another customer’s bill is not_your_record', async () => {
    const customerId = customers[0]!.customerId;
    assert.match(
      await expectFailure(fixture.call('explain_bill', { period: '2025-01' }, as(customerId, 'ko')), 'not_found'),
      /2025-01 청구서가 없습니다/u,
    );
    const foreign = bills.find((bill) => bill.customerId !== customerId)!;
    await expectFailure(fixture.call('explain_bill', { billId: foreign.billId }, as(customerId, 'en')), 'not_your_record');
  });
});

describe('pay_bill', () => {
  // An account suspended for non-payment with two or more overdue bills.
  const suspendedLine = lines.find(
    (line) =>
      line.suspension?.reason === 'non-payment' &&
      bills.filter((bill) => bill.customerId === line.customerId && bill.status === 'overdue').length >= 2,
  )!;
  const customer = customers.find((candidate) => candidate.customerId === suspendedLine.customerId)!;
  const overdue = bills.filter((bill) => bill.customerId === customer.customerId && bill.status === 'overdue');
  const method = customer.paymentMethods[0]!;

  test('a line suspended for non-payment cannot resume while bills are overdue', async () => {
    const message = await expectFailure(
      fixture.call('resume_line', { number: suspendedLine.number }, as(customer.customerId, 'ko')),
      'overdue_balance',
    );
    assert.match(message, /미납 요금 ₩[\d,]+\(\d건\)을 납부하면/u);
  });

  test('pays the oldest overdue bill first; the suspension stays until every overdue bill is paid', async () => {
    const context = as(customer.customerId, 'ko');
    const summary = await fixture.summarize('pay_bill', { paymentMethodId: method.id }, context);
    assert.match(summary, new RegExp(`${overdue[0]!.period} 청구서\\(${overdue[0]!.billId}\\)를 납부합니다`, 'u'));
    assert.ok(summary.includes(`₩${overdue[0]!.total.toLocaleString('en-US')}`), summary);
    assert.ok(summary.includes(method.label));
    assert.doesNotMatch(summary, /재개/u);
    const first = (await fixture.call('pay_bill', { paymentMethodId: method.id }, context)) as {
      billId: string;
      amountPaid: number;
      resumedLines: string[];
    };
    assert.equal(first.billId, overdue[0]!.billId);
    assert.equal(first.amountPaid, overdue[0]!.total);
    assert.deepEqual(first.resumedLines, []);
    const stored = fixture.records.get<Bill>('bills', overdue[0]!.billId)!;
    assert.equal(stored.status, 'paid');
    assert.equal(stored.payments.at(-1)!.paidAt, '2026-11-20T10:00:00+09:00');
  });

  test('paying the last overdue bill lifts the non-payment suspension (English summary says so)', async () => {
    const context = as(customer.customerId, 'en');
    for (const bill of overdue.slice(1, -1)) await fixture.call('pay_bill', { billId: bill.billId, paymentMethodId: method.id }, context);
    const last = overdue.at(-1)!;
    const summary = await fixture.summarize('pay_bill', { billId: last.billId, paymentMethodId: method.id }, context);
    assert.match(summary, /Lines suspended for non-payment \(.*\) resume right after the payment/u);
    const result = (await fixture.call('pay_bill', { billId: last.billId, paymentMethodId: method.id }, context)) as {
      resumedLines: string[];
    };
    assert.ok(result.resumedLines.includes(suspendedLine.number));
    const line = fixture.records.get<Line>('lines', suspendedLine.number)!;
    assert.equal(line.status, 'active');
    assert.equal(line.suspension, null);
    assert.equal(line.suspensionHistory.at(-1)!.reason, 'non-payment');
  });

  test('a paid bill cannot be paid again', async () => {
    const paid = bills.find((bill) => bill.status === 'paid')!;
    const english = await expectFailure(
      fixture.call('pay_bill', { billId: paid.billId, paymentMethodId: `PM-${paid.customerId.slice(2)}-1` }, as(paid.customerId, 'en')),
      'invalid_state',
    );
    assert.equal(english, `The ${paid.period} bill is already paid.`);
    const korean = await expectFailure(
      fixture.call('pay_bill', { billId: paid.billId, paymentMethodId: `PM-${paid.customerId.slice(2)}-1` }, as(paid.customerId, 'ko')),
      'invalid_state',
    );
    assert.match(korean, /이미 납부되었습니다/u);
  });

  test("only the customer's own payment methods and bills can be used", async () => {
    const due = bills.find((bill) => bill.status === 'due' && bill.customerId !== customer.customerId)!;
    const message = await expectFailure(
      fixture.call('pay_bill', { billId: due.billId, paymentMethodId: method.id }, as(due.customerId, 'en')),
      'unknown_payment_method',
    );
    assert.match(message, /not one of your payment methods\. Available: PM-/u);
    await expectFailure(
      fixture.call('pay_bill', { billId: due.billId, paymentMethodId: method.id }, as(customer.customerId, 'ko')),
      'not_your_record',
    );
    assert.equal(fixture.records.get<Bill>('bills', due.billId)!.status, 'due');
  });
});
