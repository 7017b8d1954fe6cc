// Scales one row of a flat float32 matrix to unit length, shared by fitting (term vectors) and embedding (text vectors).

/**
 * Scales a row to unit length in place; false when it is all zeros.
 * @example
 * const values = new Float32Array([3, 4]);
 * normalizeRow(values, { offset: 0, dimensions: 2 }); // true; values is [0.6, 0.8]
 */
export function normalizeRow(values: Float32Array, span: { offset: number; dimensions: number }): boolean {
  let sum = 0;
  for (let index = span.offset; index < span.offset + span.dimensions; index += 1) sum += values[index]! * values[index]!;
  if (sum === 0) return false;
  const scale = 1 / Math.sqrt(sum);
  for (let index = span.offset; index < span.offset + span.dimensions; index += 1) values[index]! *= scale;
  return true;
}
