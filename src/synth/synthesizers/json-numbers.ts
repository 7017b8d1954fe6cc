// Keeps fitted parameters compact, finite JSON: rounds model numbers to a few significant digits (shared by the synthesizers).

/**
 * A finite number rounded to `digits` significant digits (0 for NaN or ±Infinity).
 * @example
 * compactNumber(0.123456789); // 0.123457
 */
export function compactNumber(value: number, digits = 6): number {
  if (!Number.isFinite(value)) return 0;
  if (value === 0) return 0;
  return Number(value.toPrecision(digits));
}

/**
 * `compactNumber` over an array-like, returning a plain array.
 * @example
 * compactArray(Float64Array.of(1 / 3)); // [0.333333]
 */
export function compactArray(values: ArrayLike<number>, digits = 6): number[] {
  return Array.from(values, (value) => compactNumber(value, digits));
}
