// Finds Korean resident (RRN) and foreigner (FRN) registration numbers: YYMMDD-GNNNNNN with or without the hyphen, in
// two parts after a label ("주민번호 앞자리 900101 뒷자리 1234567"), or either part alone after its label ("주민번호
// 뒷자리 1234567", "주민번호 앞자리는 900101이에요"), and with its last six digits masked ("900101-1******").
import type { PiiFinding, PiiRecognizer } from '../types.ts';
import { hasFeatures, textFeature, textFeatures } from '../text-features.ts';
import { hasContextBefore } from './context-window.ts';
import { createFinding } from './create-finding.ts';
import { isEan13Barcode } from './product-barcode.ts';
import { followsCompanyName, hasValidCorporateNumberChecksum } from './corporate-number-checksum.ts';
import { hasValidResidentBirthDate, hasValidResidentChecksum, residentNumberKind } from './resident-number-validation.ts';
import { sixSevenNumbers } from './six-seven-numbers.ts';
import { splitResidentNumbers } from './split-resident-numbers.ts';

const name = 'resident-number';
const residentContext = /주민|외국인\s*등록|등록\s*번호|resident|registration|alien|\b(?:rrn|frn|arc)\b/i;
// A corporate registration number (법인등록번호) has the same 6-7 shape; its label must not yield a resident number.
const corporateContext = /법인|corporat/i;

/**
 * Scores: hyphenated with a valid date and gender digit 0.7, without the hyphen 0.45 (below the default threshold,
 * since 13 bare digits are often codes); a pre-2020 checksum adds 0.2 and a label such as 주민번호 adds 0.25.
 * A failed checksum never rejects: numbers issued since October 2020 carry no check digit.
 *
 * @example
 * residentNumberRecognizer.find('주민번호 850312-1234565', {})[0]?.type; // 'RRN'
 */
export const residentNumberRecognizer: PiiRecognizer = {
  name,
  types: ['RRN', 'FRN', 'DATE_OF_BIRTH'],
  mightMatch: (text) => {
    const mostRunDigits = textFeatures(text).mostRunDigits;
    // The last seven digits are a run of their own; the label is required, so it gates the search.
    return mostRunDigits >= 13 || (mostRunDigits >= 7 && (mayHoldPart(text) || mayHoldMaskedNumber(text))) || mayHoldFirstSix(text);
  },
  find(text) {
    const findings: PiiFinding[] = [];
    // A whole number needs thirteen digits in one run; its parts are looked for in any text that may hold one.
    if (textFeatures(text).mostRunDigits >= 13) findWholeNumbers(text, findings);
    if (mayHoldPart(text)) {
      if (lonePartOfSix.test(text)) findSplitNumbers(text, findings);
      findLastSevenDigits(text, findings);
    }
    if (mayHoldFirstSix(text)) findFirstSixDigits(text, findings);
    if (mayHoldMaskedNumber(text)) findMaskedNumbers(text, findings);
    return findings;
  },
};

