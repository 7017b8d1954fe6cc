// A card's expiry date after its label ("유효기간 12/27", "exp 08/26", "valid thru 08/2026"): with the number and the
// security code it completes what a payment needs, so it never reaches a remote model either.
import type { PiiFinding } from '../types.ts';
import { createFinding } from './create-finding.ts';
import { isSpelledExpiry, spelledValueAt } from './spelled-card-values.ts';

/**
 * The labels of an expiry date, as one capture group of the credential search: 유효기간 (유효기한, 유효), 만료일, exp, expiry, expiration
 * (date), expires or expiring, valid thru or through, good thru; with the format some forms print after them ("유효기간(MM/YY)"). Each
 * is a pair of the feature pass's credential trigger (trigger-syllables.ts, latin-triggers.ts).
 */
export const expiryLabelSource = String.raw`(?:유효(?:[ \t]*기[간한])?|만료[ \t]*(?:일자|일|월|기간)?|[Ee]xp(?:iry|iration)?\.?(?:[ \t]*[Dd]ate)?\.?|EXP(?:IRY|IRATION)?(?:[ \t]+DATE)?\.?|[Ee]xpir(?:es|ing)(?:[ \t]+on)?|[Vv]alid[ \t]+(?:[Tt]hru|[Tt]hrough)|VALID[ \t]+THRU|[Gg]ood[ \t]+[Tt]hru)(?![A-Za-z])(?:[ \t]*\((?:MM|mm|월)[ \t]*\/?[ \t]*(?:YY|yy|YYYY|yyyy|년)\)|[ \t]*\([^()\n\d]{1,12}\))?`;

