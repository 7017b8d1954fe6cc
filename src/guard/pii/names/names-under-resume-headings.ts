// The owner's name on the line under a curriculum vitae's or a résumé's heading, as every CV opens: "CURRICULUM
// VITAE\nSEO-YEON KIM, Ph.D.", "RESUME\nTaerin Baek (백태린)", "KANG, MINSEO (강민서)", "이력서\n김민서"; or above the title line
// that opens a CV or a profile without its heading ("ELEANOR FITZGERALD-OKAFOR\nSenior Backend Engineer").
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { holdsFirmWordInAnyCase } from './english-name-words.ts';
import { isPlausibleKoreanName } from './korean-names.ts';
import { hasCommonGivenName } from './korean-given-name-syllables.ts';
import { isListedLatinName } from './latin-name.ts';
import { isKoreanSurnameInLatin } from './romanised-korean-names.ts';

const recognizerName = 'name-under-resume-heading';

// An initial with its dot counts as a word ("MARIA KRISTINA B. VILLANUEVA").
const latinWord = String.raw`[A-ZÀ-ÖØ-Þ](?:[a-zß-öø-ÿ'’]+|[A-ZÀ-ÖØ-Þ'’]+|(?=\.))(?:-[A-Za-zß-öø-ÿ]+)*\.?`;
/**
 * The heading alone on its line, then the next line's name: two to four Latin words (one comma allowed after the first,
 * as surname-first forms write it) or a Hangul name, up to the line's end, a comma before a degree, a bracket or a gap.
 */
const nameUnderHeading = new RegExp(
  String.raw`(?:^|\n)[ \t]*(?:CURRICULUM VITAE|Curriculum Vitae|Curriculum vitae|CV|RESUME|RÉSUMÉ|Resume|Résumé|이력서)[ \t]*\r?\n[ \t]*(${latinWord},?(?:[ \t]+${latinWord}){1,3}|[가-힣]{3,4})(?=[ \t]*(?:\r?\n|$|,[ \t]*[A-Z]|\(|[ \t]{2}|[|/·]))`,
  'g',
);

/** A job's word that a CV's or a signature's title line holds ("Senior Backend Engineer", "Data Analyst · SQL"). */
const jobWord =
  /\b(?:Engineer|Analyst|Scientist|Specialist|Manager|Developer|Designer|Nurse|Consultant|Director|Officer|Accountant|Architect|Researcher|Editor|Producer|Coordinator|Technician|Administrator|Associate|Executive|Strategist|Pharmacist|Physician|Lecturer|Journalist|Translator|Adviser|Advisor)\b/;
/**
 * A name alone on the text's first line, or on a line after a blank line or a rule, then a title line that opens with a
 * job: a CV's or a profile's header without its heading ("ELEANOR FITZGERALD-OKAFOR\nSenior Backend Engineer\n+44 …").
 */
const nameAboveTitle = new RegExp(
  String.raw`(?:^|\n[ \t]*(?:-{3,}|={3,})?[ \t]*\r?\n)[ \t]*(${latinWord}(?:[ \t]+${latinWord}){1,3})[ \t]*\r?\n[ \t]*(?:[A-Z][A-Za-z&/-]*[ \t]+){0,3}(?=${jobWord.source})`,
  'g',
);

/** Whether a name may stand above a title line: a line break, then a job's word. */
function mayHoldTitleLine(text: string): boolean {
  return text.includes('\n') && jobWord.test(text);
}

/**
 * Whether `text` may hold a CV's heading: one of its words in the cases the pattern reads.
 *
 * @example
 * mayHoldResumeHeading('CURRICULUM VITAE\nTaerin Baek'); // true
 */
export function mayHoldResumeHeading(text: string): boolean {
  return (
    mayHoldTitleLine(text) ||
    text.includes('VITAE') ||
    text.includes('itae') ||
    text.includes('CV') ||
    text.includes('RESUM') ||
    text.includes('esum') ||
    text.includes('ÉSUM') ||
    text.includes('ésum') ||
    text.includes('이력서')
  );
}

/**
 * The name under a CV's heading, 0.8. Remembered for the last text.
 *
 * @example
 * findNamesUnderResumeHeadings('CURRICULUM VITAE\nSEOJUN PARK, Ph.D.\nsj.park@gmail.com').map((finding) => finding.text); // ['SEOJUN PARK']
 * findNamesUnderResumeHeadings('RESUME\nSoftware Engineer'); // []
 */
export const findNamesUnderResumeHeadings = rememberLastText((text: string): readonly PiiFinding[] => {
  const findings: PiiFinding[] = [];
  nameUnderHeading.lastIndex = 0;
  for (let match = nameUnderHeading.exec(text); match !== null; match = nameUnderHeading.exec(text)) {
    const name = match[1]!;
    if (!isName(name)) continue;
    const end = match.index + match[0].length;
    findings.push({ type: 'PERSON', start: end - name.length, end, text: name, score: 0.8, recognizer: recognizerName });
  }
  if (mayHoldTitleLine(text)) {
    nameAboveTitle.lastIndex = 0;
    for (let match = nameAboveTitle.exec(text); match !== null; match = nameAboveTitle.exec(text)) {
      const name = match[1]!;
      const start = match.index + match[0].indexOf(name);
      if (isName(name) && !findings.some((found) => found.start === start))
        findings.push({ type: 'PERSON', start, end: start + name.length, text: name, score: 0.8, recognizer: recognizerName });
    }
  }
  return findings;
});

/**
 * A Hangul full name of common given-name syllables, or Latin words none of which is a common word or a firm's, with a
 * listed first name or surname or a Korean surname among them.
 */
function isName(name: string): boolean {
  if (!/^[A-ZÀ-ÖØ-Þ]/.test(name)) return isPlausibleKoreanName(name) && hasCommonGivenName(name);
  // "Senior Software Engineer" holds no common word either: a listed name or a Korean surname must vouch for it.
  return (
    !holdsFirmWordInAnyCase(name) &&
    (isListedLatinName(name) || name.split(/,?[ \t]+/).some((word) => isKoreanSurnameInLatin(word.replace(/\.$/, ''))))
  );
}
