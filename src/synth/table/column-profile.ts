// One pass over a raw column: missing count and distinct values with counts, so every inference rule runs on distinct values only.
import { isMissingToken } from './cell-tokens.ts';
import type { RawTable } from './types.ts';

export interface ColumnProfile {
  name: string;
  rowCount: number;
  missing: number;
  /** Non-missing values with their counts, in first-seen order. */
  distinct: Map<string, number>;
}

/** Profiles column `index` of a raw table. */
export function profileColumn(raw: RawTable, index: number): ColumnProfile {
  const distinct = new Map<string, number>();
  let missing = 0;
  for (const row of raw.rows) {
    const value = row[index] ?? '';
    const count = distinct.get(value);
    if (count !== undefined) distinct.set(value, count + 1);
    else if (isMissingToken(value)) missing += 1;
    else distinct.set(value, 1);
  }
  return { name: raw.columns[index] ?? '', rowCount: raw.rows.length, missing, distinct };
}

/** Cells that hold a value. */
export function presentCount(profile: ColumnProfile): number {
  return profile.rowCount - profile.missing;
}

/** Share of present cells whose value is distinct (1 when every value differs). */
export function uniqueShare(profile: ColumnProfile): number {
  const present = presentCount(profile);
  return present === 0 ? 0 : profile.distinct.size / present;
}

const conventionalIdNames = /^(user|customer|order|product|account|member|session|transaction|item|client|patient|employee|device)id$/i;

/**
 * Whether a column name reads like an identifier: 'id', 'customer_id', 'order-id', 'userId', 'USER_ID', 'customerid',
 * '회원번호', '상품코드'. 'paid' or 'valid' do not.
 * @example
 * looksLikeIdName('주문번호'); // true
 */
export function looksLikeIdName(name: string): boolean {
  const trimmed = name.trim();
  return (
    /(^|[^a-zA-Z])id$/i.test(trimmed) ||
    /[a-z0-9]I[dD]$/.test(trimmed) ||
    /ID$/.test(trimmed) ||
    /(번호|코드|아이디)$/.test(trimmed) ||
    conventionalIdNames.test(trimmed)
  );
}

/**
 * Up to `limit` distinct values spread evenly over first-seen order: pattern checks on a large unique column read a
 * sample, which decides the same way at a fraction of the cost.
 */
export function distinctSample(profile: ColumnProfile, limit: number): string[] {
  const values = [...profile.distinct.keys()];
  if (values.length <= limit) return values;
  const step = values.length / limit;
  return Array.from({ length: limit }, (_, index) => values[Math.floor(index * step)] ?? '');
}
