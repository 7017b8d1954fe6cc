// Reads phone-number candidates (Korean domestic, North American, British, Australian mobile) from the long numeric runs
// with character tests, the way their patterns would match, so that no pattern runs over a sliced window of every run.
import { isAsciiAlphanumeric, isAsciiDigit, isDigitEndAt, isDigitStartAt } from './digit-boundaries.ts';
import { digitGroupsOf, groupLength, hasGroupShape } from './digit-groups.ts';

export interface PhoneCandidate {
  start: number;
  end: number;
}

/**
 * Every match of `digitStart (?:\(0P\) ?|(?<!\()0P\) ?|0P[-. ]?)\d{3,4}[-. ]?\d{4} digitEnd` with P the Korean prefixes
 * `1[016789]|2|[3-6][1-5]|70|50[2-8]`, in text order.
 *
 * @example
 * koreanPhoneCandidates('연락처 (02) 123-4567'); // [{ start: 4, end: 16 }]
 */
export function koreanPhoneCandidates(text: string): PhoneCandidate[] {
  const candidates: PhoneCandidate[] = [];
  const groups = digitGroupsOf(text);
  let resumeAt = 0;
  // A number starts at a group's leading 0 or at a bracket right before it; a 0 inside a group fails digitStart.
  for (let index = 0; index < groups.count; index += 1) {
    const start = groups.starts[index]!;
    if (start < resumeAt || text.charCodeAt(start) !== 48) continue;
    let end = -1;
    if (text.charCodeAt(start - 1) === 40 && isBracketStart(text, { bracket: start - 1, opensRun: groups.opensRun[index] === 1 }))
      end = koreanPhoneEnd(text, start - 1);
    if (end !== -1) candidates.push({ start: start - 1, end });
    else if (isDigitStartAt(text, start)) {
      end = koreanPhoneEnd(text, start);
      if (end !== -1) candidates.push({ start, end });
    }
    if (end !== -1) resumeAt = end;
  }
  return candidates;
}

/**
 * The end of the Korean number that starts at the digit `start` (a '0' that starts a digit run), or -1: one candidate of
 * `koreanPhoneCandidates` read where the caller already stands, for the searches that look at one group at a time.
 *
 * @example
 * koreanPhoneEndAt('홍길동 010-1234-5678', 4); // 17
 */
export function koreanPhoneEndAt(text: string, start: number): number {
  return isDigitStartAt(text, start) ? koreanPhoneEnd(text, start) : -1;
}

/**
 * digitStart at a bracket. Before a run's first group the pattern ran over a window that began one character before the
 * bracket, so its look-behind saw that one character only.
 */
function isBracketStart(text: string, at: { bracket: number; opensRun: boolean }): boolean {
  return at.opensRun ? !isAsciiAlphanumeric(text.charCodeAt(at.bracket - 1)) : isDigitStartAt(text, at.bracket);
}

/** The end of a Korean number read from `start` (a '0' or a '('), or -1. */
function koreanPhoneEnd(text: string, start: number): number {
  let index: number;
  if (text.charCodeAt(start) === 40) {
    if (text.charCodeAt(start + 1) !== 48) return -1;
    index = koreanPrefixEnd(text, start + 2);
    if (index === -1 || text.charCodeAt(index) !== 41) return -1;
    index += 1;
    if (text.charCodeAt(index) === 32) index += 1;
  } else {
    if (text.charCodeAt(start) !== 48) return -1;
    index = koreanPrefixEnd(text, start + 1);
    if (index === -1) return -1;
    // "031)123-4567": a closing bracket alone after the area code, as business cards and forms write it; one with its
    // opening bracket is read above, so "x(02)…" stays out.
    if (text.charCodeAt(index) === 41 && text.charCodeAt(start - 1) !== 40) {
      index += 1;
      if (text.charCodeAt(index) === 32) index += 1;
    } else index = koreanSeparatorEnd(text, index);
  }
  // \d{3,4}[-. ]?\d{4}: four digits first, as the greedy pattern tries them, then three.
  for (let middle = 4; middle >= 3; middle -= 1) {
    if (!digitsAt(text, { start: index, count: middle })) continue;
    const last = koreanSeparatorEnd(text, index + middle);
    if (digitsAt(text, { start: last, count: 4 }) && isDigitEndAt(text, last + 4)) return last + 4;
  }
  return -1;
}

/** The end of `1[016789]|2|[3-6][1-5]|70|50[2-8]` read at `index`, or -1 (the alternatives never share a reading). */
function koreanPrefixEnd(text: string, index: number): number {
  const first = text.charCodeAt(index);
  const second = text.charCodeAt(index + 1);
  if (first === 50) return index + 1;
  if (first === 49) return second === 48 || second === 49 || (second >= 54 && second <= 57) ? index + 2 : -1;
  if (first === 55) return second === 48 ? index + 2 : -1;
  if (first >= 51 && first <= 54 && second >= 49 && second <= 53) return index + 2;
  if (first === 53 && second === 48) {
    const third = text.charCodeAt(index + 2);
    return third >= 50 && third <= 56 ? index + 3 : -1;
  }
  return -1;
}

