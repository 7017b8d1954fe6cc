// The real server with telecom-care installed (samples or a `--from` folder), the openai client talking to
// `assistant:telecom-care` with x-conversation-id, and data-driven pickers of customers, lines and bills.
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import { sqliteRecordCollections, type RecordCollections } from '../../../src/blueprints/index.ts';
import type { Bill, Customer, Line, Plan, Ticket } from '../../../src/blueprints/telecom-care/index.ts';
import { installAndActivateBlueprint } from '../../../src/platform/index.ts';
import { startTestServer, type TestServer } from '../../helpers/start-test-server.ts';
import { writeCustomTelecomData } from './acceptance-dataset.ts';

export type Variant = 'sample' | 'custom';
export const variants: readonly Variant[] = ['sample', 'custom'];

export interface Reply {
  text: string;
  intent: string;
  tools: string[];
  handoff: boolean;
  pending: boolean;
  citations: unknown[];
}

export interface Conversation {
  send(text: string): Promise<Reply>;
}

export interface Acceptance {
  server: TestServer;
  records: RecordCollections;
  chat(): Conversation;
  /** A customer no other script has used, matching `accept`, so scripts never see each other's changes. */
  customer<T extends Customer = Customer>(accept: (customer: Customer, lines: Line[], bills: Bill[]) => boolean): T;
  lines(customerId: string): Line[];
  line(number: string): Line;
  plan(planId: string): Plan;
  tickets(customerId: string): Ticket[];
  /** What an individual says to verify: their own number and birth date. */
  credentials(customer: Customer): string;
  close(): Promise<void>;
}

/**
 * @example
 * const acceptance = await openAcceptance('custom');
 * const reply = await acceptance.chat().send('데이터 얼마나 남았어요?');
 */
export async function openAcceptance(variant: Variant): Promise<Acceptance> {
  const server = await startTestServer();
  const result = installAndActivateBlueprint(server.platform, {
    name: 'telecom-care',
    ...(variant === 'custom' ? { from: writeCustomTelecomData() } : {}),
  });
  server.platform.jobs.start();
  if (result.knowledgeJob) await server.platform.jobs.wait(result.knowledgeJob.id);
  const records = sqliteRecordCollections({ database: server.platform.store.database, blueprint: 'telecom-care' });
  const client = new OpenAI({ baseURL: server.baseURL, apiKey: 'unused', maxRetries: 0 });
  const used = new Set<string>();

  const chat = (): Conversation => {
    let conversationId: string | undefined;
    return {
      async send(text) {
        const { data, response } = await client.chat.completions
          .create(
            { model: 'assistant:telecom-care', messages: [{ role: 'user', content: text }] },
            conversationId ? { headers: { 'x-conversation-id': conversationId } } : {},
          )
          .withResponse();
        conversationId ??= response.headers.get('x-conversation-id') ?? undefined;
        assert.ok(conversationId, 'the first reply names its conversation');
        const extra = data as unknown as {
          intent: string;
          tool_calls_made?: Array<{ name: string; status: string }>;
          handoff?: unknown;
          pending_confirmation?: unknown;
          citations?: unknown[];
        };
        return {
          text: data.choices[0]?.message.content ?? '',
          intent: extra.intent,
          tools: (extra.tool_calls_made ?? []).map((call) => `${call.name}:${call.status}`),
          handoff: extra.handoff !== undefined,
          pending: extra.pending_confirmation !== undefined,
          citations: extra.citations ?? [],
        };
      },
    };
  };

  return {
    server,
    records,
    chat,
    customer<T extends Customer>(accept: (customer: Customer, lines: Line[], bills: Bill[]) => boolean): T {
      const found = records
        .all<Customer>('customers')
        .find(
          (customer) =>
            !used.has(customer.customerId) &&
            accept(
              customer,
              records.listByOwner<Line>('lines', customer.customerId),
              records.listByOwner<Bill>('bills', customer.customerId),
            ),
        );
      assert.ok(found, 'the data has a customer for this script');
      used.add(found.customerId);
      return found as T;
    },
    lines: (customerId) => records.listByOwner<Line>('lines', customerId),
    line: (number) => {
      const line = records.get<Line>('lines', number);
      assert.ok(line, number);
      return line;
    },
    plan: (planId) => {
      const plan = records.get<Plan>('plans', planId);
      assert.ok(plan, planId);
      return plan;
    },
    tickets: (customerId) => records.listByOwner<Ticket>('tickets', customerId),
    credentials: (customer) => {
      assert.equal(customer.type, 'individual');
      return `${customer.phone} ${customer.type === 'individual' ? customer.birthDate : ''}`;
    },
    close: () => server.close(),
  };
}

/** An individual whose own line is active, healthy and on a capped plan of `network` (top-ups and plan changes apply). */
export function healthyIndividual(acceptance: Acceptance, extra: (line: Line, plan: Plan) => boolean = () => true) {
  return (customer: Customer, lines: Line[], bills: Bill[]) => {
    if (customer.type !== 'individual') return false;
    const own = lines.find((line) => line.number === customer.phone);
    if (!own || own.status !== 'active' || own.addOns.length > 0 || own.roaming.enabled) return false;
    const plan = acceptance.plan(own.planId);
    const network = own.network;
    return (
      plan.dataGb !== null &&
      network.outage === null &&
      network.simState === 'ok' &&
      network.provisioning.data &&
      network.provisioning.mms &&
      bills.every((bill) => bill.status !== 'overdue') &&
      extra(own, plan)
    );
  };
}

export const hangul = /[\uac00-\ud7a3]/u;
