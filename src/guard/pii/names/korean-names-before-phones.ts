// Finds a Korean full name written right before a phone number, as in contact lines and delivery details ("이영희 010-3333-4444").
import { digitGroupsOf } from '../recognizers/digit-groups.ts';
import { koreanPhoneEndAt } from '../recognizers/phone-candidates.ts';
import type { PiiFinding } from '../types.ts';
import { hangulRunStartBefore, isHangulSyllable } from './hangul.ts';
import { hasCommonGivenName } from './korean-given-name-syllables.ts';
import { jobTitles, placeEndings, placeWords } from './korean-name-words.ts';
import { isPlausibleKoreanName } from './korean-names.ts';

export const koreanNameBeforePhoneRecognizerName = 'korean-person-name-before-phone';

/** What may stand between the name and the number: a blank, a slash, a colon or a comma, with blanks around it. */
function isGap(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x2f || code === 0x3a || code === 0x2c;
}

/**
 * A number of the Korean plan follows people in contact details; only a full name (three syllables or more) with common
 * given-name syllables counts, and not a place or desk, so "고객센터 1588-…" (not a personal number), "홍보팀 02-…" and
 * "사무실 02-…" stay out.
 *
 * @example
 * findKoreanNamesBeforePhones('받는 분 이영희 010-3333-4444').map((finding) => finding.text); // ['이영희']
 */
export function findKoreanNamesBeforePhones(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  const groups = digitGroupsOf(text);
  for (let index = 0; index < groups.count; index += 1) {
    const phoneStart = groups.starts[index]!;
    if (text.charCodeAt(phoneStart) !== 0x30) continue;
    // The word before first: most numbers follow a label or a digit, and reading the number costs more than this look.
    let end = phoneStart;
    for (let skipped = 0; skipped < 3 && end > 0 && isGap(text.charCodeAt(end - 1)); skipped += 1) end -= 1;
    if (end === phoneStart || !isHangulSyllable(text.charCodeAt(end - 1)) || placeEndings.has(text.charCodeAt(end - 1))) continue;
    const start = hangulRunStartBefore(text, end);
    if (end - start < 3 || koreanPhoneEndAt(text, phoneStart) === -1) continue;
    const candidate = text.slice(start, end);
    if (jobTitles.has(candidate.slice(1)) || placeWords.has(candidate)) continue;
    if (!isPlausibleKoreanName(candidate) || !hasCommonGivenName(candidate)) continue;
    findings.push({ type: 'PERSON', start, end, text: candidate, score: 0.65, recognizer: koreanNameBeforePhoneRecognizerName });
  }
  return findings;
}