/**
 * Every match of `(?<![\w+.-])(?:\([2-9]\d{2}\) ?|[2-9]\d{2}[-. ])[2-9]\d{2}[-. ]\d{4} digitEnd`: North American
 * numbers written with separators, in text order.
 *
 * @example
 * northAmericanPhoneCandidates('call (415) 555-2671'); // [{ start: 5, end: 19 }]
 */
export function northAmericanPhoneCandidates(text: string): PhoneCandidate[] {
  const candidates: PhoneCandidate[] = [];
  const groups = digitGroupsOf(text);
  let resumeAt = 0;
  // A number starts at a group's leading 2–9 or at a bracket right before it (the window began three characters before
  // the run, so the look-behind of a bracket before the run saw its character).
  for (let index = 0; index < groups.count; index += 1) {
    const start = groups.starts[index]!;
    const first = text.charCodeAt(start);
    if (start < resumeAt || first < 50 || first > 57) continue;
    const before = text.charCodeAt(start - 1);
    let end = -1;
    if (before === 40 && isNorthAmericanStart(text.charCodeAt(start - 2))) end = northAmericanEnd(text, start - 1);
    if (end !== -1) candidates.push({ start: start - 1, end });
    else if (isNorthAmericanStart(before)) {
      end = northAmericanEnd(text, start);
      if (end !== -1) candidates.push({ start, end });
    }
    if (end !== -1) resumeAt = end;
  }
  return candidates;
}

/** (?<![\w+.-]): not after a word character, a plus, a dot or a hyphen. */
function isNorthAmericanStart(before: number): boolean {
  return !isAsciiAlphanumeric(before) && before !== 95 && before !== 43 && before !== 46 && before !== 45;
}

function northAmericanEnd(text: string, start: number): number {
  let index: number;
  if (text.charCodeAt(start) === 40) {
    if (!isAreaDigits(text, start + 1) || text.charCodeAt(start + 4) !== 41) return -1;
    index = start + 5;
    if (text.charCodeAt(index) === 32) index += 1;
  } else {
    if (!isAreaDigits(text, start) || !isPhoneSeparator(text.charCodeAt(start + 3))) return -1;
    index = start + 4;
  }
  if (!isAreaDigits(text, index) || !isPhoneSeparator(text.charCodeAt(index + 3))) return -1;
  if (!digitsAt(text, { start: index + 4, count: 4 }) || !isDigitEndAt(text, index + 8)) return -1;
  return index + 8;
}

/** [2-9]\d{2} */
function isAreaDigits(text: string, index: number): boolean {
  const first = text.charCodeAt(index);
  return first >= 50 && first <= 57 && digitsAt(text, { start: index + 1, count: 2 });
}

const britishShapes = [
  [3, 4, 4],
  [5, 6],
  [5, 3, 3],
  [4, 3, 4],
] as const;

/**
 * Every match of `digitStart 0(?:\d{2} \d{4} \d{4}|\d{4} \d{6}|\d{4} \d{3} \d{3}|\d{3} \d{3} \d{4}) digitEnd`: whole
 * groups of 3-4-4, 5-6, 5-3-3 (a mobile, 07…, or a line with a five-digit area code, 01…, as many write them: "07824 519
 * 663", "01223 460 118") or 4-3-4 digits joined by single spaces, the
 * first starting with 0.
 *
 * @example
 * britishPhoneCandidates('ring 020 7946 0958'); // [{ start: 5, end: 18 }]
 */
export function britishPhoneCandidates(text: string): PhoneCandidate[] {
  const candidates: PhoneCandidate[] = [];
  const groups = digitGroupsOf(text);
  for (let index = 0; index < groups.count; index += 1) {
    const start = groups.starts[index]!;
    if (text.charCodeAt(start) !== 48 || groups.gaps[index] !== 32) continue;
    const first = groupLength(groups, index);
    // A mobile (07…) or a geographic number with a five-digit area code (01…) may be written 5-3-3.
    const splitsLastSix = text.charCodeAt(start + 1) === 55 || text.charCodeAt(start + 1) === 49;
    const shape = britishShapes.find(
      (lengths) => lengths[0] === first && (splitsLastSix || lengths[2] !== 3) && hasGroupShape(groups, { at: index, lengths, gap: 32 }),
    );
    if (shape === undefined || !isDigitStartAt(text, start)) continue;
    const last = index + shape.length - 1;
    if (!isDigitEndAt(text, groups.ends[last]!)) continue;
    candidates.push({ start, end: groups.ends[last]! });
    index = last;
  }
  return candidates;
}

