// Samples batches, undoes the fit plan, keeps the rows that satisfy every constraint and resamples until enough remain.
import { GenstackError } from '../../core/errors.ts';
import type { Cell, TypedTable } from '../table/types.ts';
import { describeConstraint } from './describe-constraint.ts';
import { repairTable } from './repair-table.ts';
import { reverseTransform } from './reverse-transform.ts';
import { addUniqueKeys, evaluateRows } from './satisfied-rows.ts';
import type { Constraint, ConstraintPlan } from './types.ts';

export interface EnforceConstraintsOptions {
  constraints: Constraint[];
  plan: ConstraintPlan;
  /** Samples `rows` rows shaped like transformForFit's output table (the caller seeds its randomness). */
  sampleBatch: (rows: number) => TypedTable;
  rows: number;
  /** Batches to draw before giving up (default 20). */
  maxAttempts?: number;
}

/** The next batch: enough for the rows still missing at the share accepted so far, plus a margin; bounded. */
function nextBatchSize(missing: number, progress: { accepted: number; sampled: number; previous: number; cap: number }): number {
  if (progress.sampled === 0) return missing;
  if (progress.accepted === 0) return Math.min(progress.cap, progress.previous * 2);
  const share = progress.accepted / progress.sampled;
  return Math.max(missing, Math.min(progress.cap, Math.ceil((missing / share) * 1.2) + 8));
}

function emptyTable(template: TypedTable): TypedTable {
  return { rowCount: 0, columns: template.columns.map((column) => ({ spec: column.spec, values: [] as Cell[] })) };
}

function tooFewRows(
  options: EnforceConstraintsOptions,
  totals: { accepted: number; sampled: number; rejectedBy: number[] },
): GenstackError {
  let worst = 0;
  totals.rejectedBy.forEach((count, index) => {
    if (count > (totals.rejectedBy[worst] ?? 0)) worst = index;
  });
  const constraint = options.constraints[worst];
  const blame = constraint
    ? ` constraints[${worst}] (${describeConstraint(constraint)}) rejected the most rows (${totals.rejectedBy[worst] ?? 0}).`
    : '';
  return new GenstackError({
    code: 'unprocessable',
    message:
      `Could not sample ${options.rows} rows that satisfy the constraints: ${totals.accepted} of ${totals.sampled} sampled rows were valid ` +
      `after ${options.maxAttempts ?? 20} batches.${blame} Loosen that constraint or check that the training data keeps it.`,
    param: 'constraints',
    details: { constraint: worst, rejectedBy: totals.rejectedBy, accepted: totals.accepted, sampled: totals.sampled },
  });
}

/**
 * Returns exactly `rows` rows in the original column layout, all satisfying the constraints (rejection sampling).
 * Throws unprocessable, naming the constraint that rejects most rows, when maxAttempts batches are not enough.
 * @example
 * const table = enforceConstraints({ constraints, plan, rows: 1000, sampleBatch: (n) => decode(synthesizer.sample(params, { rows: n, random })) });
 */
export function enforceConstraints(options: EnforceConstraintsOptions): TypedTable {
  const maxAttempts = options.maxAttempts ?? 20;
  const seen = new Set<string>();
  const rejectedBy = options.constraints.map(() => 0);
  const cap = Math.max(options.rows, 1000) * 10;
  let result: TypedTable | null = null;
  let sampled = 0;
  let previous = 0;
  for (let attempt = 0; attempt < maxAttempts; attempt += 1) {
    const accepted = result?.rowCount ?? 0;
    if (accepted >= options.rows && result) return result;
    const size = nextBatchSize(options.rows - accepted, { accepted, sampled, previous, cap });
    const restored = reverseTransform(options.plan, options.sampleBatch(size));
    const batch = repairTable(options.constraints, restored).table;
    const evaluation = evaluateRows(options.constraints, batch, { seen, plan: options.plan });
    evaluation.rejectedBy.forEach((count, index) => (rejectedBy[index] = (rejectedBy[index] ?? 0) + count));
    addUniqueKeys(options.constraints, batch, { accepted: evaluation.accepted, seen });
    sampled += batch.rowCount;
    previous = size;
    result ??= emptyTable(batch);
    for (let row = 0; row < batch.rowCount && result.rowCount < options.rows; row += 1) {
      if (!evaluation.accepted[row]) continue;
      batch.columns.forEach((column, index) => result?.columns[index]?.values.push(column.values[row] ?? null));
      result.rowCount += 1;
    }
  }
  if (result && result.rowCount >= options.rows) return result;
  throw tooFewRows(options, { accepted: result?.rowCount ?? 0, sampled, rejectedBy });
}
