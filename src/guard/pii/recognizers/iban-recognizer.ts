// Finds IBANs (country code, check digits, account), spaced in fours or not, validated by length and mod 97.
import type { PiiFinding, PiiRecognizer } from '../types.ts';
import { hasFeatures, textFeature, textFeatures } from '../text-features.ts';
import { createFinding } from './create-finding.ts';
import { hasIbanForm, isValidIban } from './iban-checksum.ts';

const name = 'iban';
const candidatePattern = /(?<![0-9A-Za-z])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![0-9A-Za-z])/g;

/**
 * The candidate, or its longest prefix that ends a group, that is a valid IBAN: a bank's code after the number ("SA74 4500
 * 0000 1084 5229 1307 SAB") reads as one more group.
 */
function prefixThat(candidate: string, test: (prefix: string) => boolean): string | undefined {
  for (let end = candidate.length; end >= 15; end = candidate.lastIndexOf(' ', end - 1)) {
    const prefix = candidate.slice(0, end);
    if (test(prefix)) return prefix;
    if (!candidate.includes(' ')) return undefined;
  }
  return undefined;
}

/** An IBAN that fails its check: above the default threshold, below every IBAN that passes. */
const mistypedIbanScore = 0.6;

/** The words that label an account before an IBAN, in the languages IBANs are written in. */
const accountLabel = /IBAN|account|acct|a\/c|konto|cuenta|compte|conto|계좌/i;
const accountLabelWindow = 30;

/**
 * An IBAN typed with a character wrong still names an account after its label, as a mistyped card does: the prefix of
 * its country's length. Unlabelled, a failed check is no IBAN.
 */
function mistypedIban(text: string, match: { index: number; candidate: string }): string | undefined {
  if (!accountLabel.test(text.slice(Math.max(0, match.index - accountLabelWindow), match.index))) return undefined;
  return prefixThat(match.candidate, hasIbanForm);
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
      const valid = prefixThat(match[0], isValidIban);
      const iban = valid ?? mistypedIban(text, { index: match.index, candidate: match[0] });
      if (iban === undefined) continue;
      const score = valid === undefined ? mistypedIbanScore : 0.95;
      findings.push(createFinding({ type: 'IBAN', text: iban, start: match.index, score, recognizer: name }));
      candidatePattern.lastIndex = match.index + iban.length;
    }
    return findings;
  },
};
