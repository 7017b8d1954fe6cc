// Finds IBANs (country code, check digits, account), spaced in fours or not, validated by length and mod 97.
import type { PiiFinding, PiiRecognizer } from '../types.ts';
import { hasFeatures, textFeature, textFeatures } from '../text-features.ts';
import { createFinding } from './create-finding.ts';
import { isValidIban } from './iban-checksum.ts';

const name = 'iban';
const candidatePattern = /(?<![0-9A-Za-z])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![0-9A-Za-z])/g;

/**
 * @example
 * ibanRecognizer.find('IBAN: GB82 WEST 1234 5698 7654 32', {})[0]?.score; // 0.95
 */
export const ibanRecognizer: PiiRecognizer = {
  name,
  types: ['IBAN'],
  // The country code runs straight into the check digits.
  mightMatch: (text) => hasFeatures(textFeatures(text), textFeature.upperBeforeDigit),
  find(text) {
    const findings: PiiFinding[] = [];
    // exec, not matchAll: matchAll clones the pattern on every call, which costs more than the scan of a short text.
    candidatePattern.lastIndex = 0;
    for (let match = candidatePattern.exec(text); match !== null; match = candidatePattern.exec(text)) {
      if (!isValidIban(match[0])) continue;
      findings.push(createFinding({ type: 'IBAN', text: match[0], start: match.index, score: 0.95, recognizer: name }));
    }
    return findings;
  },
};
