// Cholesky factorization of a symmetric matrix (with a growing ridge when it is not positive definite) and solves with the factor.

export interface CholeskyResult {
  /** Lower-triangular factor L (L·Lᵀ = matrix + ridge·I), as plain rows. */
  lower: number[][];
  /** What was added to the diagonal to make the matrix positive definite (0 when it already was). */
  ridge: number;
}

/** Row-major factor of a size × size matrix, or null when a pivot is not positive. */
function tryCholesky(matrix: Float64Array, size: number, ridge: number): Float64Array | null {
  const lower = new Float64Array(size * size);
  for (let row = 0; row < size; row++) {
    for (let column = 0; column <= row; column++) {
      let sum = (matrix[row * size + column] ?? 0) + (row === column ? ridge : 0);
      for (let k = 0; k < column; k++) sum -= (lower[row * size + k] ?? 0) * (lower[column * size + k] ?? 0);
      if (row === column) {
        if (!(sum > 0)) return null;
        lower[row * size + row] = Math.sqrt(sum);
      } else {
        lower[row * size + column] = sum / (lower[column * size + column] ?? 1);
      }
    }
  }
  return lower;
}

/**
 * Cholesky factor of a flat row-major matrix without any ridge, or null when the matrix is not positive definite.
 * @example
 * choleskyOrNull(new Float64Array([1, 2, 2, 1]), 2); // null
 */
export function choleskyOrNull(matrix: Float64Array, size: number): Float64Array | null {
  return tryCholesky(matrix, size, 0);
}

/**
 * Solves (L·Lᵀ)·x = b in place (b becomes x), given the row-major lower factor L of a size × size matrix.
 * @example
 * solveWithCholesky(choleskyFlat(matrix, 2).lower, 2, rightSide); // rightSide now holds the solution
 */
export function solveWithCholesky(lower: Float64Array, size: number, vector: Float64Array): Float64Array {
  for (let row = 0; row < size; row++) {
    let sum = vector[row] ?? 0;
    for (let k = 0; k < row; k++) sum -= (lower[row * size + k] ?? 0) * (vector[k] ?? 0);
    vector[row] = sum / (lower[row * size + row] ?? 1);
  }
  for (let row = size - 1; row >= 0; row--) {
    let sum = vector[row] ?? 0;
    for (let k = row + 1; k < size; k++) sum -= (lower[k * size + row] ?? 0) * (vector[k] ?? 0);
    vector[row] = sum / (lower[row * size + row] ?? 1);
  }
  return vector;
}

/**
 * Cholesky factor of a flat row-major matrix; the ridge starts at 1e-10 × the mean diagonal and grows ×10 until it works.
 * @example
 * choleskyFlat(new Float64Array([4, 2, 2, 3]), 2).lower; // Float64Array [2, 0, 1, 1.414…]
 */
export function choleskyFlat(matrix: Float64Array, size: number): { lower: Float64Array; ridge: number } {
  const direct = tryCholesky(matrix, size, 0);
  if (direct) return { lower: direct, ridge: 0 };
  let diagonalMean = 0;
  for (let index = 0; index < size; index++) diagonalMean += Math.abs(matrix[index * size + index] ?? 0);
  diagonalMean = size > 0 && diagonalMean > 0 ? diagonalMean / size : 1;
  for (let ridge = 1e-10 * diagonalMean; ; ridge *= 10) {
    const lower = tryCholesky(matrix, size, ridge);
    if (lower) return { lower, ridge };
    if (!Number.isFinite(ridge) || ridge > 1e6 * diagonalMean) break;
  }
  throw new RangeError('Cholesky failed: the matrix has non-finite entries.');
}

/**
 * Cholesky factor L of a symmetric matrix given as rows, with a ridge fallback for matrices that are not positive definite.
 * @example
 * cholesky([[1, 0.8], [0.8, 1]]).lower; // [[1, 0], [0.8, 0.6]]
 */
export function cholesky(matrix: readonly (readonly number[])[]): CholeskyResult {
  const size = matrix.length;
  const flat = new Float64Array(size * size);
  matrix.forEach((row, rowIndex) => row.forEach((value, columnIndex) => (flat[rowIndex * size + columnIndex] = value)));
  const { lower, ridge } = choleskyFlat(flat, size);
  const rows = Array.from({ length: size }, (_, row) => Array.from(lower.subarray(row * size, row * size + size)));
  return { lower: rows, ridge };
}
