// A card's security code named only "code" right after its expiry date, as a caller reads a card out in one breath ("Visa
// 4539 …, expires 11/27, code 508", "Amex …, exp 04/27, the 4 digit code is 7316", "유효기간 03/27, 뒤에 815요"): after the expiry no other code is meant.
import type { PiiFinding } from '../types.ts';
import { createFinding } from './create-finding.ts';

const recognizer = 'credential';
/**
 * After the expiry: a comma or "and", "code" perhaps with "the", "security" or its length ("the 4 digit code is 7316"), "is" or a colon, and three or four digits
 * alone (not a postcode's or a phone's group); or in Korean, where the code is printed ("뒤에", "뒷면", "뒤는") and three
 * digits ending the clause ("유효기간 03/27, 뒤에 815요").
 */
const codeAfterExpiry =
  /[ \t]*[,;]?[ \t]*(?:(?:and[ \t]+)?(?:the[ \t]+)?(?:security[ \t]+|(?:3|4|three|four)[ \t-]digit[ \t]+)?code(?:[ \t]+is|[ \t]*[:=])?[ \t]*(\d{3,4})(?![\w/]|[.-]\d|[ \t]\d)|(?:그리고[ \t]+)?(?:뒤에|뒤는|뒷면(?:은|에)?)[ \t]*(\d{3})(?=[ \t]*(?:이요|요|입니다|이에요|예요|[.,!]|$)))/imy;

/**
 * The card's code said as "code" right after an expiry date that ends at `expiryEnd`, 0.85.
 *
 * @example
 * cardCodeAfterExpiry('Visa 4539 1762 0584 1133, expires 11/27, code 508.', 40)?.text; // '508'
 */
export function cardCodeAfterExpiry(text: string, expiryEnd: number): PiiFinding | undefined {
  codeAfterExpiry.lastIndex = expiryEnd;
  const match = codeAfterExpiry.exec(text);
  if (match === null) return undefined;
  const value = match[1] ?? match[2]!;
  return createFinding({ type: 'CARD_CVV', text: value, start: codeAfterExpiry.lastIndex - value.length, score: 0.85, recognizer });
}
