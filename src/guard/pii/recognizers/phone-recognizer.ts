// Finds Korean phone numbers (mobile, Seoul and regional landlines, 070, 050X safe numbers, +82) and other +country numbers.
import libphonenumber from 'google-libphonenumber';
import type { PiiFinding, PiiRecognizer } from '../types.ts';
import { textFeatures } from '../text-features.ts';
import { hasContextBefore } from './context-window.ts';
import { createFinding } from './create-finding.ts';
import { digitEnd, digitStart } from './digit-boundaries.ts';
import { findInNumericRuns, runSeparator, type NumericRun } from './numeric-runs.ts';

const name = 'phone';
const phoneUtil = libphonenumber.PhoneNumberUtil.getInstance();
const { PhoneNumberType } = libphonenumber;

// Mobile 01X, Seoul 02, regional 031–064, 070 internet phones and 0502–0508 safe numbers. Business numbers
// (1588-1234 and other 15XX/16XX/18XX) have no leading zero, so the pattern never reaches them.
const koreanPrefix = String.raw`(?:1[016789]|2|[3-6][1-5]|70|50[2-8])`;
const domesticPattern = new RegExp(
  String.raw`${digitStart}(?:\(0${koreanPrefix}\) ?|0${koreanPrefix}[-. ]?)\d{3,4}[-. ]?\d{4}${digitEnd}`,
  'g',
);
// Any +country number; libphonenumber decides whether the groups form a real number.
const internationalPattern = new RegExp(String.raw`(?<![\w+])\+[1-9]\d{0,3}(?:[-. ]?(?:\(\d{1,4}\)|\d{1,5})){1,6}${digitEnd}`, 'g');
// North American (area code 2-9) and UK (leading 0) national forms, grouped the way those countries write them;
// only separated forms, since bare ten or eleven digits are as often order or account numbers.
const northAmericanPattern = new RegExp(String.raw`(?<![\w+.-])(?:\([2-9]\d{2}\) ?|[2-9]\d{2}[-. ])[2-9]\d{2}[-. ]\d{4}${digitEnd}`, 'g');
const britishPattern = new RegExp(String.raw`${digitStart}0(?:\d{2} \d{4} \d{4}|\d{4} \d{6}|\d{3} \d{3} \d{4})${digitEnd}`, 'g');
// A routing, account or order label right before the number names what it is: not a phone.
const otherIdentifierLabel =
  /(?:routing|aba|transit|sort\s*code|account|acct|order|invoice|ticket|tracking|주문|송장|계좌)\s*(?:number|no\.?|#|번호)?\s*[:#=]?\s*$/i;
const anyPhoneSeparator = runSeparator.hyphen | runSeparator.dot | runSeparator.space | runSeparator.parenthesis;
const phoneContext = /전화|연락|휴대|핸드폰|폰|번호|팩스|tel|phone|mobile|cell|call|contact|fax|whatsapp/i;

/**
 * Candidates come from two fast regexes; only candidates are parsed and validated by libphonenumber.
 *
 * @example
 * phoneRecognizer.find('연락처 010-1234-5678', {})[0]?.text; // '010-1234-5678'
 * phoneRecognizer.find('고객센터 1588-1234', {}).length; // 0
 */
export const phoneRecognizer: PiiRecognizer = {
  name,
  types: ['PHONE'],
  mightMatch: (text) => textFeatures(text).mostRunDigits >= 8,
  find(text) {
    const findings: PiiFinding[] = [];
    for (const { start, match } of findInNumericRuns(text, { pattern: domesticPattern, minDigits: 9, minGroup: 4 })) {
      const type = koreanNumberType(match[0]);
      if (type === undefined || hasContextBefore(text, { start, pattern: otherIdentifierLabel })) continue;
      const separated = /[-. )]/.test(match[0]);
      let score = type === PhoneNumberType.MOBILE ? 0.75 : 0.55;
      if (separated) score += 0.1;
      if (hasContextBefore(text, { start, pattern: phoneContext })) score += 0.15;
      findings.push(createFinding({ type: 'PHONE', text: match[0], start, score, recognizer: name }));
    }
    if (text.includes('+')) findings.push(...findInternational(text));
    findNational(text, { findings, pattern: northAmericanPattern, region: 'US', anySeparator: anyPhoneSeparator });
    findNational(text, { findings, pattern: britishPattern, region: 'GB', anySeparator: runSeparator.space });
    return findings;
  },
};

/**
 * libphonenumber costs tens of microseconds per number, so verdicts are cached. Korean numbering-plan patterns
 * constrain only the leading national digits (the rest is `\d{n}`), so the leading seven digits and the length
 * decide the verdict exactly, and the cache stays small however many distinct numbers a text holds.
 */
const koreanVerdicts = new Map<string, libphonenumber.PhoneNumberType | null>();
const maxCachedVerdicts = 4096;

