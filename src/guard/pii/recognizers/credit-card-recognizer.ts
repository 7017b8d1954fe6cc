// Finds payment card numbers: 13–19 digits, grouped or not, matching a known issuer prefix and passing Luhn (or labelled as a card).
import type { PiiFinding, PiiRecognizer } from '../types.ts';
import { textFeatures } from '../text-features.ts';
import { cardIssuer } from './card-issuer.ts';
import { hasContextBefore } from './context-window.ts';
import { createFinding } from './create-finding.ts';
import { isDigitEndAt, isDigitStartAt } from './digit-boundaries.ts';
import { digitGroupsOf, groupLength, type DigitGroups } from './digit-groups.ts';
import { passesLuhn } from './luhn.ts';

const name = 'credit-card';
const cardContext = /카드|결제|card|visa|master|amex|payment|\bcc\b/i;
const cardWordAfterWindow = 8;
/** A labelled number that fails Luhn: above the default threshold, below every number that passes. */
const mistypedCardScore = 0.6;

/**
 * Grouped numbers score 0.9, bare 0.8, a card word before adds 0.1; Korean domestic cards (9 prefix) count only with
 * a card word. Luhn failing means no finding, unless a card word labels the number (a mistyped card, 0.6).
 *
 * @example
 * creditCardRecognizer.find('카드번호 4111-1111-1111-1111', {})[0]?.score; // 1
 */
export const creditCardRecognizer: PiiRecognizer = {
  name,
  types: ['CREDIT_CARD'],
  mightMatch: (text) => textFeatures(text).mostRunDigits >= 13,
  find(text) {
    const findings: PiiFinding[] = [];
    const groups = digitGroupsOf(text);
    for (let index = 0; index < groups.count; index += 1) {
      const start = groups.starts[index]!;
      if (!isDigitStartAt(text, start)) continue;
      const first = index;
      const last = lastCardGroup(text, { groups, first });
      if (last === -1) continue;
      // The pattern goes on after the match, and a failed check below does not give its digits back.
      index = last;
      const end = groups.ends[last]!;
      const candidate = text.slice(start, end);
      const digits = candidate.replace(/[ -]/g, '');
      const issuer = cardIssuer(digits);
      if (issuer === undefined) continue;
      // Card groups are at most six digits (4-4-4-4, Amex 4-6-5); 8-8 is an invoice or ticket number.
      if (digits.length !== candidate.length && holdsGroupOfSeven(groups, { first, last })) continue;
      // "9410 … 카드로 결제한 건": the card word may come right after the number.
      const labelled =
        hasContextBefore(text, { start, pattern: cardContext }) || cardContext.test(text.slice(end, end + cardWordAfterWindow));
      if (issuer === 'korean-domestic' && !labelled) continue;
      // A card number typed with one digit wrong still holds the rest of the card: after a card word it counts, weakly.
      const luhn = passesLuhn(digits);
      if (!luhn && !labelled) continue;
      const score = luhn ? (digits.length === candidate.length ? 0.8 : 0.9) + (labelled ? 0.1 : 0) : mistypedCardScore;
      findings.push(createFinding({ type: 'CREDIT_CARD', text: candidate, start, score, recognizer: name }));
    }
    return findings;
  },
};

/**
 * The last group of the `digitStart \d(?:[ -]?\d){12,18} digitEnd` match that starts at group `first`, or -1: groups
 * joined by one space or hyphen, 13 to 19 digits in all, ending where `digitEnd` holds. A regex end inside a group
 * always fails `digitEnd` (a digit follows), so only group ends count, the longest first as the greedy pattern tries them.
 */
function lastCardGroup(text: string, from: { groups: DigitGroups; first: number }): number {
  const { groups, first } = from;
  let digits = 0;
  let found = -1;
  for (let index = first; index < groups.count; index += 1) {
    digits += groupLength(groups, index);
    if (digits > 19) break;
    if (digits >= 13 && isDigitEndAt(text, groups.ends[index]!)) found = index;
    const gap = groups.gaps[index];
    if (gap !== 32 && gap !== 45) break;
  }
  return found;
}

function holdsGroupOfSeven(groups: DigitGroups, span: { first: number; last: number }): boolean {
  for (let index = span.first; index <= span.last; index += 1) if (groupLength(groups, index) >= 7) return true;
  return false;
}
