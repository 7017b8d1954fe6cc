// Percentiles and summaries of latency samples, in milliseconds rounded for reading.

/** Nearest-rank percentile of an ascending array; p in [0, 100]. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** Rounds to microseconds, enough for sub-millisecond differences. */
export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

export interface LatencySummary {
  p50: number;
  p90: number;
  p99: number;
  mean: number;
  max: number;
}

/**
 * @example
 * summarize([3, 1, 2]); // { p50: 2, p90: 3, p99: 3, mean: 2, max: 3 }
 */
export function summarize(samples: number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length);
  return {
    p50: round(percentile(sorted, 50)),
    p90: round(percentile(sorted, 90)),
    p99: round(percentile(sorted, 99)),
    mean: round(mean),
    max: round(sorted.at(-1) ?? Number.NaN),
  };
}
