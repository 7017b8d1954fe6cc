// Schema of one record of bills.json: one month's bill of an account, itemised per line, with its payments.
import { z } from 'zod';
import {
  bilingualTextSchema,
  customerIdSchema,
  isoDateSchema,
  isoDateTimeSchema,
  mobileNumberSchema,
  periodSchema,
  wonSchema,
} from './common-schemas.ts';

export const billItemKinds = [
  'plan',
  'addon',
  'roaming',
  'overage',
  'discount',
  'suspension-fee',
  'vat',
  'late-fee',
  'adjustment',
] as const;
export type BillItemKind = (typeof billItemKinds)[number];

export const billItemSchema = z.object({ kind: z.enum(billItemKinds), label: bilingualTextSchema, amount: wonSchema });

export const billSchema = z.object({
  billId: z.string().regex(/^B-\d{6}-\d{6}$/u, 'a bill id such as B-202610-100001'),
  customerId: customerIdSchema,
  period: periodSchema,
  issuedAt: isoDateSchema,
  dueDate: isoDateSchema,
  lines: z.array(z.object({ number: mobileNumberSchema, items: z.array(billItemSchema).min(1) })),
  /** Charges of the account rather than of a line (late fees, adjustments). */
  accountItems: z.array(billItemSchema),
  /** Sum of every item, VAT included. */
  total: wonSchema.min(0),
  status: z.enum(['paid', 'due', 'overdue']),
  payments: z.array(
    z.object({ paymentId: z.string().min(1), paidAt: isoDateTimeSchema, amount: wonSchema.positive(), methodId: z.string().min(1) }),
  ),
});

export type Bill = z.output<typeof billSchema>;
export type BillItem = z.output<typeof billItemSchema>;
