// Which sampled rows keep every constraint; unique keys are checked within the batch and against earlier batches.
import type { TypedTable } from '../table/types.ts';
import { columnByName, compileRowCheck, uniqueKey, type RowCheck } from './row-checks.ts';
import type { Constraint, ConstraintPlan } from './types.ts';

export interface SatisfiedRowsOptions {
  /** Unique keys of rows accepted in earlier batches (see addUniqueKeys); read, never changed here. */
  seen?: ReadonlySet<string>;
  /** The fit plan; fixed-combinations are only checked with it (it holds the seen combinations). */
  plan?: ConstraintPlan;
}

export interface RowEvaluation {
  accepted: boolean[];
  /** Per constraint, how many rows broke it (a row may break several). */
  rejectedBy: number[];
}

/** Per unique constraint, the key of each row (null: exempt); keys carry the constraint index so they never collide. */
function uniqueKeysOf(constraints: Constraint[], table: TypedTable): { index: number; keyAt: (row: number) => string | null }[] {
  return constraints.flatMap((constraint, index) => {
    if (constraint.type !== 'unique') return [];
    const columns = constraint.columns.map((name) => columnByName(table, name).values);
    return [
      {
        index,
        keyAt: (row: number) => {
          const key = uniqueKey(columns, row);
          return key === null ? null : `${index}:${key}`;
        },
      },
    ];
  });
}

/**
 * Evaluates every row: the per-row constraints first, then unique keys in row order, so the first valid occurrence of
 * a key wins and a row that fails elsewhere never blocks a later one.
 * @example
 * evaluateRows(constraints, batch, { plan }).rejectedBy; // [0, 412, 3]
 */
export function evaluateRows(constraints: Constraint[], table: TypedTable, options: SatisfiedRowsOptions = {}): RowEvaluation {
  const checks = constraints.map((constraint) => compileRowCheck(constraint, table, options.plan));
  const rejectedBy = constraints.map(() => 0);
  const accepted = new Array<boolean>(table.rowCount).fill(true);
  checks.forEach((check: RowCheck | null, index) => {
    if (!check) return;
    for (let row = 0; row < table.rowCount; row += 1) {
      if (check(row)) continue;
      accepted[row] = false;
      rejectedBy[index] = (rejectedBy[index] ?? 0) + 1;
    }
  });
  const uniques = uniqueKeysOf(constraints, table);
  if (uniques.length === 0) return { accepted, rejectedBy };
  const taken = new Set<string>();
  for (let row = 0; row < table.rowCount; row += 1) {
    if (!accepted[row]) continue;
    const keys: string[] = [];
    for (const unique of uniques) {
      const key = unique.keyAt(row);
      if (key === null) continue;
      if (taken.has(key) || options.seen?.has(key)) {
        accepted[row] = false;
        rejectedBy[unique.index] = (rejectedBy[unique.index] ?? 0) + 1;
      } else keys.push(key);
    }
    if (accepted[row]) for (const key of keys) taken.add(key);
  }
  return { accepted, rejectedBy };
}

/**
 * Per row whether all constraints hold (unique across the table and against `seen` keys from earlier batches).
 * @example
 * satisfiedRows([{ type: 'unique', columns: ['고객번호'] }], batch, { seen }); // [true, false, true, …]
 */
export function satisfiedRows(constraints: Constraint[], table: TypedTable, options?: SatisfiedRowsOptions): boolean[] {
  return evaluateRows(constraints, table, options).accepted;
}

/**
 * Adds the unique keys of the accepted rows to `seen`, so the next batch is checked against them.
 * @example
 * addUniqueKeys(constraints, batch, { accepted, seen });
 */
export function addUniqueKeys(constraints: Constraint[], table: TypedTable, target: { accepted: boolean[]; seen: Set<string> }): void {
  for (const unique of uniqueKeysOf(constraints, table)) {
    for (let row = 0; row < table.rowCount; row += 1) {
      if (!target.accepted[row]) continue;
      const key = unique.keyAt(row);
      if (key !== null) target.seen.add(key);
    }
  }
}
