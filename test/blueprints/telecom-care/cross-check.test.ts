// crossCheck finds every cross-file problem in telecom-care data: duplicates, unknown references, wrong owners, totals that do not add up.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { telecomCareBlueprint } from '../../../src/blueprints/telecom-care/index.ts';
import type { Bill, Customer, Line, Ticket } from '../../../src/blueprints/telecom-care/index.ts';

const fresh = () => structuredClone(telecomCareBlueprint.sampleData({ seed: 11 }));

describe('telecom-care crossCheck', () => {
  test('the sample data has no cross-file issues', () => {
    assert.deepEqual(telecomCareBlueprint.crossCheck(fresh()), []);
  });

  test('a line with an unknown customer and plan is reported at both fields', () => {
    const data = fresh();
    const lines = data['lines.json'] as Line[];
    lines[3]!.customerId = 'C-999999';
    lines[3]!.planId = 'NO-SUCH-PLAN';
    const issues = telecomCareBlueprint.crossCheck(data);
    const lineIssues = issues.filter((issue) => issue.file === 'lines.json');
    assert.deepEqual(
      lineIssues.map((issue) => issue.path),
      ['[3].customerId', '[3].planId'],
    );
    assert.match(lineIssues[0]!.message, /C-999999/u);
    // The bills of the line's real owner now list a line that is no longer theirs.
    const billIssues = issues.filter((issue) => issue.file === 'bills.json');
    assert.ok(billIssues.length > 0);
    assert.ok(billIssues.every((issue) => issue.message === `line '${lines[3]!.number}' belongs to another customer`));
  });

  test('a business plan on an individual account is reported', () => {
    const data = fresh();
    const customers = new Map((data['customers.json'] as Customer[]).map((customer) => [customer.customerId, customer]));
    const lines = data['lines.json'] as Line[];
    const index = lines.findIndex((line) => customers.get(line.customerId)?.type === 'individual');
    lines[index]!.planId = 'BIZ-5G-UNLIMITED';
    const issues = telecomCareBlueprint.crossCheck(data);
    assert.equal(issues.length, 1);
    assert.equal(issues[0]!.path, `[${index}].planId`);
    assert.match(issues[0]!.message, /business plan on a individual account/u);
  });

  test('duplicate ids are reported in each file', () => {
    const data = fresh();
    const customers = data['customers.json'] as Customer[];
    customers[5]!.customerId = customers[4]!.customerId;
    const tickets = data['tickets.json'] as Ticket[];
    tickets[1]!.ticketId = tickets[0]!.ticketId;
    const issues = telecomCareBlueprint.crossCheck(data).filter((issue) => issue.message.startsWith('duplicate'));
    assert.deepEqual(
      issues.map((issue) => `${issue.file} ${issue.path}`),
      ['customers.json [5].customerId', 'tickets.json [1].ticketId'],
    );
  });

  test('a bill whose total does not add up, and a bill line of another customer, are reported', () => {
    const data = fresh();
    const bills = data['bills.json'] as Bill[];
    const lines = data['lines.json'] as Line[];
    bills[0]!.total += 1000;
    const foreign = lines.find((line) => line.customerId !== bills[1]!.customerId)!;
    bills[1]!.lines[0]!.number = foreign.number;
    const issues = telecomCareBlueprint.crossCheck(data);
    const paths = issues.map((issue) => `${issue.file} ${issue.path}`);
    assert.ok(paths.includes('bills.json [0].total'), paths.join(', '));
    assert.ok(paths.includes('bills.json [1].lines[0].number'), paths.join(', '));
    assert.ok(issues.some((issue) => /belongs to another customer/u.test(issue.message)));
  });

  test('a paid bill whose payments fall short, and a payment with an unknown method, are reported', () => {
    const data = fresh();
    const bills = data['bills.json'] as Bill[];
    const index = bills.findIndex((bill) => bill.status === 'paid');
    bills[index]!.payments[0]!.amount -= 1;
    bills[index]!.payments[0]!.methodId = 'PM-000000-9';
    const paths = telecomCareBlueprint.crossCheck(data).map((issue) => issue.path);
    assert.deepEqual(paths.sort(), [`[${index}].payments`, `[${index}].payments[0].methodId`].sort());
  });

  test('a ticket about an unknown line is reported', () => {
    const data = fresh();
    const tickets = data['tickets.json'] as Ticket[];
    tickets[0]!.number = '010-0000-0000';
    const issues = telecomCareBlueprint.crossCheck(data);
    assert.deepEqual(issues, [{ file: 'tickets.json', path: '[0].number', message: "unknown line '010-0000-0000'" }]);
  });
});