/** Characters that hide the rest of a number as screens and printouts show it: *, x, X, ●, ○, •, #. */
const maskCharacters: ReadonlySet<number> = new Set([...'*xX●○•#'].map((character) => character.charCodeAt(0)));
/** Six digits, a hyphen, the gender digit and six mask characters ("900101-1******"). */
const maskedResidentNumber = /(?<![\d-])(\d{6})[-–] ?([1-8])([*xX●○•#])\3{5}(?![*xX●○•#\w])/g;

/** A run of six digits, a hyphen and one digit with a mask character right after it: the cheap test before the pattern. */
function mayHoldMaskedNumber(text: string): boolean {
  const runs = textFeatures(text).runs;
  for (let index = 0; index < runs.length; index += 1) {
    const run = runs[index]!;
    if (run.digits === 7 && run.longestGroup === 6 && maskCharacters.has(text.charCodeAt(run.end))) return true;
  }
  return false;
}

/**
 * A number with its last six digits masked ("900101-1******"), as screens and printouts show it: the birth date and the
 * gender digit it still shows identify a person as the first six digits alone do, so it is masked whole before a remote
 * model sees it. The date must be real for the gender digit's century.
 */
function findMaskedNumbers(text: string, findings: PiiFinding[]): void {
  maskedResidentNumber.lastIndex = 0;
  for (let match = maskedResidentNumber.exec(text); match !== null; match = maskedResidentNumber.exec(text)) {
    const shown = `${match[1]!}${match[2]!}`;
    const kind = residentNumberKind(shown);
    if (kind === undefined || !hasValidResidentBirthDate(shown)) continue;
    const score = hasContextBefore(text, { start: match.index, pattern: residentContext }) ? 0.9 : 0.75;
    findings.push(createFinding({ type: kind, text: match[0], start: match.index, score, recognizer: name }));
  }
}

/** The six-seven numbers of `text` that are resident or foreigner numbers, scored by hyphen, checksum and label. */
function findWholeNumbers(text: string, findings: PiiFinding[]): void {
  for (const { start, end, digits, separator } of sixSevenNumbers(text)) {
    const kind = residentNumberKind(digits);
    if (kind === undefined || !hasValidResidentBirthDate(digits)) continue;
    const hyphenated = separator === '-';
    const hasLabel = hasContextBefore(text, { start, pattern: residentContext });
    // A barcode's check digit holds for one number in ten; a resident number's own check digit as well for one in eleven,
    // unless it starts with Korea's barcode prefix 880 (a birth in 1988 too).
    const checksum = hasValidResidentChecksum(digits);
    if (!hyphenated && !hasLabel && isEan13Barcode(digits) && (!checksum || digits.startsWith('880'))) continue;
    let score = hyphenated ? 0.7 : 0.45;
    // Gender digits 9 and 0 mean a birth in the 1800s: real but rare, so alone they look more like a code.
    if (digits[6] === '9' || digits[6] === '0') score -= 0.3;
    if (checksum) score += 0.2;
    // "Corporate Registration No.": a corporate label's "registration" is no resident label.
    // A company named right before it with a corporate check digit that holds is a registry's party ("근저당권자 주식회사
    // 새벽저축은행 110111-3076852").
    const corporate =
      hasContextBefore(text, { start, pattern: corporateContext }) ||
      (hasValidCorporateNumberChecksum(digits) && followsCompanyName(text, start));
    if (hasLabel && !corporate) score += 0.25;
    if (corporate) score -= 0.4;
    findings.push(createFinding({ type: kind, text: text.slice(start, end), start, score, recognizer: name }));
  }
}

/** Six digits standing alone: the first part of a split number. */
const lonePartOfSix = /(?<![\d-])\d{6}(?![\d-])/;

/**
 * A necessary condition for a number in parts, cheapest test first: a run of exactly seven digits without a separator
 * (the last part) and a label somewhere. Most texts with long numbers fail the first.
 */
function mayHoldPart(text: string): boolean {
  const runs = textFeatures(text).runs;
  let sevenDigits = false;
  for (let index = 0; index < runs.length && !sevenDigits; index += 1)
    sevenDigits = runs[index]!.digits === 7 && runs[index]!.longestGroup === 7;
  return sevenDigits && residentContext.test(text);
}

/**
 * The last seven digits said to be so ("뒷자리", "뒤 7자리", "last seven digits"), then a few characters without a digit,
 * then seven digits whose first is a gender digit (1–8).
 */
const lastSevenDigits =
  /(?:뒷\s?자리|뒷\s?번호|뒷부분|뒤\s?(?:7|일곱)\s?자리|나머지\s?(?:7|일곱)?\s?자리|last\s+(?:7|seven)(?:\s+digits)?|back\s+(?:half|part|digits))[^\d\n]{0,12}?(?<![\d-])([1-8]\d{6})(?![\d-])/gi;

/** How far before "뒷자리" the label may stand: "주민등록번호의 ", "RRN, ". */
const labelReach = 12;

/**
 * The last seven digits of a number given alone after a resident-number label: they hold the gender, the place of
 * registration and (before 2020) the check digit, so they are protected like the whole number. Parts already found as a
 * split number give the same span, which the scanner keeps once.
 */
function findLastSevenDigits(text: string, findings: PiiFinding[]): void {
  for (const { digits, start } of partsAfterLabel(text, lastSevenDigits)) {
    const type = digits[0]! <= '4' ? 'RRN' : 'FRN';
    findings.push(createFinding({ type, text: digits, start, score: 0.85, recognizer: name }));
  }
}

/**
 * The digits each match of `pattern` (a word for a part, then the part as group 1) captures, where a resident-number label
 * stands right before that word ("주민번호 뒷자리"), not somewhere earlier in the sentence, and no corporate one.
 */
function partsAfterLabel(text: string, pattern: RegExp): Array<{ digits: string; start: number }> {
  const parts: Array<{ digits: string; start: number }> = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (!hasContextBefore(text, { start: match.index, pattern: residentContext, windowSize: labelReach })) continue;
    if (hasContextBefore(text, { start: match.index, pattern: corporateContext, windowSize: labelReach })) continue;
    const digits = match[1]!;
    parts.push({ digits, start: match.index + match[0].length - digits.length });
  }
  return parts;
}

/** Six digits alone (the feature pass saw a run of exactly six) and a resident-number label somewhere. */
function mayHoldFirstSix(text: string): boolean {
  return hasFeatures(textFeatures(text), textFeature.sixDigits) && residentContext.test(text);
}

/** The first six digits said to be so ("앞자리", "앞 6자리", "first six digits"), then a few characters without a digit. */
const firstSixDigits =
  /(?:앞\s?자리|앞\s?번호|앞부분|앞\s?(?:6|여섯)\s?자리|first\s+(?:6|six)(?:\s+digits)?|front\s+(?:half|part|digits))[^\d\n]{0,12}?(?<![\dA-Za-z-])(\d{6})(?![\d-])/gi;

/**
 * The first six digits given alone after a resident-number label ("주민번호 앞자리는 900101이에요", as a service asks for
 * them to confirm who is calling): the birth date of the number, found as one when they read as one. Found with the last
 * seven as a split number, they are the number's part instead, which scores higher.
 */
function findFirstSixDigits(text: string, findings: PiiFinding[]): void {
  for (const { digits, start } of partsAfterLabel(text, firstSixDigits)) {
    // Born in the 1900s or the 2000s (a gender digit of 1 or 3), not after this year.
    if (!hasValidResidentBirthDate(`${digits}1`) && !hasValidResidentBirthDate(`${digits}3`)) continue;
    findings.push(createFinding({ type: 'DATE_OF_BIRTH', text: digits, start, score: 0.8, recognizer: name }));
  }
}

/**
 * Both parts of a number split in two, each its own finding, when the thirteen digits hold a real birth date and a
 * resident-number label stands right before the first part: without one, six and seven digits are too often other numbers.
 */
function findSplitNumbers(text: string, findings: PiiFinding[]): void {
  for (const { front, back, digits } of splitResidentNumbers(text)) {
    const kind = residentNumberKind(digits);
    if (kind === undefined || digits[6] === '9' || digits[6] === '0' || !hasValidResidentBirthDate(digits)) continue;
    if (!hasContextBefore(text, { start: front.start, pattern: residentContext })) continue;
    if (hasContextBefore(text, { start: front.start, pattern: corporateContext })) continue;
    const score = hasValidResidentChecksum(digits) ? 1 : 0.85;
    for (const part of [front, back])
      findings.push(createFinding({ type: kind, text: text.slice(part.start, part.end), start: part.start, score, recognizer: name }));
  }
}
