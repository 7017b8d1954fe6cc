// Discretises a numeric column into 10 equal-width bins with edges from the real data, as SDMetrics' discretize_column.

export const contingencyBinCount = 10;

/**
 * Bin edges like numpy `histogram_bin_edges(real, bins)`: `start + k · step`, the last edge exactly the max;
 * a constant column spans value ± 0.5 and an empty one 0 … 1.
 * @example
 * histogramEdges(Float64Array.of(0, 10), 2); // [0, 5, 10]
 */
export function histogramEdges(sortedReal: Float64Array, binCount: number): Float64Array {
  let start = sortedReal.length === 0 ? 0 : (sortedReal[0] ?? 0);
  let stop = sortedReal.length === 0 ? 1 : (sortedReal[sortedReal.length - 1] ?? 0);
  if (start === stop) {
    start -= 0.5;
    stop += 0.5;
  }
  const step = (stop - start) / binCount;
  const edges = new Float64Array(binCount + 1);
  for (let index = 0; index < binCount; index += 1) edges[index] = index * step + start;
  edges[binCount] = stop;
  return edges;
}

/**
 * Bin codes 0 … binCount − 1 (np.digitize with the outer edges opened to ±∞, so outside values clip to the end
 * bins and a value on an inner edge goes up); NaN gets code binCount (missing is its own category).
 * @example
 * binCodes(Float64Array.of(-3, 5, 99, NaN), histogramEdges(Float64Array.of(0, 10), 2)); // [0, 1, 1, 2]
 */
export function binCodes(values: Float64Array, edges: Float64Array): Int32Array {
  const binCount = edges.length - 1;
  const start = edges[0] ?? 0;
  const step = ((edges[binCount] ?? 1) - start) / binCount;
  const codes = new Int32Array(values.length);
  for (let index = 0; index < values.length; index += 1) {
    const value = values[index] ?? Number.NaN;
    if (value !== value) {
      codes[index] = binCount;
      continue;
    }
    let bin = Math.floor((value - start) / step);
    if (bin < 0) bin = 0;
    else if (bin > binCount - 1) bin = binCount - 1;
    // The guess from floating-point division can be one off next to an edge; settle it against the real edges.
    while (bin < binCount - 1 && value >= (edges[bin + 1] ?? Infinity)) bin += 1;
    while (bin > 0 && value < (edges[bin] ?? -Infinity)) bin -= 1;
    codes[index] = bin;
  }
  return codes;
}
