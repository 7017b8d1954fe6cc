// Finds passport numbers: Korean current (M123A4567) and old (M12345678) formats, and foreign ones when labelled.
import type { PiiFinding, PiiRecognizer } from '../types.ts';
import { hasFeatures, textFeature, textFeatures } from '../text-features.ts';
import { hasContextBefore } from './context-window.ts';
import { createFinding } from './create-finding.ts';
import { findInNumericRuns } from './numeric-runs.ts';

const name = 'passport';
// M multiple, S single, R residents abroad, O official, D diplomatic, G official (관용), T travel certificate.
const currentKoreanPattern = /(?<![0-9A-Za-z])[MSRODGT]\d{3}[A-Z]\d{4}(?![0-9A-Za-z])/g;
// Old Korean, US (nine digits) and other letter-prefixed numbers all end in a run of seven to nine digits.
const digitRunPattern = /(?<![0-9A-Za-z])(?:[A-Z]{1,2}\d{7,8}|\d{9})(?![0-9A-Za-z])/g;
const oldKoreanFormat = /^[MSRODGT]\d{8}$/;
const passportContext = /여권|passport/i;

/**
 * The current Korean format (since 2021) is distinctive enough alone (0.75, 0.95 with 여권/passport). The old format
 * scores 0.45 alone (below the default threshold) and 0.85 labelled; US nine-digit and other letter-and-digit numbers
 * count only labelled (0.75).
 *
 * @example
 * passportRecognizer.find('여권번호 M123A4567', {})[0]?.score; // 0.95
 * passportRecognizer.find('Passport No. 123456789', {})[0]?.type; // 'PASSPORT'
 */
export const passportRecognizer: PiiRecognizer = {
  name,
  types: ['PASSPORT'],
  // The current Korean format (M123A4567) holds no long run but a letter right before a digit; the others end in seven digits or more.
  mightMatch: (text) => {
    const features = textFeatures(text);
    return features.mostRunDigits >= 7 || hasFeatures(features, textFeature.upperBeforeDigit);
  },
  find(text) {
    const findings: PiiFinding[] = [];
    // The current format is a capital right before a digit, which the feature pass notes: most texts skip the pattern.
    if (hasFeatures(textFeatures(text), textFeature.upperBeforeDigit)) {
      currentKoreanPattern.lastIndex = 0;
      for (let match = currentKoreanPattern.exec(text); match !== null; match = currentKoreanPattern.exec(text))
        addPassport(findings, { text, candidate: match[0], start: match.index, unlabelled: 0.75, labelled: 0.95 });
    }
    for (const { start, match } of findInNumericRuns(text, { pattern: digitRunPattern, minDigits: 7, before: 4, minGroup: 7 })) {
      const old = oldKoreanFormat.test(match[0]);
      addPassport(findings, { text, candidate: match[0], start, unlabelled: old ? 0.45 : 0, labelled: old ? 0.85 : 0.75 });
    }
    return findings;
  },
};

function addPassport(
  findings: PiiFinding[],
  found: { text: string; candidate: string; start: number; unlabelled: number; labelled: number },
): void {
  const score = hasContextBefore(found.text, { start: found.start, pattern: passportContext }) ? found.labelled : found.unlabelled;
  if (score > 0) findings.push(createFinding({ type: 'PASSPORT', text: found.candidate, start: found.start, score, recognizer: name }));
}
