// Finds US Social Security numbers (AAA-GG-SSSS) outside the ranges the SSA never issues.
import type { PiiFinding, PiiRecognizer } from '../types.ts';
import { textFeatures } from '../text-features.ts';
import { hasContextBefore } from './context-window.ts';
import { createFinding } from './create-finding.ts';
import { isDigitEndAt, isDigitStartAt } from './digit-boundaries.ts';
import { digitGroupsOf, groupLength, hasGroupLengths, hasGroupShape } from './digit-groups.ts';

const name = 'us-ssn';
const separatedShape = [3, 2, 4] as const;
const bareLength = [9] as const;
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
  // A group of nine digits, or groups of three, two and four.
  mightMatch: (text) => {
    if (textFeatures(text).mostRunDigits < 9) return false;
    const groups = digitGroupsOf(text);
    return hasGroupLengths(groups, bareLength) || hasGroupLengths(groups, separatedShape);
  },
  find(text) {
    const findings: PiiFinding[] = [];
    const groups = digitGroupsOf(text);
    const count = groups.count;
    // digitStart \d{3}([- ])\d{2}\1\d{4} digitEnd: three whole groups joined by the same hyphen or space.
    for (let index = 0; index < count; index += 1) {
      const start = groups.starts[index]!;
      const gap = groups.gaps[index]!;
      if (gap !== 45 && gap !== 32) continue;
      if (!hasGroupShape(groups, { at: index, lengths: separatedShape, gap }) || !isDigitStartAt(text, start)) continue;
      const end = groups.ends[index + 2]!;
      if (!isDigitEndAt(text, end)) continue;
      addSocialSecurityNumber(findings, { text, start, end, unlabelled: gap === 45 ? 0.65 : 0, labelled: 0.95 });
      index += 2;
    }
    // digitStart \d{9} digitEnd: a whole group of nine digits.
    for (let index = 0; index < count; index += 1) {
      const start = groups.starts[index]!;
      const end = groups.ends[index]!;
      if (groupLength(groups, index) === 9 && isDigitStartAt(text, start) && isDigitEndAt(text, end))
        addSocialSecurityNumber(findings, { text, start, end, unlabelled: 0, labelled: 0.85 });
    }
    return findings;
  },
};

function addSocialSecurityNumber(
  findings: PiiFinding[],
  candidate: { text: string; start: number; end: number; unlabelled: number; labelled: number },
): void {
  const { start, end } = candidate;
  const found = candidate.text.slice(start, end);
  if (!isIssuableSocialSecurityNumber(found.replace(/\D/g, ''))) return;
  const score = hasContextBefore(candidate.text, { start, pattern: ssnContext }) ? candidate.labelled : candidate.unlabelled;
  if (score > 0) findings.push(createFinding({ type: 'US_SSN', text: found, start, score, recognizer: name }));
}
