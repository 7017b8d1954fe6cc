// Finds payment card numbers: 13–19 digits, grouped or not, matching a known issuer prefix and passing Luhn (or labelled as a card).
import type { PiiFinding, PiiRecognizer } from '../types.ts';
import { textFeatures } from '../text-features.ts';
import { cardIssuer, issuersNeedingCardWord } from './card-issuer.ts';
import { hasContextBefore } from './context-window.ts';
import { createFinding } from './create-finding.ts';
import { isDigitEndAt, isDigitStartAt } from './digit-boundaries.ts';
import { digitGroupsOf, groupLength, type DigitGroups } from './digit-groups.ts';
import { passesLuhn } from './luhn.ts';

const name = 'credit-card';
// A card's expiry after the number names it too ("9430 1204 5567 8810 이거고 유효기간은 08/27", "… exp 08/27").
const cardContext =
  /카드|결제|신용|체크|유효\s*기|card|visa|master|amex|maestro|\bmir\b|rupay|verve|\belo\b|hipercard|payment|credit|debit|\bcc\b|\bBC\b|\bexp(?:iry|ires)?\b|valid thru/i;
const cardWordAfterWindow = 8;
/** How far back a card word may stand before a number grouped 4-4-4-4 that passes Luhn: the turn before. */
const askedCardWindow = 80;
/** A labelled number that fails Luhn: above the default threshold, below every number that passes. */
const mistypedCardScore = 0.6;

/**
 * Grouped numbers score 0.9, bare 0.8, a card word before adds 0.1; Korean domestic cards (9 prefix) and the domestic
 * and debit networks of `issuersNeedingCardWord` count only with a card word. Luhn failing means no finding, unless a
 * card word labels the number (a mistyped card, 0.6).
 *
 * @example
 * creditCardRecognizer.find('카드번호 4111-1111-1111-1111', {})[0]?.score; // 1
 */
export const creditCardRecognizer: PiiRecognizer = {
  name,
  types: ['CREDIT_CARD', 'CARD_EXPIRY', 'CARD_CVV'],
  mightMatch: (text) => textFeatures(text).mostRunDigits >= 13,
  find(text) {
    const findings: PiiFinding[] = [];
    const groups = digitGroupsOf(text);
    for (let index = 0; index < groups.count; index += 1) {
      const start = groups.starts[index]!;
      if (!isDigitStartAt(text, start)) continue;
      const first = index;
      const ends = cardGroupEnds(text, { groups, first });
      if (ends.length === 0) continue;
      // A card run the details after it join ("4539 1488 0343 6467 08/27"): the longest end that passes Luhn is the card's,
      // and the longest of all when none does.
      const last = ends.find((end) => passesLuhn(text.slice(start, groups.ends[end]).replace(/[ .-]/g, ''))) ?? ends[0]!;
      // The pattern goes on after the match, and a failed check below does not give its digits back.
      index = last;
      const end = groups.ends[last]!;
      const candidate = text.slice(start, end);
      const digits = candidate.replace(/[ .-]/g, '');
      const issuer = cardIssuer(digits);
      if (issuer === undefined) continue;
      // Card groups are at most six digits (4-4-4-4, Amex 4-6-5); 8-8 is an invoice or ticket number. A card's first group
      // is four digits: "391-910284-76507" is a Korean bank's account.
      if (digits.length !== candidate.length && (holdsGroupOfSeven(groups, { first, last }) || groupLength(groups, first) !== 4)) continue;
      // "9410 … 카드로 결제한 건": the card word may come right after the number.
      const labelled =
        hasContextBefore(text, { start, pattern: cardContext }) || cardContext.test(text.slice(end, end + cardWordAfterWindow));
      // A number grouped as a card's that passes Luhn answers a card word further back, across the turn that asked for it
      // ("카드번호 16자리 불러주시겠어요?\n고객: 구사일공... 아니 잠깐만. 9410 6710 2177 8223이요").
      if (
        issuersNeedingCardWord.has(issuer) &&
        !labelled &&
        !(
          isCardGrouped(groups, { first, last }) &&
          passesLuhn(digits) &&
          hasContextBefore(text, { start, pattern: cardContext, windowSize: askedCardWindow })
        )
      )
        continue;
      // A card number typed with one digit wrong still holds the rest of the card: after a card word it counts, weakly.
      const luhn = passesLuhn(digits);
      if (!luhn && !labelled) continue;
      const score = luhn ? (digits.length === candidate.length ? 0.8 : 0.9) + (labelled ? 0.1 : 0) : mistypedCardScore;
      findings.push(createFinding({ type: 'CREDIT_CARD', text: candidate, start, score, recognizer: name }));
      readDetailsAfterCard(text, { end, findings });
    }
    return findings;
  },
};

/**
 * An expiry and a code written right after a card's number, as card details are pasted ("4111111111111111 08/26 123",
 * "5409-2174-2180-9670 / 12/26 / CVC 318"): a month and a year apart by a blank, a slash or a bar, then three or four
 * digits. The card vouches for them; "exp", "valid to", 有効期限 or a code's label between is read over ("… 7677, valid to
 * 08/26", "… 5142 / 有効期限 2027年03月").
 */
