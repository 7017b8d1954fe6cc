// Finds Korean business registration numbers (사업자등록번호, XXX-XX-XXXXX), validated by their check digit.
import type { PiiFinding, PiiRecognizer } from '../types.ts';
import { textFeatures } from '../text-features.ts';
import { hasValidBusinessNumberChecksum } from './business-number-checksum.ts';
import { hasContextBefore } from './context-window.ts';
import { createFinding } from './create-finding.ts';
import { digitEnd, digitStart } from './digit-boundaries.ts';
import { findInNumericRuns, runSeparator } from './numeric-runs.ts';

const name = 'business-number';
const hyphenatedPattern = new RegExp(String.raw`${digitStart}\d{3}-\d{2}-\d{5}${digitEnd}`, 'g');
const barePattern = new RegExp(String.raw`${digitStart}\d{10}${digitEnd}`, 'g');
const businessContext = /사업자|등록\s*번호|business\s*(?:registration|number|no)|\bbrn\b|tax\s*id|\bvat\b/i;

/**
 * Hyphenated with a valid checksum: 0.8, plus 0.15 with a label such as 사업자등록번호. A bad checksum is dropped unless
 * a label stands right before it (0.6: a typo in a labelled number is still that number). Ten bare digits need the label.
 *
 * @example
 * businessNumberRecognizer.find('사업자등록번호: 120-81-47521', {})[0]?.type; // 'BRN'
 */
export const businessNumberRecognizer: PiiRecognizer = {
  name,
  types: ['BRN'],
  mightMatch: (text) => textFeatures(text).mostRunDigits >= 10,
  find(text) {
    const findings: PiiFinding[] = [];
    for (const { start, match } of findInNumericRuns(text, {
      pattern: hyphenatedPattern,
      minDigits: 10,
      minGroup: 5,
      anySeparator: runSeparator.hyphen,
    })) {
      const valid = hasValidBusinessNumberChecksum(match[0].replace(/-/g, ''));
      const labelled = hasContextBefore(text, { start, pattern: businessContext });
      if (!valid && !labelled) continue;
      const score = valid ? (labelled ? 0.95 : 0.8) : 0.6;
      findings.push(createFinding({ type: 'BRN', text: match[0], start, score, recognizer: name }));
    }
    for (const { start, match } of findInNumericRuns(text, { pattern: barePattern, minDigits: 10, minGroup: 10 })) {
      if (!hasValidBusinessNumberChecksum(match[0])) continue;
      if (!hasContextBefore(text, { start, pattern: businessContext })) continue;
      findings.push(createFinding({ type: 'BRN', text: match[0], start, score: 0.85, recognizer: name }));
    }
    return findings;
  },
};
