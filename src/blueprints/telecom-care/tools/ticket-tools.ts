// Ticket tools: create_ticket (the customer's own line only), get_ticket and list_tickets.
import { z } from 'zod';
import type { ToolContext } from '../../../assistants/index.ts';
import type { RecordCollections } from '../../records/types.ts';
import { koreaDateTime } from '../calendar.ts';
import { ticketCategories, type Ticket } from '../schemas/ticket-schema.ts';
import { customerOf, ownedLine, ownedTicket } from './telecom-records.ts';
import { defineTool, say } from './tool-support.ts';

const categoryLabels: Record<Ticket['category'], { ko: string; en: string }> = {
  network: { ko: '통화·데이터 품질', en: 'network' },
  device: { ko: '단말·USIM', en: 'device and SIM' },
  billing: { ko: '요금·청구', en: 'billing' },
  plan: { ko: '요금제', en: 'plan' },
  roaming: { ko: '로밍', en: 'roaming' },
  account: { ko: '계정', en: 'account' },
  other: { ko: '기타', en: 'other' },
};

/** First answer promised per category: network provisioning faults are fixed within the hour, the rest within a business day. */
const responseTimes: Record<Ticket['category'], { ko: string; en: string }> = {
  network: { ko: '1시간 이내', en: 'within 1 hour' },
  device: { ko: '1영업일 이내', en: 'within 1 business day' },
  billing: { ko: '1영업일 이내', en: 'within 1 business day' },
  plan: { ko: '1영업일 이내', en: 'within 1 business day' },
  roaming: { ko: '1시간 이내', en: 'within 1 hour' },
  account: { ko: '1영업일 이내', en: 'within 1 business day' },
  other: { ko: '2영업일 이내', en: 'within 2 business days' },
};

const createParameters = z.object({
  category: z.enum(ticketCategories).describe('network, device, billing, plan, roaming, account or other'),
  subject: z.string().min(1).max(120).describe('One line saying what is wrong'),
  description: z
    .string()
    .max(2000)
    .default('')
    .describe('Details: what happens, since when, what was already tried (e.g. diagnostics results)'),
  number: z.string().optional().describe("The customer's line it is about, if any"),
});

function prepare(options: { records: RecordCollections; context: ToolContext; args: z.output<typeof createParameters> }) {
  const { records, context, args } = options;
  const customer = customerOf(records, context);
  const line = args.number === undefined ? undefined : ownedLine({ records, context, number: args.number });
  return { customer, line };
}

function view(ticket: Ticket, context: ToolContext) {
  return { ...ticket, categoryText: say(context, categoryLabels[ticket.category]) };
}

/**
 * @example
 * const [createTicket, getTicket, listTickets] = ticketTools(records);
 */
export function ticketTools(records: RecordCollections) {
  const createTicket = defineTool({
    name: 'create_ticket',
    description:
      'Open a support ticket for a problem the assistant cannot solve (network provisioning faults, SIM locked, billing disputes, cell-site checks), optionally about one of the customer’s lines.',
    parameters: createParameters,
    changesState: true,
    requiresAuthentication: true,
    summarize: (args, context) => {
      const { line } = prepare({ records, context, args });
      const category = categoryLabels[args.category];
      return say(context, {
        ko: [
          `다음 내용으로 문의를 접수합니다.`,
          `· 분류: ${category.ko}`,
          ...(line ? [`· 회선: ${line.number}`] : []),
          `· 제목: ${args.subject}`,
          `· 첫 답변: ${responseTimes[args.category].ko}`,
        ].join('\n'),
        en: [
          `Open a support ticket:`,
          `· Category: ${category.en}`,
          ...(line ? [`· Line: ${line.number}`] : []),
          `· Subject: ${args.subject}`,
          `· First answer: ${responseTimes[args.category].en}`,
        ].join('\n'),
      });
    },
    run: (args, context) => {
      const { customer, line } = prepare({ records, context, args });
      const at = koreaDateTime(context.now());
      const ticket = records.insertNext<Ticket>('tickets', { prefix: 'T-', digits: 6 }, (ticketId) => ({
        id: ticketId,
        owner: customer.customerId,
        data: {
          ticketId,
          customerId: customer.customerId,
          ...(line ? { number: line.number } : {}),
          category: args.category,
          subject: args.subject,
          description: args.description,
          status: 'open',
          createdAt: at,
          updates: [{ at, by: 'system', text: say(context, { ko: '문의가 접수되었습니다.', en: 'We received your request.' }) }],
        },
      }));
      return { ...view(ticket, context), firstAnswer: say(context, responseTimes[args.category]) };
    },
  });

  const getTicket = defineTool({
    name: 'get_ticket',
    description: "Status and timeline of one of the customer's support tickets by id (e.g. T-000123).",
    parameters: z.object({ ticketId: z.string().min(1).describe('Ticket id, e.g. T-000123') }),
    changesState: false,
    requiresAuthentication: true,
    run: (args, context) => view(ownedTicket({ records, context, ticketId: args.ticketId }), context),
  });

  const listTickets = defineTool({
    name: 'list_tickets',
    description: "The customer's support tickets, newest first, optionally only open, in-progress or resolved ones.",
    parameters: z.object({ status: z.enum(['open', 'in-progress', 'resolved']).optional().describe('Only tickets in this status') }),
    changesState: false,
    requiresAuthentication: true,
    run: (args, context) => {
      const customer = customerOf(records, context);
      const tickets = records
        .listByOwner<Ticket>('tickets', customer.customerId)
        .filter((ticket) => args.status === undefined || ticket.status === args.status)
        .sort((first, second) => second.createdAt.localeCompare(first.createdAt));
      return {
        total: tickets.length,
        tickets: tickets.map((ticket) => ({
          ticketId: ticket.ticketId,
          number: ticket.number,
          category: say(context, categoryLabels[ticket.category]),
          subject: ticket.subject,
          status: ticket.status,
          createdAt: ticket.createdAt,
        })),
      };
    },
  });

  return [createTicket, getTicket, listTickets];
}
