// Realistic tool definitions and a fixed clock shared by the builtin engine tests.
import { createBuiltinProvider } from '../../../../src/models/builtin/index.ts';
import type { ChatModel, ToolDefinition } from '../../../../src/models/types.ts';

/** Thursday 2026-03-05, 12:00 in Seoul. */
export const fixedNow = new Date('2026-03-05T03:00:00Z');

export const tools: ToolDefinition[] = [
  {
    name: 'get_weather',
    description: 'Get the current weather for a city',
    parameters: {
      type: 'object',
      properties: { city: { type: 'string', description: 'City name' }, unit: { type: 'string', enum: ['celsius', 'fahrenheit'] } },
      required: ['city'],
    },
  },
  {
    name: 'create_order',
    description: 'Place a new order for a product',
    parameters: {
      type: 'object',
      properties: { product: { type: 'string', description: 'Product name' }, quantity: { type: 'integer', minimum: 1 } },
      required: ['product', 'quantity'],
    },
  },
  {
    name: 'lookup_order',
    description: 'Look up the status of an existing order',
    parameters: {
      type: 'object',
      properties: { order_id: { type: 'string', pattern: '^ORD-\\d{5}$', description: 'Order id such as ORD-12345' } },
      required: ['order_id'],
    },
  },
  {
    name: 'send_email',
    description: 'Send an email message',
    parameters: {
      type: 'object',
      properties: { to: { type: 'string', description: 'Recipient email address' }, subject: { type: 'string' }, body: { type: 'string' } },
      required: ['to', 'subject'],
    },
  },
  {
    name: 'schedule_meeting',
    description: 'Schedule a meeting on the calendar',
    parameters: {
      type: 'object',
      properties: {
        date: { type: 'string', format: 'date' },
        start_time: { type: 'string', description: 'HH:MM' },
        duration_minutes: { type: 'integer', minimum: 5 },
        title: { type: 'string' },
      },
      required: ['date'],
    },
  },
];

/** A chat model on the fixed clock, in Seoul time. */
export function createTestModel(): ChatModel {
  const provider = createBuiltinProvider({ now: () => fixedNow, timeZone: 'Asia/Seoul' });
  const model = provider.chatModel?.('builtin', {});
  if (!model) throw new Error('The builtin provider has no chat model.');
  return model;
}