function koreanNumberType(candidate: string): libphonenumber.PhoneNumberType | undefined {
  const digits = candidate.replace(/\D/g, '');
  const key = `${digits.length}:${digits.slice(0, 7)}`;
  let verdict = koreanVerdicts.get(key);
  if (verdict === undefined) {
    verdict = validateKoreanNumber(digits);
    if (koreanVerdicts.size >= maxCachedVerdicts) koreanVerdicts.clear();
    koreanVerdicts.set(key, verdict);
  }
  return verdict ?? undefined;
}

function validateKoreanNumber(digits: string): libphonenumber.PhoneNumberType | null {
  try {
    const number = phoneUtil.parse(digits, 'KR');
    const type = phoneUtil.getNumberType(number);
    return type === PhoneNumberType.UNKNOWN || type === PhoneNumberType.UAN ? null : type;
  } catch {
    return null;
  }
}

function findInternational(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  for (const { start, match } of findInNumericRuns(text, { pattern: internationalPattern, minDigits: 8, accept: afterPlusSign })) {
    const candidate = longestValidPrefix(match[0]);
    if (candidate === undefined) continue;
    let score = candidate.countryCode === 82 ? 0.9 : 0.6;
    if (hasContextBefore(text, { start, pattern: phoneContext })) score += 0.2;
    findings.push(createFinding({ type: 'PHONE', text: candidate.text, start, score, recognizer: name }));
  }
  return findings;
}

/** The regex may swallow a following number ("+1 415 555 2671 2026"), so drop trailing groups until it validates. */
function longestValidPrefix(candidate: string): { text: string; countryCode: number } | undefined {
  let text = candidate;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const digitCount = text.replace(/\D/g, '').length;
    if (digitCount < 8 || digitCount > 15) {
      if (digitCount < 8) return undefined;
    } else {
      const parsed = parseInternational(text);
      if (parsed !== undefined) return { text, countryCode: parsed };
    }
    const lastSeparator = text.search(/[-. ][^-. ]*$/);
    if (lastSeparator <= 0) return undefined;
    text = text.slice(0, lastSeparator);
  }
  return undefined;
}

const internationalVerdicts = new Map<string, number | null>();

/** The country code of a valid +number, or undefined; cached like the Korean verdicts, on the leading ten digits. */
function parseInternational(text: string): number | undefined {
  const digits = text.replace(/\D/g, '');
  const key = `${digits.length}:${digits.slice(0, 10)}`;
  let verdict = internationalVerdicts.get(key);
  if (verdict === undefined) {
    verdict = validateInternationalNumber(`+${digits}`);
    if (internationalVerdicts.size >= maxCachedVerdicts) internationalVerdicts.clear();
    internationalVerdicts.set(key, verdict);
  }
  return verdict ?? undefined;
}

function validateInternationalNumber(text: string): number | null {
  try {
    const number = phoneUtil.parse(text);
    const countryCode = number.getCountryCode() ?? 0;
    // The main region first: one pattern check instead of every region sharing the code (+1 has twenty-five).
    const mainRegion = phoneUtil.getRegionCodeForCountryCode(countryCode);
    const valid = phoneUtil.isValidNumberForRegion(number, mainRegion) || phoneUtil.isValidNumber(number);
    if (!valid) return null;
    // Korean business numbers (15XX/16XX/18XX) written with +82 are still not personal numbers.
    if (countryCode === 82 && /^1[568]/.test(String(number.getNationalNumber()))) return null;
    return countryCode;
  } catch {
    return null;
  }
}

const nationalVerdicts = new Map<string, boolean>();

/** US and UK numbers written without their country code, validated for that region by libphonenumber (cached). */
function findNational(text: string, search: { findings: PiiFinding[]; pattern: RegExp; region: 'US' | 'GB'; anySeparator: number }): void {
  const runSearch = { pattern: search.pattern, minDigits: 10, before: 3, minGroup: 4, anySeparator: search.anySeparator };
  for (const { start, match } of findInNumericRuns(text, runSearch)) {
    const digits = match[0].replace(/\D/g, '');
    const key = `${search.region}:${digits}`;
    let valid = nationalVerdicts.get(key);
    if (valid === undefined) {
      valid = isValidNationalNumber(digits, search.region);
      if (nationalVerdicts.size >= maxCachedVerdicts) nationalVerdicts.clear();
      nationalVerdicts.set(key, valid);
    }
    if (!valid || hasContextBefore(text, { start, pattern: otherIdentifierLabel })) continue;
    const score = hasContextBefore(text, { start, pattern: phoneContext }) ? 0.8 : 0.6;
    search.findings.push(createFinding({ type: 'PHONE', text: match[0], start, score, recognizer: name }));
  }
}

function isValidNationalNumber(digits: string, region: 'US' | 'GB'): boolean {
  try {
    const number = phoneUtil.parse(digits, region);
    // Toll-free and premium numbers (1-800 …) belong to businesses, like Korean 15XX numbers.
    const type = phoneUtil.getNumberType(number);
    if (type === PhoneNumberType.TOLL_FREE || type === PhoneNumberType.PREMIUM_RATE) return false;
    return phoneUtil.isValidNumberForRegion(number, region);
  } catch {
    return false;
  }
}

function afterPlusSign(text: string, run: NumericRun): boolean {
  return text.charCodeAt(run.start - 1) === 43;
}
