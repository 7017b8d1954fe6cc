// Small numeric helpers shared by the constraint checks: rounding to a column's decimals and parsing ISO date bounds.
import type { ColumnSpec } from '../table/types.ts';

/**
 * Rounds half away from zero to `decimals` places (the same on both sides of zero, unlike Math.round).
 * @example
 * roundTo(-2.345, 2); // -2.35
 */
export function roundTo(value: number, decimals: number): number {
  if (decimals <= 0) return Math.sign(value) * Math.round(Math.abs(value)) + 0;
  const factor = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * factor * (1 + Number.EPSILON))) / factor + 0;
}

/**
 * Decimal places a numeric column is written with; datetimes and everything else are whole numbers (epoch ms).
 * @example
 * decimalsOf({ name: 'price', kind: 'numeric', integer: false, decimals: 2, min: 0, max: 9, missingRate: 0 }); // 2
 */
export function decimalsOf(spec: ColumnSpec): number {
  if (spec.kind !== 'numeric') return 0;
  return spec.integer ? 0 : Math.max(0, spec.decimals);
}

const dateOnly = /^\d{4}[-/.]\d{2}[-/.]\d{2}$/;
const dateTimeWithoutZone = /^\d{4}[-/.]\d{2}[-/.]\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/**
 * Epoch ms of an ISO-like date bound; values without a zone are read as UTC (as the table reader does). Null when unreadable.
 * @example
 * parseDateBound('2024-01-31'); // 1706659200000
 */
export function parseDateBound(text: string): number | null {
  const trimmed = text.trim();
  let iso = trimmed;
  if (dateOnly.test(trimmed)) iso = `${trimmed.slice(0, 4)}-${trimmed.slice(5, 7)}-${trimmed.slice(8, 10)}T00:00:00Z`;
  else if (dateTimeWithoutZone.test(trimmed))
    iso = `${trimmed.slice(0, 4)}-${trimmed.slice(5, 7)}-${trimmed.slice(8, 10)}T${trimmed.slice(11)}Z`;
  const value = Date.parse(iso);
  return Number.isFinite(value) ? value : null;
}
