// Turns sampling conditions into fixed columns: the exact value to write and the CDF span its normal score is drawn from.
import { GenstackError } from '../../../core/errors.ts';
import type { CompiledCopula } from './compiled-copula.ts';
import { sampledCdf } from './marginals/goodness-of-fit.ts';

export interface FixedColumn {
  index: number;
  value: number;
  /** u is drawn from [low, low + width] each row (width 0: the same u every row). */
  low: number;
  width: number;
}

/**
 * Validates conditions against the fitted columns and returns them sorted by column index.
 * @example
 * fixedColumns(compiled, new Map([[2, 1]])); // [{ index: 2, value: 1, low: 0.4, width: 0.35 }]
 */
export function fixedColumns(compiled: CompiledCopula, conditions: ReadonlyMap<number, number> | undefined): FixedColumn[] {
  if (!conditions) return [];
  const fixed: FixedColumn[] = [];
  for (const [index, value] of conditions) {
    const column = compiled.columns[index];
    if (!Number.isInteger(index) || !column)
      throw new GenstackError({
        code: 'invalid_request',
        message: `Condition on column ${index}: there is no such column (the model has ${compiled.size}).`,
        param: 'conditions',
      });
    const { params } = column;
    if (params.type === 'discrete') {
      if (!(Number.isInteger(value) && value >= 0 && value < params.cardinality))
        throw new GenstackError({
          code: 'invalid_request',
          message: `Condition on '${params.name}': code ${value} is not a category code in 0…${params.cardinality - 1}.`,
          param: 'conditions',
        });
      const starts = 'starts' in column ? column.starts : new Float64Array(0);
      fixed.push({ index, value, low: starts[value] ?? 0, width: params.probabilities[value] ?? 0 });
      continue;
    }
    if (!Number.isFinite(value))
      throw new GenstackError({
        code: 'invalid_request',
        message: `Condition on '${params.name}': ${value} is not a finite number.`,
        param: 'conditions',
      });
    // An atom (or an integer's rounding span) is a jump in the CDF: draw u inside it, like the randomized PIT at fit time.
    const distribution = sampledCdf(params.marginal, params.integer);
    const low = (distribution.cdfLeft ?? distribution.cdf)(value);
    fixed.push({ index, value, low, width: Math.max(0, distribution.cdf(value) - low) });
  }
  return fixed.sort((left, right) => left.index - right.index);
}