const detailsAfterCard = /[ \t]*[/|,;][ \t]*|[ \t]+/y;
// A month and year run together ("0927") count only with a code after them, as a pasted "card / MMYY / code" line has.
const expiryAfterCard =
  /(?:(?:exp(?:iry|ires)?|valid(?:[ \t]+(?:thru|through|to|until|till))?|유효기간|有効期限)\.?:?[ \t]*)?((?:0?[1-9]|1[0-2])[/-](?:\d{2}|20\d{2})|20\d{2}年(?:0?[1-9]|1[0-2])月|(?:0[1-9]|1[0-2])\d{2}(?=[ \t]*[/|,;][ \t]*\d{3,4}(?![\d/.,])))(?![\d/])/iy;
// The code ends its field: a sentence's full stop may follow it ("…, 11/27, 093."), a date's hyphen and digits may not (a
// transaction's date in the column after the expiry, "07/26,2024-10-03").
const codeAfterExpiry =
  /(?:(?:cv[vc]2?|ccv|cvn|csc|보안코드|(?:카드[ \t]*)?뒷(?:면|자리)(?:[ \t]*(?:번호|3자리|세[ \t]*자리))?|(?:(?:3|three)[ -]digit[ \t]+)?(?:sec(?:urity|\.)?[ \t]+)?code)\.?:?[ \t]*)?(\d{3,4})(?![\d/]|[.,-]\d)/iy;

function readDetailsAfterCard(text: string, card: { end: number; findings: PiiFinding[] }): void {
  detailsAfterCard.lastIndex = card.end;
  const onLine = detailsAfterCard.test(text);
  const detailsStart = onLine ? detailsAfterCard.lastIndex : nextTurnStart(text, card.end);
  if (detailsStart === -1) return;
  expiryAfterCard.lastIndex = detailsStart;
  const expiry = expiryAfterCard.exec(text);
  if (expiry === null) return;
  const expiryStart = expiryAfterCard.lastIndex - expiry[1]!.length;
  card.findings.push(createFinding({ type: 'CARD_EXPIRY', text: expiry[1]!, start: expiryStart, score: 0.85, recognizer: name }));
  detailsAfterCard.lastIndex = expiryAfterCard.lastIndex;
  if (!detailsAfterCard.test(text)) return;
  codeAfterExpiry.lastIndex = detailsAfterCard.lastIndex;
  const code = codeAfterExpiry.exec(text);
  if (code === null) return;
  const codeStart = codeAfterExpiry.lastIndex - code[1]!.length;
  card.findings.push(createFinding({ type: 'CARD_CVV', text: code[1]!, start: codeStart, score: 0.85, recognizer: name }));
}

/** A chat's time and sender, or a speaker's label, before the words of a line ("[14:03] katarzyna.w: ", "고객: "). */
const turnPrefix = /(?:\[[^\]\n]{1,20}\][ \t]*)?(?:[^\n:：]{1,30}[:：][ \t]*)?/y;

/**
 * Where the words of the next line start when a card's number ends its line, as a chat sends its details one message
 * each ("고객: 5137 4200 8815 6032\n고객: 09/27"); -1 when more follows the number on its line.
 */
function nextTurnStart(text: string, end: number): number {
  let index = end;
  while (index < text.length && (text.charCodeAt(index) === 0x20 || text.charCodeAt(index) === 0x09 || text.charCodeAt(index) === 0x2e))
    index += 1;
  if (text.charCodeAt(index) !== 0x0a) return -1;
  turnPrefix.lastIndex = index + 1;
  turnPrefix.test(text);
  return turnPrefix.lastIndex;
}

/**
 * The groups that may end the `digitStart \d(?:[ -]?\d){12,18} digitEnd` match starting at group `first`, the longest
 * first: groups joined by one space or hyphen, 13 to 19 digits in all, ending where `digitEnd` holds. A regex end inside
 * a group always fails `digitEnd` (a digit follows), so only group ends count.
 */
function cardGroupEnds(text: string, from: { groups: DigitGroups; first: number }): number[] {
  const { groups, first } = from;
  // A number written whole ("4111111111111111 08/26 123") ends there: the groups after it are the card's other details.
  const firstLength = groupLength(groups, first);
  if (firstLength >= 13 && firstLength <= 19 && isDigitEndAt(text, groups.ends[first]!)) return [first];
  let digits = 0;
  const ends: number[] = [];
  for (let index = first; index < groups.count; index += 1) {
    digits += groupLength(groups, index);
    if (digits > 19) break;
    if (digits >= 13 && isDigitEndAt(text, groups.ends[index]!)) ends.unshift(index);
    const gap = groups.gaps[index];
    // Dots join a card's four groups of four only ("4111.1111.1111.1111"), as some write one; a version or an address
    // has shorter groups.
    if (gap === 46 ? groupLength(groups, index) !== 4 || groups.gaps[first] !== 46 : gap !== 32 && gap !== 45) break;
  }
  return ends.filter((end) => groups.gaps[first] !== 46 || (end - first === 3 && groupLength(groups, end) === 4));
}

function holdsGroupOfSeven(groups: DigitGroups, span: { first: number; last: number }): boolean {
  for (let index = span.first; index <= span.last; index += 1) if (groupLength(groups, index) >= 7) return true;
  return false;
}

/** Whether the run is four groups of four digits, as a card prints its number. */
function isCardGrouped(groups: DigitGroups, span: { first: number; last: number }): boolean {
  if (span.last - span.first !== 3) return false;
  for (let index = span.first; index <= span.last; index += 1) if (groupLength(groups, index) !== 4) return false;
  return true;
}
