// Finds payment card numbers: 13–19 digits, grouped or not, passing Luhn and matching a known issuer prefix.
import type { PiiFinding, PiiRecognizer } from '../types.ts';
import { textFeatures } from '../text-features.ts';
import { cardIssuer } from './card-issuer.ts';
import { hasContextBefore } from './context-window.ts';
import { createFinding } from './create-finding.ts';
import { digitEnd, digitStart } from './digit-boundaries.ts';
import { findInNumericRuns } from './numeric-runs.ts';
import { passesLuhn } from './luhn.ts';

const name = 'credit-card';
const candidatePattern = new RegExp(String.raw`${digitStart}\d(?:[ -]?\d){12,18}${digitEnd}`, 'g');
const cardContext = /카드|결제|card|visa|master|amex|payment|\bcc\b/i;
const cardWordAfterWindow = 8;

/**
 * Luhn failing means no finding. Grouped numbers score 0.9, bare 0.8, a card word before adds 0.1; Korean domestic
 * cards (9 prefix) count only with a card word.
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
    for (const { start, match } of findInNumericRuns(text, { pattern: candidatePattern, minDigits: 13 })) {
      const digits = match[0].replace(/[ -]/g, '');
      if (!passesLuhn(digits)) continue;
      const issuer = cardIssuer(digits);
      if (issuer === undefined) continue;
      // Card groups are at most six digits (4-4-4-4, Amex 4-6-5); 8-8 is an invoice or ticket number.
      if (digits.length !== match[0].length && /\d{7}/.test(match[0])) continue;
      // "9410 … 카드로 결제한 건": the card word may come right after the number.
      const labelled =
        hasContextBefore(text, { start, pattern: cardContext }) ||
        cardContext.test(text.slice(start + match[0].length, start + match[0].length + cardWordAfterWindow));
      if (issuer === 'korean-domestic' && !labelled) continue;
      const score = (digits.length === match[0].length ? 0.8 : 0.9) + (labelled ? 0.1 : 0);
      findings.push(createFinding({ type: 'CREDIT_CARD', text: match[0], start, score, recognizer: name }));
    }
    return findings;
  },
};
