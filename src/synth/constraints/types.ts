// The constraint contract: what users write in c.json (validated by zod) and the JSON plan that undoes the fit-time reshaping.
import { z } from 'zod';
import type { ColumnSpec } from '../table/types.ts';

const columnName = z.string().min(1, 'a column name must not be empty');
const bound = z.union([z.number(), z.string().min(1)], { error: 'expected a number or an ISO date string (e.g. "2024-01-31")' });

const rangeSchema = z
  .strictObject({ type: z.literal('range'), column: columnName, min: bound.optional(), max: bound.optional() })
  .refine((constraint) => constraint.min !== undefined || constraint.max !== undefined, {
    message: 'a range needs min, max or both',
  });

const positiveSchema = z.strictObject({ type: z.literal('positive'), column: columnName, strict: z.boolean().optional() });

const uniqueSchema = z.strictObject({ type: z.literal('unique'), columns: z.array(columnName).min(1, 'list at least one column') });

const fixedCombinationsSchema = z.strictObject({
  type: z.literal('fixed-combinations'),
  columns: z.array(columnName).min(2, 'fixed-combinations needs at least two columns'),
});

const inequalitySchema = z.strictObject({
  type: z.literal('inequality'),
  low: columnName,
  high: columnName,
  strict: z.boolean().optional(),
});

const formulaSchema = z.strictObject({
  type: z.literal('formula'),
  column: columnName,
  expression: z.string().trim().min(1, 'the expression must not be empty'),
});

export const constraintTypes = ['range', 'positive', 'unique', 'fixed-combinations', 'inequality', 'formula'] as const;

/** One user constraint; sampled rows always satisfy every constraint. */
export const constraintSchema = z.discriminatedUnion(
  'type',
  [rangeSchema, positiveSchema, uniqueSchema, fixedCombinationsSchema, inequalitySchema, formulaSchema],
  {
    error: (issue) => (issue.code === 'invalid_union' ? `type must be one of: ${constraintTypes.join(', ')}` : undefined),
  },
);

/** `min ≤ value ≤ max`; numbers for numeric columns, ISO date strings for datetime columns. */
export type RangeConstraint = z.infer<typeof rangeSchema>;
/** `value > 0` (strict, the default) or `value ≥ 0`. */
export type PositiveConstraint = z.infer<typeof positiveSchema>;
/** The combination of `columns` is unique across sampled rows (combinations with a missing cell are exempt). */
export type UniqueConstraint = z.infer<typeof uniqueSchema>;
/** Only combinations seen in training (시도+시군구, brand+model). */
export type FixedCombinationsConstraint = z.infer<typeof fixedCombinationsSchema>;
/** `low < high` (strict, the default) or `low ≤ high`, both numeric or both datetime. */
export type InequalityConstraint = z.infer<typeof inequalitySchema>;
/** `column = expression`, e.g. '`단가` * `수량` + shipping'. */
export type FormulaConstraint = z.infer<typeof formulaSchema>;

export type Constraint =
  RangeConstraint | PositiveConstraint | UniqueConstraint | FixedCombinationsConstraint | InequalityConstraint | FormulaConstraint;

/** Fixed combinations became one categorical column; its categories are the seen combinations. */
export interface CombineStep {
  kind: 'combine';
  /** The combined column's name: the columns joined by ' + '. */
  column: string;
  columns: string[];
  /** Seen combinations, each the cells' tokens joined by COMBINATION_SEPARATOR (missing cells are MISSING_TOKEN). */
  combinations: string[];
}

/** `high` was replaced by `gapColumn` = (high − low) / unit; `rawColumn` keeps high where low is missing. */
export interface GapStep {
  kind: 'gap';
  low: string;
  high: string;
  gapColumn: string;
  /** `<high>#raw`, only when training rows had high without low; null otherwise. */
  rawColumn: string | null;
  /** Units of the gap: 1 for numbers, 86 400 000 when dates are whole days (the gap counts days), 1000 for whole seconds. */
  unit: number;
  strict: boolean;
}

/** The result column was dropped and is computed again from its inputs. */
export interface FormulaStep {
  kind: 'formula';
  column: string;
  expression: string;
}

export type PlanStep = CombineStep | GapStep | FormulaStep;

/** Plain JSON saved inside the model file: the original columns and the steps `reverseTransform` runs in order. */
export interface ConstraintPlan {
  version: 1;
  columns: ColumnSpec[];
  steps: PlanStep[];
}

/** Joins the cells of a fixed combination (U+241F SYMBOL FOR UNIT SEPARATOR). */
export const COMBINATION_SEPARATOR = '\u241f';
/** Stands for a missing cell inside a combination (U+2400 SYMBOL FOR NULL). */
export const MISSING_TOKEN = '\u2400';
