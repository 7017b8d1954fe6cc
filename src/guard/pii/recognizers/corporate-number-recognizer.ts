// Finds Korean corporate registration numbers (법인등록번호, XXXXXX-XXXXXXX) without taking resident numbers.
import type { PiiFinding, PiiRecognizer } from '../types.ts';
import { textFeatures } from '../text-features.ts';
import { hasContextBefore } from './context-window.ts';
import { followsCompanyName, hasValidCorporateNumberChecksum } from './corporate-number-checksum.ts';
import { createFinding } from './create-finding.ts';
import { hasValidResidentBirthDate, residentNumberKind } from './resident-number-validation.ts';
import { sixSevenNumbers } from './six-seven-numbers.ts';

const name = 'corporate-number';
// A log's key too ("corp_no=110111-6283047"), and an English letter's "corp. no.".
const corporateContext = /법인|corporat|company\s*registration|\bcrn\b|corp_?(?:no|num|reg)|\bcorp\.?\s*(?:reg(?:istration)?\.?\s*)?no\b/i;
// A resident label (주민번호) before an unlabelled 6-7 number means a mistyped resident number, not a company.
const residentContext = /주민|외국인|resident|alien/i;

/**
 * A corporate number has the same 6-7 shape as a resident number, so the rule is:
 * - with a label (법인등록번호, corporate registration): 0.95 with a valid checksum, 0.75 without (above an unlabelled resident number);
 * - without a label: only hyphenated, checksum-valid numbers whose first seven digits do NOT read as a resident
 *   birth date and gender digit, and without a resident label before them (0.6). Anything resident-shaped is left to
 *   the resident-number recogniser.
 *
 * @example
 * corporateNumberRecognizer.find('법인등록번호 110111-0000002', {})[0]?.type; // 'CRN'
 */
export const corporateNumberRecognizer: PiiRecognizer = {
  name,
  types: ['CRN'],
  mightMatch: (text) => textFeatures(text).mostRunDigits >= 13,
  find(text) {
    const findings: PiiFinding[] = [];
    // The same candidates as the resident numbers: `\d{6}[- ]?\d{7}` between digit boundaries.
    for (const { start, end, digits, separator } of sixSevenNumbers(text)) {
      const valid = hasValidCorporateNumberChecksum(digits);
      let score: number;
      if (hasContextBefore(text, { start, pattern: corporateContext })) score = valid ? 0.95 : 0.75;
      // A company named right before a number whose check digit holds ("주식회사 새벽저축은행 110111-3076852").
      else if (valid && followsCompanyName(text, start)) score = 0.9;
      else if (valid && separator === '-' && !isResidentShaped(digits) && !hasContextBefore(text, { start, pattern: residentContext }))
        score = 0.6;
      else continue;
      findings.push(createFinding({ type: 'CRN', text: text.slice(start, end), start, score, recognizer: name }));
    }
    return findings;
  },
};

function isResidentShaped(digits: string): boolean {
  return residentNumberKind(digits) !== undefined && hasValidResidentBirthDate(digits);
}
