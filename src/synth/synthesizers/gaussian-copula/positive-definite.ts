// Makes a correlation matrix safely positive definite: eigenvalue clipping first, a shrink toward the identity as the last resort.
import { choleskyFlat, nearestCorrelation } from '../../stats/index.ts';

/** Smallest eigenvalue kept, so conditioning on near-duplicate columns stays numerically sane. */
const minEigenvalue = 1e-4;
/** A Cholesky pivot² is a conditional variance, never below the smallest eigenvalue; below this one the matrix is repaired. */
const minConditionalVariance = 1e-6;

/** 0 when the matrix factors with every conditional variance ≥ the minimum, else the ridge a factorization needs. */
function ridgeNeeded(matrix: number[][]): number {
  const size = matrix.length;
  const flat = new Float64Array(size * size);
  matrix.forEach((row, rowIndex) => row.forEach((value, columnIndex) => (flat[rowIndex * size + columnIndex] = value)));
  const { lower, ridge } = choleskyFlat(flat, size);
  if (ridge > 0) return ridge;
  for (let index = 0; index < size; index++) {
    if ((lower[index * size + index] ?? 0) ** 2 < minConditionalVariance) return minConditionalVariance;
  }
  return 0;
}

/**
 * The matrix itself when comfortably positive definite, else its nearest eigenvalue-clipped correlation matrix.
 * @example
 * positiveDefiniteCorrelation([[1, 1], [1, 1]]); // [[1, 0.9999], [0.9999, 1]]
 */
export function positiveDefiniteCorrelation(matrix: number[][]): number[][] {
  if (ridgeNeeded(matrix) === 0) return matrix;
  const repaired = nearestCorrelation(matrix, minEigenvalue);
  const ridge = ridgeNeeded(repaired);
  if (ridge === 0) return repaired;
  // Rounding left it just short: shrink a little toward the identity, keeping a unit diagonal.
  const shrink = ridge * 10;
  return repaired.map((row, i) => row.map((value, j) => (i === j ? 1 : value / (1 + shrink))));
}
