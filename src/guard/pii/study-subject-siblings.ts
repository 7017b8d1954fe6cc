// A study numbers its people alike, by site: once "Subject 03-011" is found, "03-009" and "03-015" in the same study's text
// are its other subjects ("kit 40117 was dispensed to 03-011 but is logged against 03-009", "SDV completed for IT03-004,
// IT03-007 and IT03-011", "0419-016은 다음 주 Baseline"), though no label stands before them.
import { isStudyText, isSubjectNumber } from './recognizers/study-subject-numbers.ts';
import { overlapsAny } from './resolve-overlaps.ts';
import type { PiiFinding } from './types.ts';

/** A hyphenated number of letters and digits, standing alone (a file's name may hold it between underscores). */
const hyphenatedNumber = /(?<![A-Za-z0-9-])[A-Z0-9]{1,8}(?:-[A-Z0-9]{1,8}){1,3}(?![A-Za-z0-9]|-[A-Za-z0-9])/g;
/** How many numbers found seed the search: a register of thousands is read by its own labels and columns. */
const mostSeeds = 40;

/**
 * Adds to `candidates` every number of `text` written like a study's number found in it, with the same site: the same
 * letters, the same count of digits in each group, and the same groups but the last ("03-011" → "03-009", not "04-011" or
 * "03-0110"); MEDICAL_RECORD 0.7, in a study's text only.
 *
 * @example
 * const text = 'Protocol X. Subject 03-011 took kit 4; 03-009 did not.';
 * const candidates = [{ type: 'MEDICAL_RECORD', start: 20, end: 26, text: '03-011', score: 0.8, recognizer: 'study-subject' }];
 * addStudySubjectSiblings(text, candidates);
 * candidates[1]?.text; // '03-009'
 */
export function addStudySubjectSiblings(text: string, candidates: PiiFinding[]): void {
  const sites = new Map<string, string>();
  for (const finding of candidates) {
    if (finding.type !== 'MEDICAL_RECORD' || !finding.text.includes('-') || !isSubjectNumber(finding.text)) continue;
    sites.set(siteOf(finding.text), shapeOf(finding.text));
    if (sites.size >= mostSeeds) break;
  }
  if (sites.size === 0 || !isStudyText(text)) return;
  const found: PiiFinding[] = [];
  hyphenatedNumber.lastIndex = 0;
  for (let match = hyphenatedNumber.exec(text); match !== null; match = hyphenatedNumber.exec(text)) {
    const value = match[0];
    if (sites.get(siteOf(value)) !== shapeOf(value)) continue;
    const span = { start: match.index, end: match.index + value.length };
    if (overlapsAny(candidates, span)) continue;
    found.push({ type: 'MEDICAL_RECORD', ...span, text: value, score: 0.7, recognizer: 'study-subject' });
  }
  for (const finding of found) candidates.push(finding);
}

/** Every group but the last: the study's, the site's or the register's part that a site's subjects share. */
function siteOf(value: string): string {
  return value.slice(0, value.lastIndexOf('-'));
}

/** Letters as A and digits as 9: "IT03-011" → "AA99-999". */
function shapeOf(value: string): string {
  return value.replace(/[A-Z]/g, 'A').replace(/\d/g, '9');
}
