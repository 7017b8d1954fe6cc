// Building blocks shared by the energy-store record schemas: bilingual text, KRW amounts, ISO timestamps, ids.
import { z } from 'zod';

/** Text shown to customers in both supported languages. */
export const bilingualTextSchema = z.object({
  ko: z.string().min(1).describe('Korean text'),
  en: z.string().min(1).describe('English text'),
});

/** Korean won are never fractional, so every amount is a non-negative integer. */
export const wonSchema = z.number().int().nonnegative();

/** A moment with its offset, e.g. '2025-06-30T09:00:00+09:00' or '2025-06-30T00:00:00.000Z'. */
export const timestampSchema = z.iso.datetime({ offset: true });

/** Korean postal codes have had five digits since 2015. */
export const zipSchema = z.string().regex(/^\d{5}$/, 'a five-digit postal code');

/** Ids are short printable tokens without spaces (so they survive being typed into a chat). */
export const idSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'letters, digits, - and _ only');

export type BilingualText = z.output<typeof bilingualTextSchema>;
