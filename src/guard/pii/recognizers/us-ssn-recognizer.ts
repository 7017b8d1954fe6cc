// Finds US Social Security numbers (AAA-GG-SSSS) outside the ranges the SSA never issues.
import type { PiiFinding, PiiRecognizer } from '../types.ts';
import { textFeatures } from '../text-features.ts';
import { hasContextBefore } from './context-window.ts';
import { createFinding } from './create-finding.ts';
import { digitEnd, digitStart } from './digit-boundaries.ts';
import { findInNumericRuns, runSeparator, type RunMatch } from './numeric-runs.ts';

const name = 'us-ssn';
const separatedPattern = new RegExp(String.raw`${digitStart}\d{3}([- ])\d{2}\1\d{4}${digitEnd}`, 'g');
const barePattern = new RegExp(String.raw`${digitStart}\d{9}${digitEnd}`, 'g');
const ssnContext = /\bssn\b|social\s*security|사회\s*보장/i;

/**
 * Area 000, 666 and 900–999, group 00 and serial 0000 are never issued.
 *
 * @example
 * isIssuableSocialSecurityNumber('123456789'); // true
 * isIssuableSocialSecurityNumber('666123456'); // false
 */
export function isIssuableSocialSecurityNumber(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const area = digits.slice(0, 3);
  return area !== '000' && area !== '666' && area[0] !== '9' && digits.slice(3, 5) !== '00' && digits.slice(5) !== '0000';
}

/**
 * Hyphenated 0.65, 0.95 after SSN/social security; the space-separated and bare nine-digit forms count only with it.
 *
 * @example
 * usSsnRecognizer.find('SSN: 123-45-6789', {})[0]?.score; // 0.95
 */
export const usSsnRecognizer: PiiRecognizer = {
  name,
  types: ['US_SSN'],
  mightMatch: (text) => textFeatures(text).mostRunDigits >= 9,
  find(text) {
    const findings: PiiFinding[] = [];
    for (const found of findInNumericRuns(text, {
      pattern: separatedPattern,
      minDigits: 9,
      minGroup: 4,
      anySeparator: runSeparator.hyphen | runSeparator.space,
    })) {
      addSocialSecurityNumber(findings, { text, found, unlabelled: found.match[1] === '-' ? 0.65 : 0, labelled: 0.95 });
    }
    for (const found of findInNumericRuns(text, { pattern: barePattern, minDigits: 9, minGroup: 9 }))
      addSocialSecurityNumber(findings, { text, found, unlabelled: 0, labelled: 0.85 });
    return findings;
  },
};

function addSocialSecurityNumber(
  findings: PiiFinding[],
  candidate: { text: string; found: RunMatch; unlabelled: number; labelled: number },
): void {
  const { start, match } = candidate.found;
  if (!isIssuableSocialSecurityNumber(match[0].replace(/\D/g, ''))) return;
  const score = hasContextBefore(candidate.text, { start, pattern: ssnContext }) ? candidate.labelled : candidate.unlabelled;
  if (score > 0) findings.push(createFinding({ type: 'US_SSN', text: match[0], start, score, recognizer: name }));
}
