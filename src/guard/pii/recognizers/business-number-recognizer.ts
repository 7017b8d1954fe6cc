// Finds Korean business registration numbers (사업자등록번호, XXX-XX-XXXXX), validated by their check digit.
import type { PiiFinding, PiiRecognizer } from '../types.ts';
import { textFeatures } from '../text-features.ts';
import { hasValidBusinessNumberChecksum } from './business-number-checksum.ts';
import { hasContextBefore } from './context-window.ts';
import { createFinding } from './create-finding.ts';
import { isDigitEndAt, isDigitStartAt } from './digit-boundaries.ts';
import { digitGroupsOf, groupLength, hasGroupLengths, hasGroupShape } from './digit-groups.ts';

const name = 'business-number';
const hyphenatedShape = [3, 2, 5] as const;
const bareLength = [10] as const;
// 등록번호 alone, not another's ("외국인등록번호" heading a roster's column of student numbers), nor a hospital's for its
// patient ("서울의료원 등록번호 2025011734", "병원 등록번호").
const businessContext =
  /사업자|(?<!(?:주민|외국인|법인|차량|자동차|환자|병원|의원|의료원|의료센터|보건소)[ \t]?)등록\s*번호|business\s*(?:reg(?:istration|\.)?|number|no)|\bbrn\b|tax\s*id|\bvat\b/i;

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
  // A group of ten digits, or groups of three, two and five.
  mightMatch: (text) => {
    if (textFeatures(text).mostRunDigits < 10) return false;
    const groups = digitGroupsOf(text);
    return hasGroupLengths(groups, bareLength) || hasGroupLengths(groups, hyphenatedShape);
  },
  find(text) {
    const findings: PiiFinding[] = [];
    const groups = digitGroupsOf(text);
    const count = groups.count;
    // digitStart \d{3}-\d{2}-\d{5} digitEnd: three whole groups joined by single hyphens.
    for (let index = 0; index < count; index += 1) {
      const start = groups.starts[index]!;
      if (!hasGroupShape(groups, { at: index, lengths: hyphenatedShape, gap: 45 }) || !isDigitStartAt(text, start)) continue;
      const end = groups.ends[index + 2]!;
      if (!isDigitEndAt(text, end)) continue;
      const candidate = text.slice(start, end);
      const valid = hasValidBusinessNumberChecksum(candidate.replace(/-/g, ''));
      const labelled = hasContextBefore(text, { start, pattern: businessContext }) || labelledInSentenceBefore(text, start);
      index += 2;
      if (!valid && !labelled) continue;
      const score = valid ? (labelled ? 0.95 : 0.8) : 0.6;
      findings.push(createFinding({ type: 'BRN', text: candidate, start, score, recognizer: name }));
    }
    // digitStart \d{10} digitEnd: a whole group of ten digits.
    for (let index = 0; index < count; index += 1) {
      const start = groups.starts[index]!;
      if (groupLength(groups, index) !== 10 || !isDigitStartAt(text, start) || !isDigitEndAt(text, groups.ends[index]!)) continue;
      const candidate = text.slice(start, start + 10);
      if (!hasValidBusinessNumberChecksum(candidate)) continue;
      if (!hasContextBefore(text, { start, pattern: businessContext })) continue;
      findings.push(createFinding({ type: 'BRN', text: candidate, start, score: 0.85, recognizer: name }));
    }
    return findings;
  },
};

/** How far before a number its label may stand in the same sentence ("the 사업자등록번호 you have on file is wrong, the right one is …"). */
const sentenceLabelReach = 64;
const businessContextGlobal = new RegExp(businessContext.source, 'gi');

/**
 * Whether a business number's label stands earlier in the sentence, with no other number and no sentence's end between
 * ("the business number on my pay slip is 608-12-40273"): the label names the next number said.
 */
function labelledInSentenceBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - sentenceLabelReach), start);
  let lastEnd = -1;
  businessContextGlobal.lastIndex = 0;
  for (let match = businessContextGlobal.exec(before); match !== null; match = businessContextGlobal.exec(before))
    lastEnd = match.index + match[0].length;
  return lastEnd !== -1 && !/[\d\n]|[.!?](?:\s|$)/.test(before.slice(lastEnd));
}
