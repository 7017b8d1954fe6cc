// Generates the telecom-care sample: ~510 customers (1 in 9 a business with 5–40 lines), their lines, six months of bills and tickets.
import type { SampleScale } from '../../types.ts';
import { addDays, daysBetween, pad } from '../calendar.ts';
import type { Bill } from '../schemas/bill-schema.ts';
import type { Customer } from '../schemas/customer-schema.ts';
import type { Line } from '../schemas/line-schema.ts';
import type { Ticket } from '../schemas/ticket-schema.ts';
import { nonPaymentSuspensionDays } from '../telecom-policy.ts';
import { sampleBills } from './sample-bills.ts';
import { type CustomerFactory, sampleBusiness, sampleIndividual } from './sample-customers.ts';
import { sampleLine, sampleToday } from './sample-lines.ts';
import { samplePlans } from './sample-plans.ts';
import { type SampleRandom, sampleRandom } from './sample-random.ts';
import { sampleTicket } from './sample-tickets.ts';

const baseCustomers = 510;
const ticketsPerCustomer = 0.3;

function numberFactory(random: SampleRandom): () => string {
  const used = new Set<string>();
  return () => {
    for (;;) {
      const number = `010-${pad(random.int(2000, 9999), 4)}-${pad(random.int(0, 9999), 4)}`;
      if (used.has(number)) continue;
      used.add(number);
      return number;
    }
  };
}

function businessNumberFactory(random: SampleRandom): () => string {
  const used = new Set<string>();
  return () => {
    for (;;) {
      const number = `${random.int(101, 899)}-${pad(random.int(1, 88), 2)}-${pad(random.int(0, 99999), 5)}`;
      if (used.has(number)) continue;
      used.add(number);
      return number;
    }
  };
}

function customerLines(options: { factory: CustomerFactory; customer: Customer }): Line[] {
  const { factory, customer } = options;
  const { random } = factory;
  const plans = samplePlans;
  if (customer.type === 'individual') {
    const count = random.weighted([1, 2, 3, 4], (count) => [65, 20, 10, 5][count - 1] ?? 1);
    return Array.from({ length: count }, (_, index) =>
      sampleLine({
        random,
        plans,
        customer,
        kind: index === 0 ? 'own' : 'family',
        number: index === 0 ? customer.phone : factory.newNumber(),
      }),
    );
  }
  const employees = random.int(5, 40);
  const devices = /물류|푸드|유통/u.test(customer.name) && random.chance(0.6) ? random.int(2, 6) : 0;
  return [
    ...Array.from({ length: employees }, () => sampleLine({ random, plans, customer, kind: 'employee', number: factory.newNumber() })),
    ...Array.from({ length: devices }, () => sampleLine({ random, plans, customer, kind: 'iot', number: factory.newNumber() })),
  ];
}

/** Some lines are suspended by their owner (lost phone, a stay abroad) or cancelled; an individual's own line stays usable. */
function customerStates(random: SampleRandom, lines: Line[]): void {
  lines.forEach((line, index) => {
    if (random.chance(0.012)) {
      line.status = 'suspended';
      line.suspension = {
        reason: random.chance(0.8) ? 'lost' : 'stolen',
        since: addDays(sampleToday, -random.int(1, 12)),
        plannedEnd: null,
      };
    } else if (random.chance(0.015)) {
      const since = addDays(sampleToday, -random.int(1, 40));
      line.status = 'suspended';
      line.suspension = { reason: 'customer-request', since, plannedEnd: addDays(since, random.int(30, 90)) };
    } else if (index > 0 && random.chance(0.02)) line.status = 'cancelled';
  });
}

/** Accounts whose oldest unpaid bill is more than the grace period past due have their active lines suspended. */
function suspendForNonPayment(lines: Line[], bills: readonly Bill[]): void {
  const oldest = bills.find((bill) => bill.status === 'overdue');
  if (!oldest || daysBetween(oldest.dueDate, sampleToday) <= nonPaymentSuspensionDays) return;
  for (const line of lines) {
    if (line.status !== 'active') continue;
    line.status = 'suspended';
    line.suspension = { reason: 'non-payment', since: addDays(oldest.dueDate, nonPaymentSuspensionDays + 1), plannedEnd: null };
  }
}

/**
 * @example
 * const data = telecomSampleData({ seed: 42 });
 * data['lines.json'].length; // > 1,000
 */
export function telecomSampleData(options: { seed: number; scale?: SampleScale }): Record<string, unknown[]> {
  const random = sampleRandom(options.seed);
  const customerScale = options.scale?.customers ?? 1;
  const ticketScale = options.scale?.orders ?? 1;
  const factory: CustomerFactory = { random, newNumber: numberFactory(random) };
  const newBusinessNumber = businessNumberFactory(random);
  const plans = new Map(samplePlans.map((plan) => [plan.planId, plan]));
  const customers: Customer[] = [];
  const lines: Line[] = [];
  const bills: Bill[] = [];
  const tickets: Ticket[] = [];
  const count = Math.max(1, Math.round(baseCustomers * customerScale));
  for (let index = 0; index < count; index += 1) {
    const customerNumber = 100_001 + index;
    const customer =
      index % 9 === 4
        ? sampleBusiness({ factory, customerNumber, businessNumber: newBusinessNumber() })
        : sampleIndividual({ factory, customerNumber });
    const owned = customerLines({ factory, customer });
    customerStates(random, owned);
    const arrears = random.chance(0.06) ? random.pick([1, 1, 2, 3]) : 0;
    const accountBills = sampleBills({ random, customer, lines: owned, plans, arrears });
    suspendForNonPayment(owned, accountBills);
    const troubled = owned.some((line) => !line.network.provisioning.mms || !line.network.provisioning.data);
    const ticketCount = (random.chance(ticketsPerCustomer * ticketScale) ? 1 : 0) + (troubled && random.chance(0.5) ? 1 : 0);
    for (let ticket = 0; ticket < ticketCount; ticket += 1)
      tickets.push(
        sampleTicket({ random, customer, lines: owned.filter((line) => line.status !== 'cancelled'), ticketNumber: tickets.length + 1 }),
      );
    customers.push(customer);
    lines.push(...owned);
    bills.push(...accountBills);
  }
  return {
    'plans.json': samplePlans.map((plan) => structuredClone(plan)),
    'customers.json': customers,
    'lines.json': lines,
    'bills.json': bills,
    'tickets.json': tickets,
  };
}