/**
 * Every whole 4-3-3 group of digits opening with 04 and joined by single blanks or hyphens: an Australian mobile as it is
 * written ("0412 345 678"); and every 3-3-4 group opening with 082 to 089, an Irish or a South African mobile ("087 209
 * 5531", "083-205-6618"). No Korean number is grouped as the first (041-234-5678 is 3-3-4), nor opens as the second but
 * 080, a free call. The caller asks whether a label names another thing.
 *
 * @example
 * mobileGroupCandidates('mobile 0412 345 678'); // [{ start: 7, end: 19, region: 'AU' }]
 * mobileGroupCandidates('no use 087 209 5531'); // [{ start: 7, end: 19, region: 'IE' }]
 */
export function mobileGroupCandidates(text: string): Array<PhoneCandidate & { region: 'AU' | 'IE' }> {
  const candidates: Array<PhoneCandidate & { region: 'AU' | 'IE' }> = [];
  const groups = digitGroupsOf(text);
  for (let index = 0; index < groups.count; index += 1) {
    const start = groups.starts[index]!;
    if (text.charCodeAt(start) !== 48) continue;
    const second = text.charCodeAt(start + 1);
    const length = groupLength(groups, index);
    const region =
      length === 4 && second === 52 ? 'AU' : length === 3 && second === 56 && text.charCodeAt(start + 2) >= 50 ? 'IE' : undefined;
    if (region === undefined) continue;
    const gap = groups.gaps[index]!;
    const lengths = region === 'AU' ? ([4, 3, 3] as const) : ([3, 3, 4] as const);
    if ((gap !== 32 && gap !== 45) || !hasGroupShape(groups, { at: index, lengths, gap }) || !isDigitStartAt(text, start)) continue;
    const end = groups.ends[index + 2]!;
    if (isDigitEndAt(text, end)) candidates.push({ start, end, region });
    index += 2;
  }
  return candidates;
}

/**
 * Groups of ten or eleven digits that stand alone and read as a US or UK number written without separators: ten digits
 * with the area code and the exchange starting 2–9, or eleven with a leading 1; eleven starting 07 (a UK mobile). The
 * caller asks for a phone word before them.
 *
 * @example
 * bareNationalPhoneCandidates('my cell is 4158675309'); // [{ start: 11, end: 21, region: 'US' }]
 */
export function bareNationalPhoneCandidates(text: string): Array<PhoneCandidate & { region: 'US' | 'GB' }> {
  const candidates: Array<PhoneCandidate & { region: 'US' | 'GB' }> = [];
  const groups = digitGroupsOf(text);
  for (let index = 0; index < groups.count; index += 1) {
    const length = groupLength(groups, index);
    if (length !== 10 && length !== 11) continue;
    const start = groups.starts[index]!;
    const end = groups.ends[index]!;
    const region = bareNationalRegion(text, start, length);
    if (region !== undefined && isDigitStartAt(text, start) && isDigitEndAt(text, end)) candidates.push({ start, end, region });
  }
  return candidates;
}

function bareNationalRegion(text: string, start: number, length: number): 'US' | 'GB' | undefined {
  const first = text.charCodeAt(start);
  const second = text.charCodeAt(start + 1);
  // Not 070, which is a Korean internet phone as often as a UK personal number.
  if (length === 11 && first === 48) return second === 55 && text.charCodeAt(start + 2) !== 48 ? 'GB' : undefined;
  const areaAt = length === 11 ? (first === 49 ? start + 1 : -1) : start;
  if (areaAt === -1) return undefined;
  const area = text.charCodeAt(areaAt);
  const exchange = text.charCodeAt(areaAt + 3);
  return area >= 50 && area <= 57 && exchange >= 50 && exchange <= 57 ? 'US' : undefined;
}

/**
 * Where the separator between two groups of a Korean number that starts at `index` ends (`index` when there is none): a
 * hyphen, a dot or a blank, or a hyphen or a dot with a blank before it and up to two after it ("010 - 1234 - 5678").
 */
function koreanSeparatorEnd(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code === 45 || code === 46) return blanksEnd(text, index + 1);
  if (code !== 32) return index;
  const next = text.charCodeAt(index + 1);
  if (next !== 45 && next !== 46) return index + 1;
  return blanksEnd(text, index + 2);
}

/** After a hyphen, up to two blanks: a spoken 다시 read as a hyphen leaves two ("010 -  1234", `plainForms`). */
function blanksEnd(text: string, index: number): number {
  let end = index;
  while (end < index + 2 && text.charCodeAt(end) === 32) end += 1;
  return end;
}

function isPhoneSeparator(code: number): boolean {
  return code === 45 || code === 46 || code === 32;
}

function digitsAt(text: string, span: { start: number; count: number }): boolean {
  for (let index = span.start; index < span.start + span.count; index += 1) if (!isAsciiDigit(text.charCodeAt(index))) return false;
  return true;
}
