// SDMetrics TVComplement: 1 − total variation distance between category frequencies (missing is its own category).
import { codeCounts } from './column-values.ts';

/**
 * Total variation distance ½ Σ |p − q| between the code frequencies of two samples sharing one code space.
 * @example
 * totalVariation(Int32Array.of(0, 0, 1), Int32Array.of(0, 1, 1), 2); // 1/3
 */
export function totalVariation(realCodes: Int32Array, syntheticCodes: Int32Array, cardinality: number): number {
  const realCounts = codeCounts(realCodes, cardinality);
  const syntheticCounts = codeCounts(syntheticCodes, cardinality);
  let sum = 0;
  for (let code = 0; code < cardinality; code += 1) {
    sum += Math.abs((realCounts[code] ?? 0) / realCodes.length - (syntheticCounts[code] ?? 0) / syntheticCodes.length);
  }
  return sum / 2;
}

/**
 * TVComplement; null when either side has no rows.
 * @example
 * tvComplement(Int32Array.of(0, 0, 1), Int32Array.of(0, 1, 1), 2); // 2/3
 */
export function tvComplement(realCodes: Int32Array, syntheticCodes: Int32Array, cardinality: number): number | null {
  if (realCodes.length === 0 || syntheticCodes.length === 0) return null;
  return 1 - totalVariation(realCodes, syntheticCodes, cardinality);
}
