// Finds US Social Security numbers (AAA-GG-SSSS) outside the ranges the SSA never issues, and the IRS's individual taxpayer
// identification numbers (ITIN: 9AA-GG-SSSS, GG in the ranges the IRS assigns) that people without an SSN file taxes with.
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
const itinContext = /\bi?tin\b|taxpayer\s*id|tax\s*id|\bssn\b|납세자\s*번호/i;
const itinLabel = /\bITIN\b/i;
/** Above the default threshold, below every number in an assigned range. */
const mistypedItinScore = 0.6;
/**
 * The label of another identifier right before the number, or before the one it follows in a list: a base station's cell
 * ("셀 ID 541-18-2207 / 541-18-2208"), a device's, a part's or a case's number in the same shape.
 */
const otherIdentifierBefore =
  /(?:셀|[Cc]ell|[Ss]ite|[Ss]ector|[Nn]ode|[Pp]ort|[Dd]evice|[Aa]sset|[Pp]art|[Mm]odel|[Ss]erial|[Oo]rder|[Cc]ase|[Tt]icket|[Ii]nvoice|[Cc]laim|[Rr]ef(?:erence)?)[ \t]*(?:ID|Id|id|[Nn]o\.?|[Nn]umber|#|번호)?[ \t]*[:#]?[ \t]*(?:\d{3}-\d{2}-\d{4}[ \t]*[/,][ \t]*)?$/;
const otherIdentifierReach = 48;

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
 * An ITIN: area 9, then a group the IRS assigns (50–65, 70–88, 90–92, 94–99).
 *
 * @example
 * isIndividualTaxpayerNumber('912701234'); // true
 * isIndividualTaxpayerNumber('912451234'); // false
 */
export function isIndividualTaxpayerNumber(digits: string): boolean {
  if (!/^9\d{8}$/.test(digits)) return false;
  const group = Number(digits.slice(3, 5));
  return (group >= 50 && group <= 65) || (group >= 70 && group <= 88) || (group >= 90 && group <= 92) || group >= 94;
}

/**
 * Hyphenated 0.65, 0.95 after SSN/social security; the space-separated and bare nine-digit forms count only with it. An
 * ITIN the same way, after ITIN, taxpayer ID or SSN.
 *
 * @example
 * usSsnRecognizer.find('SSN: 123-45-6789', {})[0]?.score; // 0.95
 */
export const usSsnRecognizer: PiiRecognizer = {
  name,
  types: ['US_SSN', 'US_ITIN'],
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
  const digits = found.replace(/\D/g, '');
  const itin = isIndividualTaxpayerNumber(digits);
  if (!itin && !isIssuableSocialSecurityNumber(digits)) {
    // A 9 number its ITIN label names, though its group is one the IRS does not assign: a taxpayer number typed wrong.
    if (digits.startsWith('9') && hasContextBefore(candidate.text, { start, pattern: itinLabel }))
      findings.push(createFinding({ type: 'US_ITIN', text: found, start, score: mistypedItinScore, recognizer: name }));
    return;
  }
  const labelled = hasContextBefore(candidate.text, { start, pattern: itin ? itinContext : ssnContext });
  if (!labelled && otherIdentifierBefore.test(candidate.text.slice(Math.max(0, start - otherIdentifierReach), start))) return;
  const score = labelled ? candidate.labelled : candidate.unlabelled;
  if (score > 0) findings.push(createFinding({ type: itin ? 'US_ITIN' : 'US_SSN', text: found, start, score, recognizer: name }));
}
