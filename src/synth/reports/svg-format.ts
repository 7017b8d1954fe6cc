// Number, date and colour helpers shared by the inline SVG charts.

/**
 * A short human number: 12 345 → '12.3k', 0.000123 → '1.23e-4'.
 * @example
 * compactNumber(1234567); // '1.23M'
 */
export function compactNumber(value: number): string {
  const magnitude = Math.abs(value);
  if (magnitude === 0) return '0';
  if (magnitude >= 1e9) return `${(value / 1e9).toPrecision(3)}B`;
  if (magnitude >= 1e6) return `${(value / 1e6).toPrecision(3)}M`;
  if (magnitude >= 1e4) return `${(value / 1e3).toPrecision(3)}k`;
  if (magnitude < 1e-3) return value.toExponential(2);
  return String(Number(value.toPrecision(3)));
}

/**
 * An axis label for a numeric or datetime (epoch ms, shown as a UTC date) value.
 * @example
 * axisLabel(0, true); // '1970-01-01'
 */
export function axisLabel(value: number, datetime: boolean): string {
  return datetime ? new Date(value).toISOString().slice(0, 10) : compactNumber(value);
}

/**
 * A percentage with one decimal, or '—' for null.
 * @example
 * percent(0.8734); // '87.3%'
 */
export function percent(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '—' : `${(value * 100).toFixed(1)}%`;
}

/**
 * A number with three decimals, or '—' for null.
 * @example
 * decimal(0.12345); // '0.123'
 */
export function decimal(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '—' : value.toFixed(3);
}

type Rgb = [number, number, number];

function mix(from: Rgb, to: Rgb, share: number): string {
  const channel = (index: number): number => Math.round((from[index] ?? 0) + ((to[index] ?? 0) - (from[index] ?? 0)) * share);
  return `rgb(${channel(0)},${channel(1)},${channel(2)})`;
}

const red: Rgb = [220, 38, 38];
const amber: Rgb = [250, 204, 21];
const green: Rgb = [22, 163, 74];
const white: Rgb = [248, 250, 252];
const blue: Rgb = [37, 99, 235];

/**
 * Colour of a 0 … 1 score (red → amber → green), a −1 … 1 correlation (blue → white → red) or a 0 … 1 gap (white → red).
 * @example
 * colorOf(1, 'score'); // 'rgb(22,163,74)'
 */
export function colorOf(value: number | null, scale: 'score' | 'correlation' | 'gap'): string {
  if (value === null || !Number.isFinite(value)) return '#e5e7eb';
  if (scale === 'correlation') {
    const clamped = Math.max(-1, Math.min(1, value));
    return clamped < 0 ? mix(white, blue, -clamped) : mix(white, red, clamped);
  }
  const share = Math.max(0, Math.min(1, value));
  if (scale === 'gap') return mix(white, red, share);
  return share < 0.5 ? mix(red, amber, share * 2) : mix(amber, green, (share - 0.5) * 2);
}
