// Finds IBANs (country code, check digits, account), spaced in fours or not, validated by length and mod 97.
import type { PiiFinding, PiiRecognizer } from '../types.ts';
import { hasFeatures, textFeature, textFeatures } from '../text-features.ts';
import { createFinding } from './create-finding.ts';
import { isValidIban } from './iban-checksum.ts';

const name = 'iban';
const candidatePattern = /(?<![0-9A-Za-z])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![0-9A-Za-z])/g;

/**
 * The candidate, or its longest prefix that ends a group, that is a valid IBAN: a bank's code after the number ("SA74 4500
 * 0000 1084 5229 1307 SAB") reads as one more group.
 */
function validPrefix(candidate: string): string | undefined {
  for (let end = candidate.length; end >= 15; end = candidate.lastIndexOf(' ', end - 1)) {
    const prefix = candidate.slice(0, end);
    if (isValidIban(prefix)) return prefix;
    if (!candidate.includes(' ')) return undefined;
  }
  return undefined;
}

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
      const iban = validPrefix(match[0]);
      if (iban === undefined) continue;
      findings.push(createFinding({ type: 'IBAN', text: iban, start: match.index, score: 0.95, recognizer: name }));
      candidatePattern.lastIndex = match.index + iban.length;
    }
    return findings;
  },
};