/** Between a label and its date: a colon (a data key's in quotes, `"expiry":"2908"`), "is", a particle, blanks. */
const separator = /[ \t]*(?:["']?[ \t]*[:：=][ \t]*["']?|(?:is|was)[ \t]+|[은는이가][ \t]*|[ \t])/iy;

// A month then a year ("12/27", "08-2026", "8 / 26"), a year then a month ("2027-12"), four digits ("1227", "2703"), or the
// Korean "27년 12월" or "11월 29년", a month in words; never a whole date ("12/27/2024", "2027-12-01"): the look-aheads refuse one more part.
const month = String.raw`(?:0?[1-9]|1[0-2])`;
const year = String.raw`(?:20\d{2}|\d{2})`;
const expiryValue = new RegExp(
  [
    String.raw`${month}[ \t]*[/.-][ \t]*${year}(?![\d/.-]*\d)`,
    String.raw`20\d{2}[ \t]*[/.-][ \t]*${month}(?![\d/.-]*\d)`,
    String.raw`(?:0[1-9]|1[0-2])\d{2}(?!\d)`,
    // A payment gateway's year and month run together ("cardExp=2703"), a year of the 2020s.
    String.raw`2\d(?:0[1-9]|1[0-2])(?!\d)`,
    String.raw`${year}[ \t]*년[ \t]*${month}[ \t]*월`,
    // … and said month first, as a caller reads the card ("유효기간 11월 29년이고").
    String.raw`${month}[ \t]*월[ \t]*${year}[ \t]*년`,
    // A month in words and its year ("April 2026", "Sept. 27").
    String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:[a-z]{0,6})\.?[ \t]+(?:20\d{2}|'?\d{2})(?![\d/.-]*\d)`,
  ].join('|'),
  'iy',
);

/**
 * Words for things other than a card that have an expiry too: a coupon's, points', a licence's, a contract's ("쿠폰
 * 유효기간 12/31", "약정 만료: 2026.08").
 */
const otherThings =
  /(?:포인트|쿠폰|마일리지|상품권|기프트|멤버십|적립금|이용권|할인권|교환권|면허|여권|약정|계약|coupon|voucher|points?|licen[cs]e|passport|contract)[ \t]*(?:의[ \t]*)?$/i;
/**
 * A card that pays for nothing, named before the label on its line: a health, Medicare or provincial health card, a
 * driver's medical card, an ID, a membership or a student card ("DOT med card exp 09/2027", "RAMQ card: BOUC 9257 1512
 * exp. 2028-07", "건강보험 카드 유효기간 …"). Its expiry is its own, not a payment card's.
 */
const otherCardBefore =
  /(?<![A-Za-z])(?:med(?:ical)?|medicare|medicaid|health|insurance|RAMQ|OHIP|MSP|AHCIP|EHIC|GHIC|ID|identity|residence|green|member(?:ship)?|loyalty|library|student|SIM|건강보험|의료|보험|회원|멤버십|학생|신분|외국인등록)[ \t]*(?:card|카드)(?![A-Za-z])(?:(?!card|카드)[^\n]){0,48}$/i;
const otherCardReach = 72;

/**
 * The expiry date right after an expiry label that ends at `labelEnd`, or undefined. The caller checks that a card is
 * spoken of; this reads the date and refuses another thing's expiry named right before the label.
 *
 * @example
 * expiryAfter('카드 유효기간 12/27', { labelStart: 3, labelEnd: 7 })?.text; // '12/27'
 * expiryAfter('카드 포인트 유효기간 12/31', { labelStart: 7, labelEnd: 11 }); // undefined
 */
export function expiryAfter(text: string, label: { labelStart: number; labelEnd: number }): PiiFinding | undefined {
  if (otherThings.test(text.slice(Math.max(0, label.labelStart - 12), label.labelStart))) return undefined;
  const lineStart = text.lastIndexOf('\n', label.labelStart - 1) + 1;
  if (otherCardBefore.test(text.slice(Math.max(lineStart, label.labelStart - otherCardReach), label.labelStart))) return undefined;
  separator.lastIndex = label.labelEnd;
  const start = separator.test(text) ? separator.lastIndex : label.labelEnd;
  expiryValue.lastIndex = start;
  const match = expiryValue.exec(text);
  if (match !== null) return createFinding({ type: 'CARD_EXPIRY', text: match[0], start, score: 0.85, recognizer: 'credential' });
  const korean = koreanSpelledExpiryAt(text, start);
  if (korean !== undefined) return korean;
  // Read out in words ("expiration oh nine twenty six").
  const spelled = spelledValueAt(text, start, { fewest: 3, most: 4 });
  if (spelled === undefined || !isSpelledExpiry(spelled.digits)) return undefined;
  return createFinding({ type: 'CARD_EXPIRY', text: spelled.text, start, score: 0.8, recognizer: 'credential' });
}

/** Korean digit words, each the digit at its index in `koreanDigitWords` (공 and 영 both zero). */
const koreanDigitWords = '공일이삼사오육칠팔구';
/**
 * A month and a year read out in Korean digit words, two and two ("유효기간 공일 이칠", "공구 이팔이요": the particle 이요
 * opens with a digit's word too).
 */
const koreanSpelledExpiry =
  /([공영일이삼사오육칠팔구]{2})[ \t/]?([공영일이삼사오육칠팔구]{2})(?:(?=이(?:요|고|에요|며))|(?![ \t]?[공영일이삼사오육칠팔구십백천만년월일]))/y;

function koreanSpelledExpiryAt(text: string, start: number): PiiFinding | undefined {
  koreanSpelledExpiry.lastIndex = start;
  const match = koreanSpelledExpiry.exec(text);
  if (match === null) return undefined;
  const monthDigits = [...match[1]!].map((word) => koreanDigitWords.indexOf(word.replace('영', '공'))).join('');
  const monthNumber = Number(monthDigits);
  if (monthNumber < 1 || monthNumber > 12) return undefined;
  return createFinding({ type: 'CARD_EXPIRY', text: match[0], start, score: 0.8, recognizer: 'credential' });
}

/** The same date restated in digits after a comma or "그러니까" ("공일 이칠, 01/27 이고"). */
const restatedExpiry = new RegExp(String.raw`(?:[ \t]*,|[ \t]+그러니까)[ \t]*(${month}[ \t]*/[ \t]*${year})(?![\d/.-]*\d)`, 'y');

/**
 * The expiry restated in digits right after an expiry that ends at `expiryEnd`, 0.85.
 *
 * @example
 * restatedExpiryAfter('유효기간 공일 이칠, 01/27 이고', 14)?.text; // '01/27'
 */
export function restatedExpiryAfter(text: string, expiryEnd: number): PiiFinding | undefined {
  restatedExpiry.lastIndex = expiryEnd;
  const match = restatedExpiry.exec(text);
  if (match === null) return undefined;
  const value = match[1]!;
  return createFinding({
    type: 'CARD_EXPIRY',
    text: value,
    start: restatedExpiry.lastIndex - value.length,
    score: 0.85,
    recognizer: 'credential',
  });
}
