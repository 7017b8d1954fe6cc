// Finds Korean bank account numbers, only next to banking words: bank-specific digit groupings, or bare digits after a label.
import type { PiiFinding, PiiRecognizer } from '../types.ts';
import { textFeatures } from '../text-features.ts';
import { hasContextBefore } from './context-window.ts';
import { createFinding } from './create-finding.ts';
import { isDigitEndAt, isDigitStartAt } from './digit-boundaries.ts';
import { digitGroupsOf, gapAfter, groupLength, type DigitGroups } from './digit-groups.ts';

const name = 'bank-account';

/** Digit groupings banks print on passbooks (e.g. 국민 6-2-6, 신한 3-3-6, 카카오뱅크 4-2-7, 토스뱅크 4-4-4). */
export const bankAccountGroupings: ReadonlySet<string> = new Set([
  '6-2-6', // 국민, 농협 (new), 우체국
  '3-2-4-3', // 국민 (old)
  '4-2-4-3', // 국민 (old, 14 digits)
  '3-3-6', // 신한, 케이뱅크
  '3-2-6', // 신한 (old), SC제일, 수협
  '4-3-6', // 우리
  '3-6-2-3', // 우리 (old), 기업
  '3-6-5', // 하나
  '3-6-3', // 하나 (old), 씨티
  '3-4-4-2', // 농협
  '3-2-6-1', // 대구, 경남
  '3-3-6-1', // 부산, 광주
  '4-2-7', // 카카오뱅크
  '4-4-4', // 토스뱅크
  '4-4-4-1', // 새마을금고 (9xxx-…)
  '4-2-6-1', // 새마을금고
  '3-4-4-1', // 새마을금고 (old)
  '3-3-3-3', // 신협
  '2-6-6', // 산업
]);

// "우리", "하나", "기업" and "국민" are everyday words, so banks count only with 은행/뱅크 or their short English names.
const bankingContext =
  /계좌|입금|예금주|이체|송금|환불\s*받|은행|뱅크|농협|신한|우체국|새마을|수협|신협|account|acct|bank|deposit|wire|\b(?:kb|ibk|nh|sc)\b/i;
// Bare digits or an unusual grouping count only straight after an account label.
const accountLabelAtEnd = /(?:계좌\s*(?:번호)?|account\s*(?:number|no\.?|#)?|acct\.?\s*(?:no\.?|#)?|은행|뱅크)\s*(?:은|는|:|：)?\s*$/i;
// A bank's name right before the digits ("받는 계좌: 농협 6790960183180") labels them as well as 계좌 does.
const bankNameAtEnd =
  /(?:농협|신한|국민|우리|하나|기업|우체국|새마을금고|수협|신협|카카오뱅크|토스뱅크|케이뱅크|SC제일|씨티|산업|부산|대구|경남|광주|전북|제주)(?:은행)?\s*$/;
const mobileShaped = /^01[016789]\d{7,8}$/;

/**
 * Scores 0.85 for a known grouping with banking words in the window before it, 0.6 for other 10–14 digit numbers right
 * after an account label. Without banking words there is no finding: the same groupings are tracking and order numbers.
 *
 * @example
 * bankAccountRecognizer.find('입금 계좌: 신한 110-123-456789', {})[0]?.type; // 'BANK_ACCOUNT'
 * bankAccountRecognizer.find('운송장 110-123-456789', {}).length; // 0
 */
export const bankAccountRecognizer: PiiRecognizer = {
  name,
  types: ['BANK_ACCOUNT'],
  mightMatch: (text) => textFeatures(text).mostRunDigits >= 8,
  find(text) {
    const findings: PiiFinding[] = [];
    const groups = digitGroupsOf(text);
    const count = groups.count;
    for (let index = 0; index < count; index += 1) {
      const start = groups.starts[index]!;
      if (groups.gaps[index] !== 45 || !isDigitStartAt(text, start)) continue;
      const first = index;
      const last = lastGroupedAccountGroup(text, { groups, first });
      if (last === -1) continue;
      // The pattern goes on after the match, whether or not the checks below keep it.
      index = last;
      const grouping = groupingOf(groups, { first, last });
      if (grouping.digits < 10 || grouping.digits > 14) continue;
      const candidate = text.slice(start, groups.ends[last]!);
      if (grouping.digits <= 11 && mobileShaped.test(candidate.replace(/-/g, ''))) continue;
      const score = groupedScore(text, { grouping: grouping.shape, start });
      if (score > 0) findings.push(createFinding({ type: 'BANK_ACCOUNT', text: candidate, start, score, recognizer: name }));
    }
    // Eight and nine digits are UK and US account lengths; they count only right after an account label, like all bare
    // numbers: digitStart \d{8,14} digitEnd, a whole group.
    for (let index = 0; index < count; index += 1) {
      const start = groups.starts[index]!;
      const length = groupLength(groups, index);
      if (length < 8 || length > 14 || !isDigitStartAt(text, start) || !isDigitEndAt(text, groups.ends[index]!)) continue;
      const candidate = text.slice(start, start + length);
      if (mobileShaped.test(candidate) || !isLabelledAccount(text, { start, digits: length })) continue;
      findings.push(createFinding({ type: 'BANK_ACCOUNT', text: candidate, start, score: 0.6, recognizer: name }));
    }
    return findings;
  },
};

function isLabelledAccount(text: string, candidate: { start: number; digits: number }): boolean {
  if (hasContextBefore(text, { start: candidate.start, pattern: accountLabelAtEnd })) return true;
  // Bank names are everyday words too (우리, 하나), so a name counts only for Korean lengths with banking words around.
  return (
    candidate.digits >= 10 &&
    hasContextBefore(text, { start: candidate.start, pattern: bankNameAtEnd, windowSize: 12 }) &&
    hasContextBefore(text, { start: candidate.start, pattern: bankingContext })
  );
}

/**
 * The last group of the `digitStart \d{2,6}(?:-\d{1,7}){2,3} digitEnd` match that starts at group `first`, or -1: a first
 * group of two to six digits, then two or three groups of one to seven, each after one hyphen. The greedy pattern tries
 * three groups, then two; an end inside a group always fails `digitEnd`.
 */
function lastGroupedAccountGroup(text: string, from: { groups: DigitGroups; first: number }): number {
  const { groups, first } = from;
  const length = groupLength(groups, first);
  if (length < 2 || length > 6) return -1;
  let following = 0;
  while (following < 3 && gapAfter(groups, first + following) === 45) {
    const next = groupLength(groups, first + following + 1);
    if (next < 1 || next > 7) break;
    following += 1;
  }
  for (let taken = following; taken >= 2; taken -= 1) if (isDigitEndAt(text, groups.ends[first + taken]!)) return first + taken;
  return -1;
}

/** The group lengths of a hyphenated number ("110-123-456789": '3-3-6') and its digit count. */
function groupingOf(groups: DigitGroups, span: { first: number; last: number }): { shape: string; digits: number } {
  let shape = '';
  let digits = 0;
  for (let index = span.first; index <= span.last; index += 1) {
    const length = groupLength(groups, index);
    shape += index === span.first ? `${length}` : `-${length}`;
    digits += length;
  }
  return { shape, digits };
}

function groupedScore(text: string, match: { grouping: string; start: number }): number {
  if (bankAccountGroupings.has(match.grouping)) return hasContextBefore(text, { start: match.start, pattern: bankingContext }) ? 0.85 : 0;
  return hasContextBefore(text, { start: match.start, pattern: accountLabelAtEnd }) ? 0.6 : 0;
}
