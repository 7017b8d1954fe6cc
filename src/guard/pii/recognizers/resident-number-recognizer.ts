// Finds Korean resident (RRN) and foreigner (FRN) registration numbers: YYMMDD-GNNNNNN with or without the hyphen.
import type { PiiFinding, PiiRecognizer } from '../types.ts';
import { textFeatures } from '../text-features.ts';
import { hasContextBefore } from './context-window.ts';
import { createFinding } from './create-finding.ts';
import { isEan13Barcode } from './product-barcode.ts';
import { hasValidResidentBirthDate, hasValidResidentChecksum, residentNumberKind } from './resident-number-validation.ts';
import { sixSevenNumbers } from './six-seven-numbers.ts';

const name = 'resident-number';
const residentContext = /주민|외국인\s*등록|등록\s*번호|resident|registration|alien|\b(?:rrn|frn|arc)\b/i;
// A corporate registration number (법인등록번호) has the same 6-7 shape; its label must not yield a resident number.
const corporateContext = /법인|corporat/i;

/**
 * Scores: hyphenated with a valid date and gender digit 0.7, without the hyphen 0.45 (below the default threshold,
 * since 13 bare digits are often codes); a pre-2020 checksum adds 0.2 and a label such as 주민번호 adds 0.25.
 * A failed checksum never rejects: numbers issued since October 2020 carry no check digit.
 *
 * @example
 * residentNumberRecognizer.find('주민번호 850312-1234565', {})[0]?.type; // 'RRN'
 */
export const residentNumberRecognizer: PiiRecognizer = {
  name,
  types: ['RRN', 'FRN'],
  mightMatch: (text) => textFeatures(text).mostRunDigits >= 13,
  find(text) {
    const findings: PiiFinding[] = [];
    for (const { start, end, digits, separator } of sixSevenNumbers(text)) {
      const kind = residentNumberKind(digits);
      if (kind === undefined || !hasValidResidentBirthDate(digits)) continue;
      const hyphenated = separator === '-';
      const hasLabel = hasContextBefore(text, { start, pattern: residentContext });
      if (!hyphenated && !hasLabel && isEan13Barcode(digits)) continue;
      let score = hyphenated ? 0.7 : 0.45;
      // Gender digits 9 and 0 mean a birth in the 1800s: real but rare, so alone they look more like a code.
      if (digits[6] === '9' || digits[6] === '0') score -= 0.3;
      if (hasValidResidentChecksum(digits)) score += 0.2;
      if (hasLabel) score += 0.25;
      if (hasContextBefore(text, { start, pattern: corporateContext })) score -= 0.4;
      findings.push(createFinding({ type: kind, text: text.slice(start, end), start, score, recognizer: name }));
    }
    return findings;
  },
};
