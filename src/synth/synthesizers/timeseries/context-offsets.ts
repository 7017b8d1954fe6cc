// Additive level offsets per discrete context value (라인 A vs B, model X vs Y), fitted by shrunk backfitting.

export interface DiscreteCodes {
  codes: Int32Array;
  cardinality: number;
}

export interface FittedOffsets {
  mean: number;
  /** Per factor, an offset per code (empty for factors with too many codes to be worth it). */
  offsets: Float64Array[];
  /** What the offsets leave unexplained, per item. */
  residuals: Float64Array;
}

const maxCodes = 5000;

/**
 * Fits `values ≈ mean + Σ offsets[f][code_f]` with each offset shrunk toward 0 by n / (n + prior).
 * @example
 * fitAdditiveOffsets(entityLevels, [lineCodes, modelCodes], 2).offsets[0]; // [-2.1, 2.0] for lines A and B
 */
export function fitAdditiveOffsets(values: Float64Array, factors: DiscreteCodes[], prior: number): FittedOffsets {
  const count = values.length;
  let mean = 0;
  for (const value of values) mean += value;
  mean /= Math.max(1, count);
  const offsets = factors.map((factor) => new Float64Array(factor.cardinality <= maxCodes ? factor.cardinality : 0));
  const residuals = values.map((value) => value - mean);
  if (offsets.every((offset) => offset.length === 0)) return { mean, offsets, residuals };
  for (let iteration = 0; iteration < 4; iteration++) {
    factors.forEach((factor, index) => {
      const offset = offsets[index];
      if (!offset || offset.length === 0) return;
      const sums = new Float64Array(offset.length);
      const counts = new Float64Array(offset.length);
      for (let item = 0; item < count; item++) {
        const code = factor.codes[item] ?? 0;
        const partial = (residuals[item] ?? 0) + (offset[code] ?? 0);
        sums[code] = (sums[code] ?? 0) + partial;
        counts[code] = (counts[code] ?? 0) + 1;
      }
      for (let item = 0; item < count; item++) {
        const code = factor.codes[item] ?? 0;
        residuals[item] = (residuals[item] ?? 0) + (offset[code] ?? 0);
      }
      let weighted = 0;
      for (let code = 0; code < offset.length; code++) {
        offset[code] = (sums[code] ?? 0) / ((counts[code] ?? 0) + prior);
        weighted += (offset[code] ?? 0) * (counts[code] ?? 0);
      }
      // Centre so the mean keeps meaning "the average entity".
      const centre = weighted / Math.max(1, count);
      for (let code = 0; code < offset.length; code++) offset[code] = (offset[code] ?? 0) - centre;
      mean += centre;
      for (let item = 0; item < count; item++) residuals[item] = (residuals[item] ?? 0) - (offset[factor.codes[item] ?? 0] ?? 0) - centre;
    });
  }
  return { mean, offsets, residuals };
}
