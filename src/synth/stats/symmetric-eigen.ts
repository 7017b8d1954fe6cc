// Eigenvalues and eigenvectors of a symmetric matrix (cyclic Jacobi), and the eigenvalue-clipped nearest correlation matrix.

export interface SymmetricEigen {
  values: Float64Array;
  /** Row-major size × size; column k is the eigenvector of values[k]. */
  vectors: Float64Array;
}

/**
 * Cyclic Jacobi eigen-decomposition of a flat row-major symmetric matrix (O(size³) per sweep; fine up to a few hundred).
 * @example
 * symmetricEigen(Float64Array.from([2, 1, 1, 2]), 2).values; // [1, 3] (in some order)
 */
export function symmetricEigen(matrix: Float64Array, size: number): SymmetricEigen {
  const a = Float64Array.from(matrix);
  const vectors = new Float64Array(size * size);
  for (let index = 0; index < size; index++) vectors[index * size + index] = 1;
  for (let sweep = 0; sweep < 60; sweep++) {
    let offDiagonal = 0;
    for (let p = 0; p < size; p++) for (let q = p + 1; q < size; q++) offDiagonal += (a[p * size + q] ?? 0) ** 2;
    if (offDiagonal < 1e-22) break;
    for (let p = 0; p < size; p++) {
      for (let q = p + 1; q < size; q++) {
        const apq = a[p * size + q] ?? 0;
        if (Math.abs(apq) < 1e-300) continue;
        const app = a[p * size + p] ?? 0;
        const aqq = a[q * size + q] ?? 0;
        const theta = (aqq - app) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < size; k++) {
          const akp = a[k * size + p] ?? 0;
          const akq = a[k * size + q] ?? 0;
          a[k * size + p] = c * akp - s * akq;
          a[k * size + q] = s * akp + c * akq;
        }
        for (let k = 0; k < size; k++) {
          const apk = a[p * size + k] ?? 0;
          const aqk = a[q * size + k] ?? 0;
          a[p * size + k] = c * apk - s * aqk;
          a[q * size + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < size; k++) {
          const vkp = vectors[k * size + p] ?? 0;
          const vkq = vectors[k * size + q] ?? 0;
          vectors[k * size + p] = c * vkp - s * vkq;
          vectors[k * size + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  return { values: Float64Array.from({ length: size }, (_, index) => a[index * size + index] ?? 0), vectors };
}

/**
 * A correlation matrix close to `matrix` whose eigenvalues are at least `minEigenvalue`: negative eigenvalues are
 * clipped, then the diagonal is scaled back to 1. Returns the input unchanged when it already qualifies.
 * @example
 * nearestCorrelation([[1, 0.9, 0.9], [0.9, 1, -0.9], [0.9, -0.9, 1]]); // positive definite, unit diagonal
 */
export function nearestCorrelation(matrix: readonly (readonly number[])[], minEigenvalue = 1e-6): number[][] {
  const size = matrix.length;
  const flat = new Float64Array(size * size);
  matrix.forEach((row, i) => row.forEach((value, j) => (flat[i * size + j] = value)));
  const { values, vectors } = symmetricEigen(flat, size);
  if (values.every((value) => value >= minEigenvalue)) return matrix.map((row) => [...row]);
  const clipped = values.map((value) => Math.max(value, minEigenvalue));
  const rebuilt = new Float64Array(size * size);
  for (let i = 0; i < size; i++) {
    for (let j = i; j < size; j++) {
      let sum = 0;
      for (let k = 0; k < size; k++) sum += (vectors[i * size + k] ?? 0) * (clipped[k] ?? 0) * (vectors[j * size + k] ?? 0);
      rebuilt[i * size + j] = sum;
      rebuilt[j * size + i] = sum;
    }
  }
  const scale = Float64Array.from({ length: size }, (_, i) => 1 / Math.sqrt(rebuilt[i * size + i] ?? 1));
  return Array.from({ length: size }, (_, i) =>
    Array.from({ length: size }, (_, j) =>
      i === j ? 1 : Math.max(-1, Math.min(1, (rebuilt[i * size + j] ?? 0) * (scale[i] ?? 1) * (scale[j] ?? 1))),
    ),
  );
}
