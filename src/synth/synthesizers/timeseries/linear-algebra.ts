// Small dense linear algebra on row-major Float64Arrays: Cholesky factorisation and solves for the copula and the VAR.

/**
 * Lower Cholesky factor of a symmetric positive definite `size`×`size` matrix, or null when it is not positive definite.
 * @example
 * choleskyLower(Float64Array.of(4, 2, 2, 3), 2); // [2, 0, 1, 1.414…]
 */
export function choleskyLower(matrix: Float64Array, size: number): Float64Array | null {
  const lower = new Float64Array(size * size);
  for (let row = 0; row < size; row++) {
    for (let column = 0; column <= row; column++) {
      let sum = matrix[row * size + column] ?? 0;
      for (let k = 0; k < column; k++) sum -= (lower[row * size + k] ?? 0) * (lower[column * size + k] ?? 0);
      if (row === column) {
        if (!(sum > 1e-12)) return null;
        lower[row * size + row] = Math.sqrt(sum);
      } else {
        lower[row * size + column] = sum / (lower[column * size + column] ?? 1);
      }
    }
  }
  return lower;
}

/**
 * Solves A·x = b given A's lower Cholesky factor.
 * @example
 * solveWithCholesky(choleskyLower(a, 2)!, 2, Float64Array.of(1, 2));
 */
export function solveWithCholesky(lower: Float64Array, size: number, rightSide: Float64Array): Float64Array {
  const forward = new Float64Array(size);
  for (let row = 0; row < size; row++) {
    let sum = rightSide[row] ?? 0;
    for (let k = 0; k < row; k++) sum -= (lower[row * size + k] ?? 0) * (forward[k] ?? 0);
    forward[row] = sum / (lower[row * size + row] ?? 1);
  }
  const solution = new Float64Array(size);
  for (let row = size - 1; row >= 0; row--) {
    let sum = forward[row] ?? 0;
    for (let k = row + 1; k < size; k++) sum -= (lower[k * size + row] ?? 0) * (solution[k] ?? 0);
    solution[row] = sum / (lower[row * size + row] ?? 1);
  }
  return solution;
}

/**
 * Cholesky factor of `matrix + ridge·I`, raising the ridge until the factorisation succeeds.
 * @example
 * robustCholesky(Float64Array.of(1, 1, 1, 1), 2); // works although the matrix is singular
 */
export function robustCholesky(matrix: Float64Array, size: number): Float64Array {
  let trace = 0;
  for (let index = 0; index < size; index++) trace += matrix[index * size + index] ?? 0;
  let ridge = Math.max(1e-12, (1e-9 * trace) / Math.max(1, size));
  for (let attempt = 0; attempt < 40; attempt++) {
    const shifted = Float64Array.from(matrix);
    for (let index = 0; index < size; index++) shifted[index * size + index] = (shifted[index * size + index] ?? 0) + ridge;
    const lower = choleskyLower(shifted, size);
    if (lower) return lower;
    ridge *= 10;
  }
  // Only non-finite input gets here; an identity factor keeps sampling defined.
  const identity = new Float64Array(size * size);
  for (let index = 0; index < size; index++) identity[index * size + index] = 1;
  return identity;
}
