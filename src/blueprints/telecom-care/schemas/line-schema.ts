// Schema of one record of lines.json: a mobile line (number, owner, plan, usage this cycle, roaming, device and network state).
import { z } from 'zod';
import {
  bilingualTextSchema,
  customerIdSchema,
  isoDateSchema,
  isoDateTimeSchema,
  mobileNumberSchema,
  networkSchema,
  planIdSchema,
} from './common-schemas.ts';
import { suspensionReasons } from '../telecom-policy.ts';

export const dataTopUpSchema = z.object({
  id: z.string().min(1),
  kind: z.literal('data-top-up'),
  gb: z.number().positive(),
  /** Won, VAT excluded; charged on the next bill. */
  price: z.number().int().positive(),
  purchasedAt: isoDateTimeSchema,
  /** Top-up data lapses at the end of the cycle it was bought in. */
  expiresOn: isoDateSchema,
});

export const suspensionSchema = z.object({
  reason: z.enum(suspensionReasons),
  since: isoDateSchema,
  /** The planned end of a voluntary suspension; null: until resumed. */
  plannedEnd: isoDateSchema.nullable(),
});

export const lineSchema = z.object({
  number: mobileNumberSchema,
  customerId: customerIdSchema,
  planId: planIdSchema,
  status: z.enum(['active', 'suspended', 'cancelled']),
  /** Business lines: who uses it ('김민준 · 영업팀'). */
  label: z.string().optional(),
  activatedAt: isoDateSchema,
  cycle: z.object({ start: isoDateSchema, end: isoDateSchema }),
  dataUsedGb: z.number().min(0),
  voiceUsedMinutes: z.number().int().min(0),
  roaming: z.object({
    enabled: z.boolean(),
    /** ISO 3166 alpha-2 code of the country roaming is set up for. */
    country: z
      .string()
      .regex(/^[A-Z]{2}$/u)
      .nullable(),
    since: isoDateSchema.nullable(),
  }),
  device: z.object({ model: z.string().min(1), network: networkSchema, sim: z.enum(['usim', 'esim']) }),
  /** The commitment of a contract plan; null: no commitment. */
  contract: z.object({ months: z.number().int().positive(), startDate: isoDateSchema, endDate: isoDateSchema }).nullable(),
  addOns: z.array(dataTopUpSchema),
  /** What the network knows about the line; troubleshooting reads it. */
  network: z.object({
    provisioning: z.object({ data: z.boolean(), mms: z.boolean(), volte: z.boolean() }),
    simState: z.enum(['ok', 'puk-locked', 'not-registered']),
    /** The area of the cell the line last registered in. */
    area: z.object({ city: z.string().min(1), district: z.string().min(1) }),
    outage: z.object({ since: isoDateTimeSchema, cause: bilingualTextSchema, expectedRestoration: isoDateTimeSchema }).nullable(),
  }),
  suspension: suspensionSchema.nullable(),
  /** Past suspensions, for the yearly limit on voluntary ones. */
  suspensionHistory: z.array(z.object({ reason: z.enum(suspensionReasons), from: isoDateSchema, to: isoDateSchema })),
  planChangedAt: isoDateSchema.nullable(),
});

export type Line = z.output<typeof lineSchema>;
export type DataTopUp = z.output<typeof dataTopUpSchema>;
