// Schema of one record of tickets.json: a support ticket with its timeline of updates.
import { z } from 'zod';
import { customerIdSchema, isoDateTimeSchema, mobileNumberSchema } from './common-schemas.ts';

export const ticketCategories = ['network', 'device', 'billing', 'plan', 'roaming', 'account', 'other'] as const;

export const ticketSchema = z.object({
  ticketId: z.string().regex(/^T-\d{6}$/u, 'a ticket id such as T-000123'),
  customerId: customerIdSchema,
  /** The line it is about, if any. */
  number: mobileNumberSchema.optional(),
  category: z.enum(ticketCategories),
  subject: z.string().min(1),
  description: z.string(),
  status: z.enum(['open', 'in-progress', 'resolved']),
  createdAt: isoDateTimeSchema,
  updates: z.array(z.object({ at: isoDateTimeSchema, by: z.enum(['customer', 'agent', 'system']), text: z.string().min(1) })),
});

export type Ticket = z.output<typeof ticketSchema>;
