// Human-readable names for constraints in error messages ("constraints[1] (inequality 시작일 < 종료일)").
import { GenstackError } from '../../core/errors.ts';
import type { Constraint } from './types.ts';

/**
 * @example
 * describeConstraint({ type: 'inequality', low: '시작일', high: '종료일' }); // 'inequality 시작일 < 종료일'
 */
export function describeConstraint(constraint: Constraint): string {
  switch (constraint.type) {
    case 'range':
      return `range ${constraint.column} in [${constraint.min ?? '−∞'}, ${constraint.max ?? '∞'}]`;
    case 'positive':
      return `positive ${constraint.column} ${constraint.strict === false ? '≥' : '>'} 0`;
    case 'unique':
      return `unique (${constraint.columns.join(', ')})`;
    case 'fixed-combinations':
      return `fixed-combinations (${constraint.columns.join(', ')})`;
    case 'inequality':
      return `inequality ${constraint.low} ${constraint.strict === false ? '≤' : '<'} ${constraint.high}`;
    case 'formula':
      return `formula ${constraint.column} = ${constraint.expression}`;
  }
}

/** An invalid_request that names the constraint by index and kind. */
export function constraintError(constraint: Constraint, index: number, problem: string): GenstackError {
  return new GenstackError({
    code: 'invalid_request',
    message: `constraints[${index}] (${describeConstraint(constraint)}): ${problem}`,
    param: 'constraints',
    details: { constraint: index },
  });
}
