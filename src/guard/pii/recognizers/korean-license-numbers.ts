// Reads Korean driver's licence numbers (region NN or a region name, then NN-NNNNNN-NN) from the shared digit groups.
import { isAsciiDigit, isDigitEndAt, isDigitStartAt } from './digit-boundaries.ts';
import { digitGroupsOf, groupLength, hasGroupLengths, hasGroupShape } from './digit-groups.ts';
import { longNumericRuns } from './numeric-runs.ts';

export interface LicenseNumber {
  start: number;
  end: number;
  /** The separator between the parts: '-', ' ' or '' (region-name numbers report '', or ' ' when read out with blanks). */
  separator: string;
}

const separatedShape = [2, 2, 6, 2] as const;
// The groups every number holds: 12 or 2-2-6-2 (`numericLicenseNumbers`); 10, 2-8, 8-2 or 2-6-2 after a region name.
const groupSets = [[12], [10], [2, 6], [2, 8]] as const;

/**
 * Whether the text holds the digit groups of some Korean licence number, the gate before either search runs.
 *
 * @example
 * mightHoldKoreanLicense('면허 11-12-345678-90'); // true
 * mightHoldKoreanLicense('tel 010-1234-5678'); // false
 */
export function mightHoldKoreanLicense(text: string): boolean {
  const groups = digitGroupsOf(text);
  return groupSets.some((lengths) => hasGroupLengths(groups, lengths));
}

/**
 * Every `digitStart (?:1[1-9]|2[0-68])([- ]?)\d{2}\1\d{6}\1\d{2} digitEnd` match: four whole groups of 2, 2, 6 and 2
 * digits joined by the same hyphen or space, or one group of twelve, after a region code 11–26 or 28.
 *
 * @example
 * numericLicenseNumbers('면허 11-12-345678-90')[0]?.separator; // '-'
 */
export function numericLicenseNumbers(text: string): LicenseNumber[] {
  const numbers: LicenseNumber[] = [];
  const groups = digitGroupsOf(text);
  for (let index = 0; index < groups.count; index += 1) {
    const start = groups.starts[index]!;
    const length = groupLength(groups, index);
    if ((length !== 2 && length !== 12) || !startsWithRegionCode(text, start) || !isDigitStartAt(text, start)) continue;
    if (length === 12) {
      if (isDigitEndAt(text, groups.ends[index]!)) numbers.push({ start, end: groups.ends[index]!, separator: '' });
      continue;
    }
    const gap = groups.gaps[index]!;
    if ((gap !== 45 && gap !== 32) || !hasGroupShape(groups, { at: index, lengths: separatedShape, gap })) continue;
    const end = groups.ends[index + 3]!;
    if (!isDigitEndAt(text, end)) continue;
    numbers.push({ start, end, separator: gap === 45 ? '-' : ' ' });
    index += 3;
  }
  return numbers;
}

function startsWithRegionCode(text: string, start: number): boolean {
  const first = text.charCodeAt(start);
  const second = text.charCodeAt(start + 1);
  if (first === 49) return second >= 49 && second <= 57;
  return first === 50 && ((second >= 48 && second <= 54) || second === 56);
}

const regionNames = new Set([
  '서울',
  '부산',
  '경기',
  '강원',
  '충북',
  '충남',
  '전북',
  '전남',
  '경북',
  '경남',
  '제주',
  '대구',
  '인천',
  '광주',
  '대전',
  '울산',
]);
/** The character codes of the region names' last syllables: a cheap test before the name is read. */
const regionLastSyllables = new Set([...'울산기부원북남주구천전'].map((syllable) => syllable.charCodeAt(0)));

/**
 * Every `(?:서울|…|울산) ?\d{2}[- ]?\d{6}[- ]?\d{2} digitEnd` match: a region name right before a run (one space between
 * allowed), then 2, 6 and 2 digits with optional hyphens or blanks. No Hangul is inside a run, so the digits start the run.
 *
 * @example
 * regionLicenseNumbers('경기북부 12-345678-90')[0]?.start; // 0
 */
export function regionLicenseNumbers(text: string): LicenseNumber[] {
  const numbers: LicenseNumber[] = [];
  for (const run of longNumericRuns(text)) {
    const nameEnd = text.charCodeAt(run.start - 1) === 32 ? run.start - 1 : run.start;
    if (nameEnd < 2 || !regionLastSyllables.has(text.charCodeAt(nameEnd - 1))) continue;
    const start = regionNameStart(text, nameEnd);
    if (start === -1) continue;
    const end = licenseDigitsEnd(text, run.start);
    if (end !== -1) numbers.push({ start, end, separator: text.slice(run.start, end).includes(' ') ? ' ' : '' });
  }
  return numbers;
}

/** Where the region name ending at `end` starts, or -1; 경기북부 is the only name longer than two syllables. */
function regionNameStart(text: string, end: number): number {
  const lastTwo = text.slice(end - 2, end);
  if (lastTwo === '북부') return end >= 4 && text.slice(end - 4, end - 2) === '경기' ? end - 4 : -1;
  return regionNames.has(lastTwo) ? end - 2 : -1;
}

/** The end of `\d{2}[- ]?\d{6}[- ]?\d{2} digitEnd` read from `start`, or -1 ("경기 13 052817 40" as a caller reads it). */
function licenseDigitsEnd(text: string, start: number): number {
  let index = start;
  for (const digits of [2, 6, 2]) {
    if (index !== start && (text.charCodeAt(index) === 45 || text.charCodeAt(index) === 32)) index += 1;
    for (let count = 0; count < digits; count += 1, index += 1) if (!isAsciiDigit(text.charCodeAt(index))) return -1;
  }
  return isDigitEndAt(text, index) ? index : -1;
}
