// Guesses each column's kind (boolean, numeric, datetime, id, text, categorical) from its raw strings; callers may force a kind.
import { GenstackError } from '../../core/errors.ts';
import { distinctSample, looksLikeIdName, presentCount, profileColumn, uniqueShare, type ColumnProfile } from './column-profile.ts';
import { booleanSpec, categoricalSpec, datetimeSpec, firstNonNumber, idSpec, numericSpec, textSpec } from './column-specs.ts';
import type { ColumnKind, ColumnSpec, RawTable } from './types.ts';
import { skeletonCounts } from './value-skeleton.ts';

const idUniqueShare = 0.95;
/** A repeated id-named column with this many distinct values (or this share of its rows) is a key, not a category. */
const repeatedKeyMinDistinct = 100;
const repeatedKeyMinShare = 0.2;
/** All-distinct strings are free text only past a handful of values (three distinct regions are still categories). */
const distinctTextMinimum = 20;
const skeletonSampleSize = 2000;
const textUniqueShare = 0.5;
const textMinWords = 3;
const textMinLength = 40;
const columnKinds: readonly ColumnKind[] = ['numeric', 'categorical', 'boolean', 'datetime', 'id', 'text'];

/** Unique string values that mostly share one to three digit-bearing skeletons ('CUST-#####', 'P####-AA##'). */
function sharesIdSkeleton(profile: ColumnProfile): boolean {
  const sample = distinctSample(profile, skeletonSampleSize);
  const top = skeletonCounts(sample).slice(0, 3);
  const covered = top.reduce((sum, entry) => sum + entry.count, 0);
  return covered >= idUniqueShare * sample.length && top.every((entry) => entry.skeleton.includes('#'));
}

/** Enough distinct values that they name individuals rather than a handful of segments. */
function manyKeys(profile: ColumnProfile): boolean {
  return profile.distinct.size >= repeatedKeyMinDistinct || profile.distinct.size >= repeatedKeyMinShare * presentCount(profile);
}

/** Free text: mostly unique values with several words or long values on average (weighted by rows). */
function looksLikeText(profile: ColumnProfile): boolean {
  if (uniqueShare(profile) < textUniqueShare) return false;
  let words = 0;
  let characters = 0;
  for (const [value, count] of profile.distinct) {
    words += count * value.split(/\s+/).filter((word) => word.length > 0).length;
    characters += count * value.length;
  }
  const present = presentCount(profile);
  return words / present >= textMinWords || characters / present >= textMinLength;
}

function inferColumn(profile: ColumnProfile): ColumnSpec {
  if (profile.distinct.size === 0) return categoricalSpec(profile);
  const asBoolean = booleanSpec(profile);
  if (asBoolean) return asBoolean;
  const unique = uniqueShare(profile) >= idUniqueShare;
  const asNumber = numericSpec(profile);
  if (asNumber) return asNumber.integer && unique && looksLikeIdName(profile.name) ? idSpec(profile) : asNumber;
  const asDatetime = datetimeSpec(profile);
  if (asDatetime) return asDatetime;
  if (unique && (looksLikeIdName(profile.name) || sharesIdSkeleton(profile))) return idSpec(profile);
  // A repeated key (customer_id on transactions) is still an identifier: sampled rows get new keys, never real ones.
  if (looksLikeIdName(profile.name) && manyKeys(profile) && sharesIdSkeleton(profile)) return idSpec(profile);
  // Nearly all-distinct strings (titles, names) are not categories: as text they are generated, never copied.
  if ((unique && profile.distinct.size >= distinctTextMinimum) || looksLikeText(profile)) return textSpec(profile);
  return categoricalSpec(profile);
}

function forcedColumn(profile: ColumnProfile, kind: ColumnKind): ColumnSpec {
  const refuse = (sample: string, expected: string): never => {
    throw new GenstackError({
      code: 'invalid_request',
      message: `Column '${profile.name}' cannot be ${kind}: '${sample}' is not ${expected}.`,
      param: 'overrides',
      details: { column: profile.name, kind, value: sample },
    });
  };
  switch (kind) {
    case 'numeric':
      return numericSpec(profile, { forced: true }) ?? refuse(firstNonNumber(profile) ?? '', 'a number');
    case 'datetime':
      return datetimeSpec(profile) ?? refuse(profile.distinct.keys().next().value ?? '', 'a date in one format shared by the column');
    case 'boolean':
      return booleanSpec(profile, { forced: true }) ?? refuse([...profile.distinct.keys()].join("', '"), 'a known true/false pair');
    case 'id':
      return idSpec(profile);
    case 'text':
      return textSpec(profile);
    case 'categorical':
      return categoricalSpec(profile);
  }
}

function checkOverrides(columns: readonly string[], overrides: Record<string, ColumnKind>): void {
  for (const [name, kind] of Object.entries(overrides)) {
    if (!columns.includes(name)) {
      throw new GenstackError({ code: 'invalid_request', message: `Override for unknown column '${name}'.`, param: 'overrides' });
    }
    if (!columnKinds.includes(kind)) {
      throw new GenstackError({
        code: 'invalid_request',
        message: `Override for column '${name}' has unknown kind '${String(kind)}' (use one of ${columnKinds.join(', ')}).`,
        param: 'overrides',
      });
    }
  }
}

/**
 * Infers a ColumnSpec per column, in header order. Rules, first match wins: boolean (a known two-token pair),
 * numeric (integer ids with an id-like name become `id`), datetime, id (≥95% unique with an id-like name or a shared
 * skeleton), text (≥50% unique, ≥3 words or ≥40 characters on average), categorical.
 * @example
 * inferSchema({ columns: ['지역', '가입'], rows: [['서울', '예'], ['부산', '아니오']] });
 * // [{ name: '지역', kind: 'categorical', categories: ['서울', '부산'], … }, { name: '가입', kind: 'boolean', trueToken: '예', … }]
 */
export function inferSchema(raw: RawTable, overrides: Record<string, ColumnKind> = {}): ColumnSpec[] {
  checkOverrides(raw.columns, overrides);
  return raw.columns.map((name, index) => {
    const profile = profileColumn(raw, index);
    const forced = Object.hasOwn(overrides, name) ? overrides[name] : undefined;
    return forced ? forcedColumn(profile, forced) : inferColumn(profile);
  });
}
