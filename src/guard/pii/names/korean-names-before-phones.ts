// Finds a Korean full name written right before a phone number, as in contact lines and delivery details ("이영희 010-3333-4444"),
// or right after one where it ends the item ("010-2345-6789 김민수"), and the holder after an account number ("3333-08-4172659 한소희").
import { digitGroupsOf } from '../recognizers/digit-groups.ts';
import { koreanPhoneEndAt } from '../recognizers/phone-candidates.ts';
import type { PiiFinding } from '../types.ts';
import { endsHangulWords, hangulRunEndAfter, hangulRunStartBefore, isHangulSyllable } from './hangul.ts';
import { hasCommonGivenName } from './korean-given-name-syllables.ts';
import { jobTitles, placeEndings, placeWords } from './korean-name-words.ts';
import { isPlausibleKoreanName } from './korean-names.ts';

export const koreanNameBeforePhoneRecognizerName = 'korean-person-name-before-phone';

/** What may stand between the name and the number: a blank, a slash, a colon or a comma, with blanks around it. */
/** A blank, a slash, a colon, a comma, a dash or a bar between a name and its number ("배서진 - 010.4472.9180"). */
function isGap(code: number): boolean {
  return (
    code === 0x20 || code === 0x09 || code === 0x2f || code === 0x3a || code === 0x2c || code === 0x2d || code === 0x2013 || code === 0x7c
  );
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
    if (text.charCodeAt(phoneStart) !== 0x30) {
      // "카카오뱅크 3333-08-4172659 한소희": the holder after an account number, as a transfer request writes it.
      const holder = nameAfterAccount(text, phoneStart);
      if (holder !== undefined) findings.push(holder);
      continue;
    }
    // The word before first: most numbers follow a label or a digit, and reading the number costs more than this look.
    let end = phoneStart;
    for (let skipped = 0; skipped < 3 && end > 0 && isGap(text.charCodeAt(end - 1)); skipped += 1) end -= 1;
    const before =
      end === phoneStart || !isHangulSyllable(text.charCodeAt(end - 1)) ? undefined : nameAt(text, hangulRunStartBefore(text, end), end);
    if (before !== undefined && koreanPhoneEndAt(text, phoneStart) !== -1) findings.push(before);
    // A name after the number only when it ends the line or the item, as contact lists write it ("010-2345-6789 김민수").
    const after = nameAfterPhone(text, phoneStart);
    if (after !== undefined) findings.push(after);
  }
  return findings;
}

/** The fewest digits of an account number written in hyphenated groups. */
const fewestAccountDigits = 10;

/** The full name that ends the item after an account number in hyphenated groups starting at `start`. */
/** The holder's name said with its copula after a blank ("토뱅 1000-2948-3317 남궁소율 입니다"). */
const copulaAfter = /^[ \t](?:입니다|이에요|예요|이요)/;

function nameAfterAccount(text: string, start: number): PiiFinding | undefined {
  let end = start;
  let digits = 0;
  let hyphens = 0;
  for (let code = text.charCodeAt(end); (code >= 0x30 && code <= 0x39) || code === 0x2d; code = text.charCodeAt((end += 1))) {
    if (code === 0x2d) hyphens += 1;
    else digits += 1;
  }
  if (digits < fewestAccountDigits || hyphens === 0 || text.charCodeAt(end) !== 0x20) return undefined;
  const nameEnd = hangulRunEndAfter(text, end + 1);
  return nameEnd - end - 1 <= 4 && (endsHangulWords(text, nameEnd) || copulaAfter.test(text.slice(nameEnd, nameEnd + 5)))
    ? nameAt(text, end + 1, nameEnd)
    : undefined;
}

/** The full name that ends a contact item after the phone number starting at `phoneStart`. */
function nameAfterPhone(text: string, phoneStart: number): PiiFinding | undefined {
  const phoneEnd = koreanPhoneEndAt(text, phoneStart);
  if (phoneEnd === -1) return undefined;
  let start = phoneEnd;
  for (let skipped = 0; skipped < 3 && start < text.length && isGap(text.charCodeAt(start)); skipped += 1) start += 1;
  if (start === phoneEnd || !isHangulSyllable(text.charCodeAt(start))) return undefined;
  const end = hangulRunEndAfter(text, start);
  return end - start <= 4 && endsHangulWords(text, end) ? nameAt(text, start, end) : undefined;
}

/** A full name (three syllables or more) with common given-name syllables between `start` and `end`, not a place or desk. */
function nameAt(text: string, start: number, end: number): PiiFinding | undefined {
  if (end - start < 3 || placeEndings.has(text.charCodeAt(end - 1))) return undefined;
  const candidate = text.slice(start, end);
  if (jobTitles.has(candidate.slice(1)) || placeWords.has(candidate)) return undefined;
  // After a field's colon the first two syllables may be a word's too ("부: 정상원 010-…").
  const afterColon = /[:：][ \t]*$/.test(text.slice(Math.max(0, start - 3), start));
  if (!isPlausibleKoreanName(candidate) || !hasCommonGivenName(candidate, { allowCommonPrefix: afterColon })) return undefined;
  return { type: 'PERSON', start, end, text: candidate, score: 0.65, recognizer: koreanNameBeforePhoneRecognizerName };
}
