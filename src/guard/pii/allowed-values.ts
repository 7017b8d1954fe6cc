// Values an organisation publishes on purpose (its customer line, a branch address, a support address), which are never
// findings: an assistant may give them to a customer, and masking them would garble its own answers.
import { z } from 'zod';
import { plainForms } from './plain-forms.ts';
import { plainEmailAddress } from './recognizers/obfuscated-emails.ts';
import { spelledDigitsOf } from './spelled-english-numbers.ts';
import type { PiiFinding } from './types.ts';

/** At most this many values per policy (global and assistant together) or per request. */
export const maxAllowedValues = 500;

/**
 * `pii.allow`: values as they are written, at least three characters. A phone number matches however it is spaced or
 * dashed ("02-1234-5678" = "02 1234 5678"), other values whatever their case, spacing and punctuation.
 */
export const allowListSchema = z.array(z.string().trim().min(3).max(300)).max(maxAllowedValues);

/**
 * The form two writings of one value share: the digits of a number written with dashes, spaces, dots or brackets
 * (010-1234-5678 = 01012345678, in fullwidth digits, Korean digit words or English ones too), the plain address of an email written to
 * slip past a filter ("minsu at gmail dot com"), otherwise its letters, digits, @ and dots in lower case.
 *
 * @example
 * valueKey('(02) 1234-5678'); // '0212345678'
 * valueKey('공일공 일이삼사 오육칠팔'); // '01012345678'
 * valueKey('Support@Hanbit.co.kr'); // 'support@hanbit.co.kr'
 * valueKey('support at hanbit dot co dot kr'); // 'support@hanbit.co.kr'
 * valueKey('oh two, one two three four, five six seven eight'); // '0212345678'
 */
export function valueKey(written: string): string {
  const value = plainForms(written);
  const address = plainEmailAddress(value);
  if (address !== undefined) return address;
  const spelled = spelledDigitsOf(value);
  if (spelled !== undefined) return spelled;
  const digits = value.replace(/\D/gu, '');
  if (digits.length >= 6 && digits.length >= value.replace(/[\s\-.()+]/gu, '').length * 0.8) return digits;
  return value
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}@.]/gu, '');
}

interface AllowedKeys {
  exact: ReadonlySet<string>;
  all: readonly string[];
}

/** Keys per list: a policy's list is the same array on every scan, so its keys are computed once. */
const keysOfList = new WeakMap<readonly string[], AllowedKeys>();

function allowedKeys(values: readonly string[]): AllowedKeys {
  let keys = keysOfList.get(values);
  if (keys === undefined) {
    const all = values.map(valueKey).filter((key) => key.length > 0);
    keys = { exact: new Set(all), all };
    keysOfList.set(values, keys);
  }
  return keys;
}

/**
 * Whether a finding's value is allowed: equal to an allowed value, or part of one ("세종대로 110" of an allowed
 * "서울특별시 중구 세종대로 110").
 *
 * @example
 * isAllowedValue('1588 1234', ['1588-1234']); // true
 */
export function isAllowedValue(text: string, values: readonly string[]): boolean {
  const key = valueKey(text);
  if (key.length === 0) return false;
  const { exact, all } = allowedKeys(values);
  // A short value ("Li", a two-syllable name) is allowed only whole: inside a longer allowed value it is a coincidence.
  return exact.has(key) || (key.length >= 4 && all.some((allowed) => allowed.includes(key)));
}

/**
 * The findings whose values are not allowed, in the same order; the same array when none is.
 *
 * @example
 * withoutAllowedValues(scanPii('문의 02-1234-5678'), ['02-1234-5678']); // []
 */
export function withoutAllowedValues<Finding extends PiiFinding>(findings: Finding[], values: readonly string[]): Finding[] {
  if (values.length === 0 || findings.length === 0) return findings;
  const kept = findings.filter((finding) => !isAllowedValue(finding.text, values));
  return kept.length === findings.length ? findings : kept;
}
