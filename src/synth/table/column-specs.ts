// Builds one ColumnSpec of a given kind from a column profile; null when the values do not fit that kind.
import { booleanPairOf, decimalPlaces, hasLeadingZero, parseNumberToken } from './cell-tokens.ts';
import { distinctSample, presentCount, type ColumnProfile } from './column-profile.ts';
import { datetimeFormats, parseDatetime } from './datetime-format.ts';
import type { BooleanColumn, CategoricalColumn, DatetimeColumn, IdColumn, NumericColumn, TextColumn } from './types.ts';
import { displayPattern } from './value-skeleton.ts';

function missingRate(profile: ColumnProfile): number {
  return profile.rowCount === 0 ? 0 : profile.missing / profile.rowCount;
}

/** A value of the column that is not a number, for error messages; null when all are numbers. */
export function firstNonNumber(profile: ColumnProfile): string | null {
  for (const value of profile.distinct.keys()) if (parseNumberToken(value) === null) return value;
  return null;
}

/** A written-out integer past 2^53, which a float64 cannot hold exactly. */
function isLongDigitString(value: string, parsed: number): boolean {
  return Math.abs(parsed) > Number.MAX_SAFE_INTEGER && /^[+-]?[\d,]+$/.test(value.trim());
}

/**
 * Numeric spec, or null when a value is not a number. Zero-padded codes ('007') and integers past 2^53 (card or
 * account numbers) are refused unless `forced`, since writing them back as numbers would change them.
 */
export function numericSpec(profile: ColumnProfile, options: { forced?: boolean } = {}): NumericColumn | null {
  let min = Infinity;
  let max = -Infinity;
  let decimals = 0;
  let integer = true;
  for (const value of profile.distinct.keys()) {
    const parsed = parseNumberToken(value);
    if (parsed === null) return null;
    if (!options.forced && (hasLeadingZero(value) || isLongDigitString(value, parsed))) return null;
    if (parsed < min) min = parsed;
    if (parsed > max) max = parsed;
    const places = value.includes('.') ? decimalPlaces(value) : 0;
    if (places > decimals) decimals = places;
    if (!Number.isInteger(parsed)) integer = false;
  }
  if (decimals > 0) integer = false;
  if (min > max) {
    min = 0;
    max = 0;
  }
  return { name: profile.name, kind: 'numeric', missingRate: missingRate(profile), integer, decimals: integer ? 0 : decimals, min, max };
}

/** Datetime spec in the first format every value matches, or null. */
export function datetimeSpec(profile: ColumnProfile): DatetimeColumn | null {
  const first = profile.distinct.keys().next().value;
  if (first === undefined) return null;
  for (const format of datetimeFormats) {
    if (parseDatetime(first, format) === null) continue;
    let min = Infinity;
    let max = -Infinity;
    let fits = true;
    for (const value of profile.distinct.keys()) {
      const epoch = parseDatetime(value, format);
      if (epoch === null) {
        fits = false;
        break;
      }
      if (epoch < min) min = epoch;
      if (epoch > max) max = epoch;
    }
    if (fits) return { name: profile.name, kind: 'datetime', missingRate: missingRate(profile), format, min, max };
  }
  return null;
}

/** Boolean spec when the distinct tokens are a known pair (with `forced`, also 1/0 or a single token). */
export function booleanSpec(profile: ColumnProfile, options: { forced?: boolean } = {}): BooleanColumn | null {
  if (profile.distinct.size > 2) return null;
  const pair = booleanPairOf([...profile.distinct.keys()], options);
  if (!pair) return null;
  return { name: profile.name, kind: 'boolean', missingRate: missingRate(profile), trueToken: pair[0], falseToken: pair[1] };
}

export function idSpec(profile: ColumnProfile): IdColumn {
  // The display pattern is read from a spread-out sample; it only describes the column.
  const values = distinctSample(profile, 2000);
  const unique = profile.distinct.size === presentCount(profile);
  return { name: profile.name, kind: 'id', missingRate: missingRate(profile), pattern: displayPattern(values), unique };
}

export function textSpec(profile: ColumnProfile): TextColumn {
  return { name: profile.name, kind: 'text', missingRate: missingRate(profile) };
}

export function categoricalSpec(profile: ColumnProfile): CategoricalColumn {
  return { name: profile.name, kind: 'categorical', missingRate: missingRate(profile), categories: [...profile.distinct.keys()] };
}
