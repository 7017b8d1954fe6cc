// Pre-bins every column once so split searches count rows per bin: quantile bins for continuous, codes for discrete.

export interface PredictorBins {
  kind: 'continuous' | 'discrete';
  /** Bin (continuous) or category code (discrete) of each fitted row. */
  bins: Int32Array;
  binCount: number;
  /** continuous only: `cuts[b]` separates bin b from bin b + 1 (a value ≤ cuts[b] lies in a bin ≤ b). */
  cuts: Float64Array;
}

/**
 * Quantile-bins a continuous column into at most `maxBins` bins; equal values always share a bin, so a heavy atom
 * (many zeros) takes one bin and the others split the rest.
 * @example
 * continuousBins(Float64Array.of(0, 0, 0, 1, 2, 3), 4).binCount; // 4
 */
export function continuousBins(values: Float64Array, maxBins: number): PredictorBins {
  const rowCount = values.length;
  const sorted = Float64Array.from(values).sort();
  const cutList: number[] = [];
  const perBin = rowCount / maxBins;
  for (let position = 0; position < rowCount - 1; position += 1) {
    const current = sorted[position] ?? 0;
    const next = sorted[position + 1] ?? 0;
    if (next > current && position + 1 >= perBin * (cutList.length + 1)) cutList.push((current + next) / 2);
  }
  const cuts = Float64Array.from(cutList);
  const bins = new Int32Array(rowCount);
  for (let row = 0; row < rowCount; row += 1) bins[row] = binOf(values[row] ?? 0, cuts);
  return { kind: 'continuous', bins, binCount: cuts.length + 1, cuts };
}

/** Category codes are the bins of a discrete column. */
export function discreteBins(codes: Float64Array, cardinality: number): PredictorBins {
  return { kind: 'discrete', bins: Int32Array.from(codes), binCount: cardinality, cuts: new Float64Array(0) };
}

function binOf(value: number, cuts: Float64Array): number {
  let low = 0;
  let high = cuts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (value <= (cuts[middle] ?? 0)) high = middle;
    else low = middle + 1;
  }
  return low;
}
