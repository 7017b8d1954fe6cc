// The multivariate normal of the free columns' scores given the fixed ones (Schur complement), factored once per fixed set.
import { choleskyFlat, solveWithCholesky } from '../../stats/index.ts';

export interface ConditionalNormal {
  fixed: Int32Array;
  free: Int32Array;
  /** Σ_RF Σ_FF⁻¹, free × fixed, row-major: the conditional mean is regression · z_F. */
  regression: Float64Array;
  /** Lower Cholesky factor of Σ_RR − Σ_RF Σ_FF⁻¹ Σ_FR, free × free, row-major. */
  lower: Float64Array;
}

/**
 * Conditions a correlation matrix (flat, size × size) on the columns in `fixed` (ascending).
 * @example
 * conditionalNormal(Float64Array.from([1, 0.8, 0.8, 1]), { size: 2, fixed: [0] }).regression; // [0.8]
 */
export function conditionalNormal(correlation: Float64Array, layout: { size: number; fixed: readonly number[] }): ConditionalNormal {
  const { size } = layout;
  const fixed = Int32Array.from(layout.fixed);
  const fixedSet = new Set(layout.fixed);
  const free = Int32Array.from({ length: size }, (_, index) => index).filter((index) => !fixedSet.has(index));
  const at = (row: number, column: number) => correlation[row * size + column] ?? 0;
  const fixedCount = fixed.length;
  const freeCount = free.length;
  const fixedBlock = new Float64Array(fixedCount * fixedCount);
  fixed.forEach((row, i) => fixed.forEach((column, j) => (fixedBlock[i * fixedCount + j] = at(row, column))));
  const fixedLower = choleskyFlat(fixedBlock, fixedCount).lower;
  const regression = new Float64Array(freeCount * fixedCount);
  const solution = new Float64Array(fixedCount);
  free.forEach((freeColumn, i) => {
    fixed.forEach((fixedColumn, j) => (solution[j] = at(fixedColumn, freeColumn)));
    solveWithCholesky(fixedLower, fixedCount, solution);
    regression.set(solution, i * fixedCount);
  });
  const covariance = new Float64Array(freeCount * freeCount);
  for (let i = 0; i < freeCount; i++) {
    for (let j = 0; j <= i; j++) {
      let value = at(free[i] ?? 0, free[j] ?? 0);
      for (let k = 0; k < fixedCount; k++) value -= (regression[i * fixedCount + k] ?? 0) * at(fixed[k] ?? 0, free[j] ?? 0);
      covariance[i * freeCount + j] = value;
      covariance[j * freeCount + i] = value;
    }
  }
  return { fixed, free, regression, lower: choleskyFlat(covariance, freeCount).lower };
}
