// Public surface of synthetic-data constraints: parse, check, reshape for fitting, undo after sampling, enforce by rejection.
export {
  COMBINATION_SEPARATOR,
  MISSING_TOKEN,
  constraintSchema,
  constraintTypes,
  type CombineStep,
  type Constraint,
  type ConstraintPlan,
  type FixedCombinationsConstraint,
  type FormulaConstraint,
  type FormulaStep,
  type GapStep,
  type InequalityConstraint,
  type PlanStep,
  type PositiveConstraint,
  type RangeConstraint,
  type UniqueConstraint,
} from './types.ts';
export { parseConstraints } from './parse-constraints.ts';
export { checkConstraintsAgainstSchema } from './check-schema.ts';
export { describeConstraint } from './describe-constraint.ts';
export { ExpressionSyntaxError, expressionColumns, parseExpression, type Expression } from './expression.ts';
export { findViolations, type ConstraintViolation } from './find-violations.ts';
export { transformForFit } from './transform-for-fit.ts';
export { reverseTransform } from './reverse-transform.ts';
export { addUniqueKeys, evaluateRows, satisfiedRows, type RowEvaluation, type SatisfiedRowsOptions } from './satisfied-rows.ts';
export { repairTable } from './repair-table.ts';
export { enforceConstraints, type EnforceConstraintsOptions } from './enforce-constraints.ts';
