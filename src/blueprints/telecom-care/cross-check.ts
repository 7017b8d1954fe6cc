// Cross-file checks of telecom-care data: unique ids, known customers, plans and lines, plans that fit the customer, bills that add up.
import type { DataIssue } from '../types.ts';
import type { Bill } from './schemas/bill-schema.ts';
import type { Customer } from './schemas/customer-schema.ts';
import type { Line } from './schemas/line-schema.ts';
import type { Plan } from './schemas/plan-schema.ts';
import type { Ticket } from './schemas/ticket-schema.ts';

function duplicates<T>(options: { file: string; records: readonly T[]; id: (record: T) => string; field: string }): DataIssue[] {
  const seen = new Set<string>();
  const issues: DataIssue[] = [];
  options.records.forEach((record, index) => {
    const id = options.id(record);
    if (seen.has(id))
      issues.push({ file: options.file, path: `[${index}].${options.field}`, message: `duplicate ${options.field} '${id}'` });
    seen.add(id);
  });
  return issues;
}

function checkLines(options: { lines: readonly Line[]; customers: Map<string, Customer>; plans: Map<string, Plan> }): DataIssue[] {
  const issues: DataIssue[] = [];
  options.lines.forEach((line, index) => {
    const customer = options.customers.get(line.customerId);
    const plan = options.plans.get(line.planId);
    if (!customer) issues.push({ file: 'lines.json', path: `[${index}].customerId`, message: `unknown customer '${line.customerId}'` });
    if (!plan) issues.push({ file: 'lines.json', path: `[${index}].planId`, message: `unknown plan '${line.planId}'` });
    if (customer && plan && plan.segment !== customer.type)
      issues.push({ file: 'lines.json', path: `[${index}].planId`, message: `a ${plan.segment} plan on a ${customer.type} account` });
    if ((line.status === 'suspended') !== (line.suspension !== null))
      issues.push({ file: 'lines.json', path: `[${index}].suspension`, message: 'a suspended line needs a suspension, and only it' });
    if (line.cycle.end < line.cycle.start)
      issues.push({ file: 'lines.json', path: `[${index}].cycle`, message: 'cycle ends before it starts' });
  });
  return issues;
}

function checkBills(options: { bills: readonly Bill[]; customers: Map<string, Customer>; lines: Map<string, Line> }): DataIssue[] {
  const issues: DataIssue[] = [];
  options.bills.forEach((bill, index) => {
    if (!options.customers.has(bill.customerId))
      issues.push({ file: 'bills.json', path: `[${index}].customerId`, message: `unknown customer '${bill.customerId}'` });
    let sum = 0;
    bill.lines.forEach((billLine, lineIndex) => {
      const line = options.lines.get(billLine.number);
      if (!line)
        issues.push({ file: 'bills.json', path: `[${index}].lines[${lineIndex}].number`, message: `unknown line '${billLine.number}'` });
      else if (line.customerId !== bill.customerId)
        issues.push({
          file: 'bills.json',
          path: `[${index}].lines[${lineIndex}].number`,
          message: `line '${line.number}' belongs to another customer`,
        });
      for (const item of billLine.items) sum += item.amount;
    });
    for (const item of bill.accountItems) sum += item.amount;
    if (sum !== bill.total)
      issues.push({
        file: 'bills.json',
        path: `[${index}].total`,
        message: `total ${bill.total} differs from the sum of its items ${sum}`,
      });
    const paid = bill.payments.reduce((total, payment) => total + payment.amount, 0);
    if (bill.status === 'paid' && paid !== bill.total)
      issues.push({
        file: 'bills.json',
        path: `[${index}].payments`,
        message: `a paid bill's payments add up to ${paid}, not ${bill.total}`,
      });
    if (bill.status !== 'paid' && paid >= bill.total && bill.total > 0)
      issues.push({ file: 'bills.json', path: `[${index}].status`, message: `fully paid but marked '${bill.status}'` });
    const customer = options.customers.get(bill.customerId);
    bill.payments.forEach((payment, paymentIndex) => {
      if (customer && !customer.paymentMethods.some((method) => method.id === payment.methodId))
        issues.push({
          file: 'bills.json',
          path: `[${index}].payments[${paymentIndex}].methodId`,
          message: `unknown payment method '${payment.methodId}'`,
        });
    });
  });
  return issues;
}

