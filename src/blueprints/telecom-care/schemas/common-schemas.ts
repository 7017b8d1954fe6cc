// Field schemas shared by the telecom-care data files: bilingual text, dates, ids, phone numbers and amounts in won.
import { z } from 'zod';

export const bilingualTextSchema = z.object({ ko: z.string().min(1), en: z.string().min(1) });
export type BilingualText = z.output<typeof bilingualTextSchema>;

/** A calendar date in Korea (KST has no daylight saving, so a plain date is unambiguous). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/u, 'a date as YYYY-MM-DD')
  .refine((value) => new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'not a real calendar date');

export const isoDateTimeSchema = z.iso.datetime({ offset: true });

/** A billing period: one calendar month. */
export const periodSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/u, 'a billing period as YYYY-MM');

export const customerIdSchema = z.string().regex(/^C-\d{6}$/u, 'a customer id such as C-100001');
export const planIdSchema = z.string().regex(/^[A-Z0-9]+(?:-[A-Z0-9]+)+$/u, 'a plan id such as 5G-STANDARD');
/** Korean mobile numbers as the operator stores them. */
export const mobileNumberSchema = z.string().regex(/^010-\d{4}-\d{4}$/u, 'a mobile number as 010-XXXX-XXXX');
export const emailSchema = z.email();

/** Whole won; negative only for discounts and adjustments. */
export const wonSchema = z.number().int();

export const networkSchema = z.enum(['5G', 'LTE']);
export const segmentSchema = z.enum(['individual', 'business']);
export const languageSchema = z.enum(['ko', 'en']);
