// Pearson correlation of equally long Float64Arrays, pairwise or as a full matrix.

/**
 * Pearson correlation of two equally long samples; 0 when either is constant.
 * @example
 * pearsonCorrelation(new Float64Array([1, 2, 3]), new Float64Array([2, 4, 7])); // 0.993…
 */
export function pearsonCorrelation(left: Float64Array, right: Float64Array): number {
  return pearsonOrNull(left, right) ?? 0;
}

/**
 * Pearson correlation of two equally long samples; null with fewer than 2 values or when either is constant.
 * @example
 * pearsonOrNull(new Float64Array([1, 1, 1]), new Float64Array([1, 2, 3])); // null
 */
export function pearsonOrNull(left: Float64Array, right: Float64Array): number | null {
  const length = Math.min(left.length, right.length);
  if (length < 2) return null;
  let meanLeft = 0;
  let meanRight = 0;
  for (let index = 0; index < length; index++) {
    meanLeft += left[index] ?? 0;
    meanRight += right[index] ?? 0;
  }
  meanLeft /= length;
  meanRight /= length;
  // Two passes around the means: datetimes are ~1e12 ms, where one-pass sums of squares lose all precision.
  let covariance = 0;
  let varianceLeft = 0;
  let varianceRight = 0;
  for (let index = 0; index < length; index++) {
    const deltaLeft = (left[index] ?? 0) - meanLeft;
    const deltaRight = (right[index] ?? 0) - meanRight;
    covariance += deltaLeft * deltaRight;
    varianceLeft += deltaLeft * deltaLeft;
    varianceRight += deltaRight * deltaRight;
  }
  if (varianceLeft <= 0 || varianceRight <= 0) return null;
  return Math.max(-1, Math.min(1, covariance / Math.sqrt(varianceLeft * varianceRight)));
}

/**
 * Pearson correlation matrix of columns (unit diagonal; 0 off the diagonal for a constant column), O(rows · columns²).
 * @example
 * correlationMatrix([a, b]); // [[1, ρ], [ρ, 1]]
 */
export function correlationMatrix(columns: readonly Float64Array[]): number[][] {
  const count = columns.length;
  const rows = count > 0 ? Math.min(...columns.map((column) => column.length)) : 0;
  const centered = columns.map((column) => {
    let mean = 0;
    for (let index = 0; index < rows; index++) mean += column[index] ?? 0;
    mean /= Math.max(1, rows);
    const values = new Float64Array(rows);
    let sumSquares = 0;
    for (let index = 0; index < rows; index++) {
      const delta = (column[index] ?? 0) - mean;
      values[index] = delta;
      sumSquares += delta * delta;
    }
    // Scale to unit length so each correlation is a plain dot product.
    const scale = sumSquares > 0 ? 1 / Math.sqrt(sumSquares) : 0;
    for (let index = 0; index < rows; index++) values[index] = (values[index] ?? 0) * scale;
    return values;
  });
  const matrix = Array.from({ length: count }, (_, index) => {
    const row = new Array<number>(count).fill(0);
    row[index] = 1;
    return row;
  });
  for (let first = 0; first < count; first++) {
    const left = centered[first] ?? new Float64Array(0);
    for (let second = first + 1; second < count; second++) {
      const right = centered[second] ?? new Float64Array(0);
      let dot = 0;
      for (let index = 0; index < rows; index++) dot += (left[index] ?? 0) * (right[index] ?? 0);
      const value = Math.max(-1, Math.min(1, dot));
      const firstRow = matrix[first];
      const secondRow = matrix[second];
      if (firstRow) firstRow[second] = value;
      if (secondRow) secondRow[first] = value;
    }
  }
  return matrix;
}
