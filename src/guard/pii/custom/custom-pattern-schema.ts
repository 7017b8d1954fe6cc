// The `pii.custom` entries of a guard policy: an organisation's own identifiers (employee numbers, customer numbers), each a type, an RE2 pattern and context words.
import { z } from 'zod';
import { isBuiltInPiiType } from '../types.ts';
import { patternProblem } from './re2-pattern.ts';

/** Upper-case letters and underscores: `[EMPLOYEE_ID_1]` then reads back as type and number. */
export const customTypePattern = /^[A-Z][A-Z_]{1,31}$/;
/** Context words are looked for this many characters before a match ("사번: ", "customer no. "). */
export const customContextWindow = 30;
/** How much a context word near a match raises its score. */
export const customContextBoost = 0.15;

export const customPatternSchema = z
  .strictObject({
    /** The finding type and placeholder label, e.g. `EMPLOYEE_ID` → `[EMPLOYEE_ID_1]`. */
    type: z
      .string()
      .regex(customTypePattern, 'must be 2–32 upper-case letters or underscores, starting with a letter, e.g. EMPLOYEE_ID')
      .refine((type) => !isBuiltInPiiType(type), 'is a built-in type; choose another name'),
    /**
     * Run on RE2 (as Google Cloud DLP custom detectors are), in the syntax RE2 and JavaScript share: no back-references or
     * look-around, always linear time (see `patternProblem` for what is refused).
     */
    pattern: z.string().min(1).max(500),
    ignoreCase: z.boolean().default(false),
    /** Words that, within 30 characters before a match, raise its score by 0.15 (matched without regard to case). */
    context: z.array(z.string().trim().min(1).max(50)).max(50).default([]),
    /** Keep a match only when a context word stands before it (for patterns as broad as a bare 8-digit number). */
    contextRequired: z.boolean().default(false),
    /** The score of a match without context; findings below the policy's `pii.minScore` are ignored. */
    score: z.number().min(0).max(1).default(0.85),
    /** Counts as protected data for `routing.protectedData: local-only`. */
    protected: z.boolean().default(true),
    /** The type in words, for refusals in each language ("사번", "employee number"); the type's name when absent. */
    label: z.strictObject({ ko: z.string().min(1).max(50).optional(), en: z.string().min(1).max(50).optional() }).optional(),
  })
  .superRefine((entry, context) => {
    const problem = patternProblem(entry.pattern, { ignoreCase: entry.ignoreCase });
    if (problem !== undefined) context.addIssue({ code: 'custom', path: ['pattern'], message: problem });
    if (entry.contextRequired && entry.context.length === 0)
      context.addIssue({ code: 'custom', path: ['contextRequired'], message: 'needs at least one context word' });
  });

export type CustomPattern = z.output<typeof customPatternSchema>;
export type CustomPatternInput = z.input<typeof customPatternSchema>;

/** At most 50 patterns, each type declared once. */
export const customPatternListSchema = z
  .array(customPatternSchema)
  .max(50)
  .superRefine((entries, context) => {
    const seen = new Set<string>();
    entries.forEach((entry, index) => {
      if (seen.has(entry.type)) context.addIssue({ code: 'custom', path: [index, 'type'], message: `${entry.type} is declared twice` });
      seen.add(entry.type);
    });
  });
