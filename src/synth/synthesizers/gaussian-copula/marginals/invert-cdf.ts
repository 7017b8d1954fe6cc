// Inverts a monotone CDF on a bracket: Newton steps from a starting guess when a density is given, bisection as the safeguard.

export interface InvertCdfOptions {
  p: number;
  lower: number;
  upper: number;
  /** The density, for Newton steps; without it the search bisects. */
  density?: (x: number) => number;
  /** Where to start (e.g. the previous quantile on a grid). */
  start?: number;
}

/**
 * The x in [lower, upper] with cdf(x) = p (to ~1e-12 of the bracket), clamped to the bracket.
 * @example
 * invertCdf((x) => x * x, { p: 0.25, lower: 0, upper: 1 }); // 0.5
 */
export function invertCdf(cdf: (x: number) => number, options: InvertCdfOptions): number {
  let { lower, upper } = options;
  const { p, density } = options;
  if (cdf(lower) >= p) return lower;
  if (cdf(upper) < p) return upper;
  const tolerance = (upper - lower) * 1e-12;
  let x = options.start !== undefined && options.start > lower && options.start < upper ? options.start : 0.5 * (lower + upper);
  for (let iteration = 0; iteration < 100 && upper - lower > tolerance; iteration++) {
    const error = cdf(x) - p;
    if (error >= 0) upper = x;
    else lower = x;
    const slope = density ? density(x) : 0;
    const newton = slope > 0 ? x - error / slope : Number.NaN;
    // Newton when it stays inside the bracket, else bisect: always converges, usually in a handful of steps.
    const next = newton > lower && newton < upper ? newton : 0.5 * (lower + upper);
    if (Math.abs(next - x) <= tolerance) return next;
    x = next;
  }
  return x;
}
