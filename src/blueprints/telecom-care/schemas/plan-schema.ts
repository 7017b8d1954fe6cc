// Schema of one record of plans.json: a mobile plan of the catalogue (individual or business, 5G or LTE).
import { z } from 'zod';
import { bilingualTextSchema, networkSchema, planIdSchema, segmentSchema, wonSchema } from './common-schemas.ts';
import { planFeatures, roamingZoneIds } from '../telecom-policy.ts';

const allowanceSchema = z.union([z.number().int().min(0), z.literal('unlimited')]);

export const planSchema = z.object({
  planId: planIdSchema,
  name: bilingualTextSchema,
  segment: segmentSchema,
  network: networkSchema,
  /** Monthly fee in won, VAT excluded (the bill adds 10% VAT). */
  monthlyFee: wonSchema.positive(),
  /** Monthly data allowance; null is unlimited at full speed. */
  dataGb: z.number().positive().nullable(),
  /** Speed after the allowance is used up; null on a capped plan means usage beyond it is charged per MB. */
  throttleMbps: z.number().positive().nullable(),
  voiceMinutes: allowanceSchema,
  sms: allowanceSchema,
  roaming: z.object({
    /** Roaming data included per billing cycle in the listed zones (0: none). */
    dataGbPerMonth: z.number().min(0),
    zones: z.array(z.enum(roamingZoneIds)),
  }),
  /** Commitment period; plans with one carry the 25% commitment discount on the bill. */
  contractMonths: z.union([z.literal(0), z.literal(12), z.literal(24)]),
  features: z.array(z.enum(planFeatures)),
  /** Age limits for youth and senior plans (age in full years on the day of subscribing). */
  eligibility: z.object({ minAge: z.number().int().positive().optional(), maxAge: z.number().int().positive().optional() }).optional(),
  description: bilingualTextSchema,
  /** Closed plans stay on existing lines but cannot be chosen any more. */
  openForSubscription: z.boolean(),
});

export type Plan = z.output<typeof planSchema>;
