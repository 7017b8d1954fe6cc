// The five data files of telecom-care: which collection each lands in, its record schema, id and owner.
import type { BlueprintDataFile } from '../types.ts';
import { billSchema, type Bill } from './schemas/bill-schema.ts';
import { customerSchema, type Customer } from './schemas/customer-schema.ts';
import { lineSchema, type Line } from './schemas/line-schema.ts';
import { planSchema, type Plan } from './schemas/plan-schema.ts';
import { ticketSchema, type Ticket } from './schemas/ticket-schema.ts';

const plans: BlueprintDataFile<Plan> = { file: 'plans.json', collection: 'plans', schema: planSchema, id: (plan) => plan.planId };
const customers: BlueprintDataFile<Customer> = {
  file: 'customers.json',
  collection: 'customers',
  schema: customerSchema,
  id: (customer) => customer.customerId,
  owner: (customer) => customer.customerId,
};
const lines: BlueprintDataFile<Line> = {
  file: 'lines.json',
  collection: 'lines',
  schema: lineSchema,
  id: (line) => line.number,
  owner: (line) => line.customerId,
};
const bills: BlueprintDataFile<Bill> = {
  file: 'bills.json',
  collection: 'bills',
  schema: billSchema,
  id: (bill) => bill.billId,
  owner: (bill) => bill.customerId,
};
const tickets: BlueprintDataFile<Ticket> = {
  file: 'tickets.json',
  collection: 'tickets',
  schema: ticketSchema,
  id: (ticket) => ticket.ticketId,
  owner: (ticket) => ticket.customerId,
};

export const telecomDataFiles = [plans, customers, lines, bills, tickets] as unknown as BlueprintDataFile[];