function checkTickets(options: { tickets: readonly Ticket[]; customers: Map<string, Customer>; lines: Map<string, Line> }): DataIssue[] {
  const issues: DataIssue[] = [];
  options.tickets.forEach((ticket, index) => {
    if (!options.customers.has(ticket.customerId))
      issues.push({ file: 'tickets.json', path: `[${index}].customerId`, message: `unknown customer '${ticket.customerId}'` });
    if (ticket.number === undefined) return;
    const line = options.lines.get(ticket.number);
    if (!line) issues.push({ file: 'tickets.json', path: `[${index}].number`, message: `unknown line '${ticket.number}'` });
    else if (line.customerId !== ticket.customerId)
      issues.push({ file: 'tickets.json', path: `[${index}].number`, message: `line '${ticket.number}' belongs to another customer` });
  });
  return issues;
}

function checkCustomers(customers: readonly Customer[]): DataIssue[] {
  const issues: DataIssue[] = [];
  customers.forEach((customer, index) => {
    if (customer.autopayMethodId !== null && !customer.paymentMethods.some((method) => method.id === customer.autopayMethodId))
      issues.push({
        file: 'customers.json',
        path: `[${index}].autopayMethodId`,
        message: `unknown payment method '${customer.autopayMethodId}'`,
      });
  });
  const businessNumbers = new Set<string>();
  customers.forEach((customer, index) => {
    if (customer.type !== 'business') return;
    if (businessNumbers.has(customer.businessNumber))
      issues.push({
        file: 'customers.json',
        path: `[${index}].businessNumber`,
        message: `duplicate businessNumber '${customer.businessNumber}'`,
      });
    businessNumbers.add(customer.businessNumber);
  });
  return issues;
}

/**
 * @example
 * telecomCrossCheck({ 'plans.json': plans, 'customers.json': customers, 'lines.json': lines, 'bills.json': bills, 'tickets.json': tickets });
 */
export function telecomCrossCheck(data: Record<string, unknown[]>): DataIssue[] {
  const plans = (data['plans.json'] ?? []) as Plan[];
  const customers = (data['customers.json'] ?? []) as Customer[];
  const lines = (data['lines.json'] ?? []) as Line[];
  const bills = (data['bills.json'] ?? []) as Bill[];
  const tickets = (data['tickets.json'] ?? []) as Ticket[];
  const planMap = new Map(plans.map((plan) => [plan.planId, plan]));
  const customerMap = new Map(customers.map((customer) => [customer.customerId, customer]));
  const lineMap = new Map(lines.map((line) => [line.number, line]));
  return [
    ...duplicates({ file: 'plans.json', records: plans, id: (plan) => plan.planId, field: 'planId' }),
    ...duplicates({ file: 'customers.json', records: customers, id: (customer) => customer.customerId, field: 'customerId' }),
    ...duplicates({ file: 'lines.json', records: lines, id: (line) => line.number, field: 'number' }),
    ...duplicates({ file: 'bills.json', records: bills, id: (bill) => bill.billId, field: 'billId' }),
    ...duplicates({ file: 'tickets.json', records: tickets, id: (ticket) => ticket.ticketId, field: 'ticketId' }),
    ...checkCustomers(customers),
    ...checkLines({ lines, customers: customerMap, plans: planMap }),
    ...checkBills({ bills, customers: customerMap, lines: lineMap }),
    ...checkTickets({ tickets, customers: customerMap, lines: lineMap }),
  ];
}
