// The telecom-care sample: sizes, determinism, scaling and realistic content (Korean names, businesses with many lines, arrears).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { telecomCareBlueprint } from '../../../src/blueprints/telecom-care/index.ts';
import type { Bill, Customer, Line, Plan, Ticket } from '../../../src/blueprints/telecom-care/index.ts';

const sample = telecomCareBlueprint.sampleData({ seed: 42 });
const plans = sample['plans.json'] as Plan[];
const customers = sample['customers.json'] as Customer[];
const lines = sample['lines.json'] as Line[];
const bills = sample['bills.json'] as Bill[];
const tickets = sample['tickets.json'] as Ticket[];

describe('telecom-care sample data', () => {
  test('has the promised sizes', () => {
    assert.ok(plans.length >= 30, `${plans.length} plans`);
    assert.ok(customers.length >= 500, `${customers.length} customers`);
    assert.ok(lines.length >= 1000, `${lines.length} lines`);
    assert.ok(tickets.length >= 50, `${tickets.length} tickets`);
    const businesses = customers.filter((customer) => customer.type === 'business');
    assert.ok(businesses.length >= 50, `${businesses.length} businesses`);
    for (const business of businesses) {
      const count = lines.filter((line) => line.customerId === business.customerId).length;
      assert.ok(count >= 5 && count <= 46, `${business.customerId} has ${count} lines`);
    }
  });

  test('the catalogue mixes 5G and LTE, individual and business, unlimited and capped, open and closed plans', () => {
    const has = (predicate: (plan: Plan) => boolean) => plans.some(predicate);
    assert.ok(has((plan) => plan.network === '5G') && has((plan) => plan.network === 'LTE'));
    assert.ok(has((plan) => plan.segment === 'business' && plan.dataGb === null));
    assert.ok(has((plan) => plan.segment === 'individual' && plan.dataGb !== null && plan.throttleMbps === null));
    assert.ok(has((plan) => !plan.openForSubscription));
    assert.ok(plans.every((plan) => /[\uac00-\ud7a3]/u.test(plan.name.ko) && /^[\x20-\x7e]+$/u.test(plan.name.en)));
  });

  test('every account with lines has six months of bills, and some bills are overdue', () => {
    const billsByCustomer = new Map<string, number>();
    for (const bill of bills) billsByCustomer.set(bill.customerId, (billsByCustomer.get(bill.customerId) ?? 0) + 1);
    const sixMonths = customers.filter((customer) => billsByCustomer.get(customer.customerId) === 6).length;
    assert.ok(sixMonths / customers.length > 0.85, `${sixMonths} of ${customers.length} accounts have six bills`);
    assert.deepEqual([...new Set(bills.map((bill) => bill.period))].sort(), [
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
    ]);
    assert.ok(bills.filter((bill) => bill.status === 'overdue').length >= 10);
    assert.ok(bills.some((bill) => bill.accountItems.some((item) => item.kind === 'late-fee')));
    assert.ok(lines.some((line) => line.suspension?.reason === 'non-payment'));
    assert.ok(lines.some((line) => line.suspension?.reason === 'lost'));
  });

  test('names are realistic: Korean individuals and companies, valid business numbers', () => {
    const individuals = customers.filter((customer) => customer.type === 'individual');
    const korean = individuals.filter((customer) => /^[\uac00-\ud7a3]{2,4}$/u.test(customer.name)).length;
    assert.ok(korean / individuals.length > 0.9);
    assert.ok(individuals.some((customer) => customer.language === 'en'));
    for (const customer of customers) if (customer.type === 'business') assert.match(customer.businessNumber, /^\d{3}-\d{2}-\d{5}$/u);
  });

  test('the same seed gives the same data; another seed gives different data', () => {
    assert.deepEqual(telecomCareBlueprint.sampleData({ seed: 42 }), sample);
    const other = telecomCareBlueprint.sampleData({ seed: 43 });
    assert.notDeepEqual(other['customers.json'], sample['customers.json']);
  });

  test('scale multiplies the counts and stays consistent', () => {
    const scaled = telecomCareBlueprint.sampleData({ seed: 5, scale: { customers: 3 } });
    assert.equal(scaled['customers.json']!.length, customers.length * 3);
    assert.ok(scaled['lines.json']!.length > lines.length * 2);
    assert.deepEqual(telecomCareBlueprint.crossCheck(scaled), []);
    const small = telecomCareBlueprint.sampleData({ seed: 5, scale: { customers: 0.1 } });
    assert.equal(small['customers.json']!.length, Math.round(customers.length * 0.1));
  });
});
