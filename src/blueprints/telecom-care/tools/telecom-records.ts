// Typed reads of the telecom-care collections with the ownership rule: another customer's line, bill or ticket is refused.
import type { ToolContext } from '../../../assistants/index.ts';
import type { RecordCollections } from '../../records/types.ts';
import { koreaToday } from '../calendar.ts';
import type { Bill } from '../schemas/bill-schema.ts';
import type { Customer } from '../schemas/customer-schema.ts';
import type { Line } from '../schemas/line-schema.ts';
import type { Plan } from '../schemas/plan-schema.ts';
import type { Ticket } from '../schemas/ticket-schema.ts';
import { monthOf } from '../calendar.ts';
import { fail, normalizeMobileNumber, requireCustomer } from './tool-support.ts';

const notYours = {
  ko: '고객님 명의의 정보가 아니어서 안내해 드릴 수 없습니다.',
  en: 'That record is not on your account, so I cannot share or change it.',
};

export function customerOf(records: RecordCollections, context: ToolContext): Customer {
  const customerId = requireCustomer(context);
  const customer = records.get<Customer>('customers', customerId);
  if (!customer) fail(context, 'not_found', { ko: '고객 정보를 찾을 수 없습니다.', en: 'Your customer record was not found.' });
  return customer;
}

export function planOf(records: RecordCollections, planId: string): Plan {
  const plan = records.get<Plan>('plans', planId);
  if (!plan) throw new Error(`Line refers to unknown plan ${planId}`);
  return plan;
}

/**
 * The authenticated customer's line by number (any common spelling of it).
 * @example
 * ownedLine({ records, context, number: '01012345678' });
 */
export function ownedLine(options: { records: RecordCollections; context: ToolContext; number: string }): Line {
  const { records, context } = options;
  const customerId = requireCustomer(context);
  const number = normalizeMobileNumber(options.number);
  if (number === undefined)
    fail(context, 'invalid_arguments', {
      ko: `'${options.number}'은(는) 휴대폰 번호 형식이 아닙니다 (010-XXXX-XXXX).`,
      en: `'${options.number}' is not a mobile number (010-XXXX-XXXX).`,
    });
  const line = records.get<Line>('lines', number);
  if (!line) fail(context, 'not_found', { ko: `${number} 회선을 찾을 수 없습니다.`, en: `There is no line ${number}.` });
  if (line.customerId !== customerId) fail(context, 'not_your_record', notYours);
  return line;
}

export function ownedBill(options: { records: RecordCollections; context: ToolContext; billId: string }): Bill {
  const { records, context } = options;
  const customerId = requireCustomer(context);
  const bill = records.get<Bill>('bills', options.billId.trim().toUpperCase());
  if (!bill)
    fail(context, 'not_found', { ko: `청구서 ${options.billId}을(를) 찾을 수 없습니다.`, en: `There is no bill ${options.billId}.` });
  if (bill.customerId !== customerId) fail(context, 'not_your_record', notYours);
  return bill;
}

export function ownedTicket(options: { records: RecordCollections; context: ToolContext; ticketId: string }): Ticket {
  const { records, context } = options;
  const customerId = requireCustomer(context);
  const ticket = records.get<Ticket>('tickets', options.ticketId.trim().toUpperCase());
  if (!ticket)
    fail(context, 'not_found', { ko: `문의 ${options.ticketId}을(를) 찾을 수 없습니다.`, en: `There is no ticket ${options.ticketId}.` });
  if (ticket.customerId !== customerId) fail(context, 'not_your_record', notYours);
  return ticket;
}

/**
 * The line as of today: a cycle that has ended rolls over (usage and top-ups start again), so a snapshot never reads stale.
 * @example
 * currentLine(line, '2026-12-02').dataUsedGb; // 0 once November's cycle is over
 */
export function currentLine(line: Line, today: string): Line {
  if (today <= line.cycle.end) return line;
  const month = monthOf(today);
  return { ...line, cycle: { start: month.start, end: month.end }, dataUsedGb: 0, voiceUsedMinutes: 0, addOns: [] };
}

export function today(context: ToolContext): string {
  return koreaToday(context.now());
}
