// A card's security code named only "code" right after its expiry date, as a caller reads a card out in one breath ("Visa
// 4539 …, expires 11/27, code 508"): after the expiry no other code is meant.
import type { PiiFinding } from '../types.ts';
import { createFinding } from './create-finding.ts';

const recognizer = 'credential';
/**
 * After the expiry: a comma or "and", "code" perhaps with "the" or "security", "is" or a colon, and three or four digits
 * alone (not a postcode's or a phone's group).
 */
const codeAfterExpiry =
  /[ \t]*[,;]?[ \t]*(?:and[ \t]+)?(?:the[ \t]+)?(?:security[ \t]+)?code(?:[ \t]+is|[ \t]*[:=])?[ \t]*(\d{3,4})(?![\w/]|[.-]\d|[ \t]\d)/iy;

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
  const value = match[1]!;
  return createFinding({ type: 'CARD_CVV', text: value, start: codeAfterExpiry.lastIndex - value.length, score: 0.85, recognizer });
}
