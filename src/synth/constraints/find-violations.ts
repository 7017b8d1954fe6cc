// Finds training rows that break the constraints, so a user sees them before fitting (a model cannot learn what the data denies).
import type { TypedTable } from '../table/types.ts';
import { checkConstraintsAgainstSchema } from './check-schema.ts';
import { columnByName, compileRowCheck, uniqueKey } from './row-checks.ts';
import type { Constraint } from './types.ts';

export interface ConstraintViolation {
  /** Index into the constraint list. */
  constraint: number;
  /** Row indexes (0-based) that break it; for unique, every repeat after the first occurrence. */
  rows: number[];
}

/**
 * Lists, per broken constraint, the rows that break it; constraints that hold are left out.
 * @example
 * findViolations([{ type: 'inequality', low: '시작일', high: '종료일' }], table); // [{ constraint: 0, rows: [17, 204] }]
 */
export function findViolations(constraints: Constraint[], table: TypedTable): ConstraintViolation[] {
  checkConstraintsAgainstSchema(
    constraints,
    table.columns.map((column) => column.spec),
  );
  const violations: ConstraintViolation[] = [];
  constraints.forEach((constraint, index) => {
    const rows: number[] = [];
    if (constraint.type === 'unique') {
      const columns = constraint.columns.map((name) => columnByName(table, name).values);
      const seen = new Set<string>();
      for (let row = 0; row < table.rowCount; row += 1) {
        const key = uniqueKey(columns, row);
        if (key === null) continue;
        if (seen.has(key)) rows.push(row);
        else seen.add(key);
      }
    } else {
      const check = compileRowCheck(constraint, table);
      if (check) for (let row = 0; row < table.rowCount; row += 1) if (!check(row)) rows.push(row);
    }
    if (rows.length > 0) violations.push({ constraint: index, rows });
  });
  return violations;
}
